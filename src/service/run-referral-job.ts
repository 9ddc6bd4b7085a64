import { rm } from 'node:fs/promises';
import { InputRejectedError, RedactionUnverifiedError, ReservfaxError } from '../errors.js';
import type { JobRecord } from '../store/job-rows.js';
import { sendReferral } from '../outbound/index.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import type { ServiceContext } from './context.js';
import { sendToReview, type ReviewReason } from './send-to-review.js';
import { message } from '../messages.js';

// One dropped referral: refuse a duplicate, anonymise under the job's one case ID, print, and never leave it without a trace.
export async function runReferralJob(job: JobRecord, ctx: ServiceContext): Promise<void> {
  const { store, logger, config } = ctx;
  const duplicateOf = store.findSameContent('referral', job.contentHash, new Date(job.receivedAt.getTime() - config.watch.duplicateWindowMinutes * 60_000), job.jobId);
  if (duplicateOf?.outcome === 'faxed' && job.caseId === undefined) {
    const explanation = message('service.duplicate', { caseId: duplicateOf.caseId ?? message('service.duplicate-unknown-case'), receivedAt: formatSwedishTime(duplicateOf.receivedAt) });
    await sendToReview({ home: ctx.home, kind: 'referral', jobId: job.jobId, claimedFile: job.claimPath, receivedAt: job.receivedAt, reason: 'duplicate', explanation });
    store.finishJob(job.jobId, 'done', 'duplicate', duplicateOf.caseId, new Date());
    logger.warn('referral.duplicate', { jobId: job.jobId, ...(duplicateOf.caseId ? { caseId: duplicateOf.caseId } : {}) });
    return;
  }
  const caseId = job.caseId ?? store.allocateCaseId();
  if (job.caseId === undefined) store.setJobCase(job.jobId, caseId);
  try {
    await sendReferral({ referral: job.claimPath, home: ctx.home, config, ocr: ctx.ocr, store, caseId, parallelPages: ctx.pagesPerJob, job: { jobId: job.jobId, logger } });
  } catch (error) {
    if (ctx.stopping()) throw error;
    const reason: ReviewReason = error instanceof InputRejectedError ? 'rejected' : error instanceof RedactionUnverifiedError ? 'refused' : 'error';
    const explanation = error instanceof ReservfaxError ? error.userMessage : message('service.referral-error');
    await sendToReview({ home: ctx.home, kind: 'referral', jobId: job.jobId, claimedFile: job.claimPath, receivedAt: job.receivedAt, reason, explanation });
    store.finishJob(job.jobId, 'failed', reason === 'error' ? 'error' : reason, codeOf(error), new Date());
    if (reason === 'error') logger.error('job.failed', error, { jobId: job.jobId, kind: 'referral' });
    else logger.warn(reason === 'rejected' ? 'referral.rejected' : 'referral.refused', { jobId: job.jobId, reason: codeOf(error) });
    return;
  }
  store.finishJob(job.jobId, 'done', 'faxed', undefined, new Date());
  await rm(job.claimPath, { force: true });
}

function codeOf(error: unknown): string {
  if (error instanceof InputRejectedError || error instanceof RedactionUnverifiedError) return error.reason;
  if (error instanceof ReservfaxError) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
