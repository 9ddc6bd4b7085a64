import type { JobRecord } from '../store/job-rows.js';
import type { ServiceContext } from './context.js';
import type { JobWorkers } from './job-workers.js';
import { sendToReview } from './send-to-review.js';
import { message } from '../messages.js';

/** The service's side of a job: the store, log and home, the worker processes, and a way to queue a job again. */
export type DispatchContext = Pick<ServiceContext, 'home' | 'config' | 'store' | 'logger' | 'stopping'> & {
  workers: JobWorkers;
  requeue: (jobId: string) => void;
};

// A job whose process died twice while it ran is a poison file: a third try would stop the night again.
const MAX_ATTEMPTS = 2;

// Why: run a job in a worker and account for how it ended. A job that ran past the time limit, or whose process died
// twice, goes to manual review with a note (the alert mail follows from its failed record) and the service goes on.
export async function dispatchJob(jobId: string, ctx: DispatchContext): Promise<void> {
  const job = ctx.store.getJob(jobId);
  if (!job || job.status === 'done' || job.status === 'failed') return;
  if (job.attempts >= MAX_ATTEMPTS && !wasCompletedOnce(job, ctx)) return giveUp(job, 'interrupted', ctx);
  // A job whose process died once runs alone: a file that crashes its process then takes no other job with it twice.
  const outcome = await ctx.workers.run(jobId, { alone: job.attempts > 0 });
  if (outcome.end === 'done') return;
  if (outcome.end === 'failed') return ctx.logger.error('job.failed', outcome.error, { jobId, kind: job.kind });
  if (ctx.stopping()) return ctx.store.handBackJob(jobId);
  if (outcome.end === 'timed-out') return giveUp(job, 'timeout', ctx);
  ctx.logger.warn('job.interrupted', { jobId, kind: job.kind, attempts: ctx.store.getJob(jobId)?.attempts ?? job.attempts });
  ctx.requeue(jobId);
}

// A referral whose fax was already written and recorded got through its whole pipeline: not a poison file, only
// interrupted before its end was noted (the redo finds its case and prints at most once).
function wasCompletedOnce(job: JobRecord, ctx: DispatchContext): boolean {
  return job.kind === 'referral' && job.caseId !== undefined && ctx.store.getCase(job.caseId) !== undefined;
}

async function giveUp(job: JobRecord, reason: 'interrupted' | 'timeout', ctx: DispatchContext): Promise<void> {
  const current = ctx.store.getJob(job.jobId);
  if (!current || current.status === 'done' || current.status === 'failed') return;
  const explanation =
    reason === 'timeout'
      ? message('service.timeout', { seconds: ctx.config.service.jobTimeoutSeconds })
      : message('service.interrupted', { attempts: current.attempts });
  await sendToReview({ home: ctx.home, kind: job.kind, jobId: job.jobId, claimedFile: job.claimPath, receivedAt: job.receivedAt, reason, explanation });
  ctx.store.finishJob(job.jobId, 'failed', job.kind === 'referral' ? 'error' : 'manual-review', reason, new Date());
  ctx.logger.warn(job.kind === 'referral' ? 'referral.rejected' : 'reply.manual-review', { jobId: job.jobId, reason });
}
