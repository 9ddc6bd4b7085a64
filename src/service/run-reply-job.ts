import { rm } from 'node:fs/promises';
import { InputRejectedError } from '../errors.js';
import { readInputFile } from '../fs/read-input.js';
import { routeReply } from '../route/index.js';
import type { JobRecord } from '../store/job-rows.js';
import type { ServiceContext } from './context.js';
import { sendToReview } from './send-to-review.js';
import { message } from '../messages.js';

// One incoming fax scan: route it under its case or to manual review; a file the service cannot read goes to review as it is.
export async function runReplyJob(job: JobRecord, ctx: ServiceContext): Promise<void> {
  const { store, logger } = ctx;
  logger.info('reply.received', { jobId: job.jobId });
  let scan: Uint8Array;
  const maxMegabytes = ctx.config.limits.maxFileMegabytes;
  try {
    scan = await readInputFile(job.claimPath, maxMegabytes * 1e6, (megabytes) => message('service.reply-too-large', { megabytes, maxMegabytes }));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const tooLarge = error instanceof InputRejectedError;
    if (!tooLarge && code !== 'EACCES' && code !== 'EPERM' && code !== 'EISDIR') throw error;
    const explanation = tooLarge ? error.userMessage : message('service.reply-unopenable');
    await sendToReview({ home: ctx.home, kind: 'reply', jobId: job.jobId, claimedFile: job.claimPath, receivedAt: job.receivedAt, reason: 'reply-unreadable', explanation });
    store.finishJob(job.jobId, 'failed', 'manual-review', 'unreadable', new Date());
    logger.warn('reply.manual-review', { jobId: job.jobId, reason: 'unreadable' });
    return;
  }
  const outcome = await routeReply({ scan, home: ctx.home, config: ctx.config, ocr: ctx.ocr, store, now: job.receivedAt, jobId: job.jobId });
  if (outcome.status === 'matched') {
    store.finishJob(job.jobId, 'done', 'routed', outcome.kind, new Date());
    logger.info('fax.routed', { jobId: job.jobId, caseId: outcome.caseId, pages: outcome.pages, reason: outcome.evidence });
  } else {
    store.finishJob(job.jobId, 'done', 'manual-review', outcome.reason, new Date());
    logger.warn('reply.manual-review', { jobId: job.jobId, reason: outcome.reason });
  }
  await rm(job.claimPath, { force: true });
}
