import { lstat } from 'node:fs/promises';
import type { JobRecord } from '../store/job-rows.js';
import type { ServiceContext } from './context.js';
import { runReferralJob } from './run-referral-job.js';
import { runReplyJob } from './run-reply-job.js';
import { sendToReview } from './send-to-review.js';
import { message } from '../messages.js';

// Run one claimed job to its end (done or failed); anything but a regular file goes to manual review unread.
export async function runJob(jobId: string, ctx: ServiceContext): Promise<void> {
  const job = ctx.store.getJob(jobId);
  if (!job || job.status === 'done' || job.status === 'failed') return;
  ctx.store.startJob(jobId, new Date());
  if (job.kind === 'referral') ctx.logger.info('referral.received', { jobId, ...(job.attempts > 0 ? { count: job.attempts + 1 } : {}) });
  if (!(await isRegularFile(job))) {
    const explanation = message('service.not-a-file');
    await sendToReview({ home: ctx.home, kind: job.kind, jobId, claimedFile: job.claimPath, receivedAt: job.receivedAt, reason: 'not-a-file', explanation });
    ctx.store.finishJob(jobId, 'failed', job.kind === 'referral' ? 'rejected' : 'manual-review', 'not-a-file', new Date());
    ctx.logger.warn(job.kind === 'referral' ? 'referral.rejected' : 'reply.manual-review', { jobId, reason: 'not-a-file' });
    return;
  }
  if (job.kind === 'referral') {
    await runReferralJob(job, ctx);
    return;
  }
  try {
    await runReplyJob(job, ctx);
  } catch (error) {
    if (ctx.stopping()) throw error;
    const explanation = message('service.reply-error');
    await sendToReview({ home: ctx.home, kind: 'reply', jobId, claimedFile: job.claimPath, receivedAt: job.receivedAt, reason: 'reply-error', explanation });
    ctx.store.finishJob(jobId, 'failed', 'error', error instanceof Error ? error.name : 'unknown', new Date());
    ctx.logger.error('job.failed', error, { jobId, kind: 'reply' });
  }
}

async function isRegularFile(job: JobRecord): Promise<boolean> {
  return (await lstat(job.claimPath)).isFile();
}
