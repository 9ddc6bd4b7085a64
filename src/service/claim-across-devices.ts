import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fsync } from '../fs/atomic-write.js';
import { copyEntry, type EntryIdentity } from '../fs/copy-entry.js';
import type { JobKind } from '../store/job-rows.js';
import type { ClaimContext } from './context.js';
import { findEarlierClaim, skipClaimedSource } from './claimed-source.js';
import { sendToReview } from './send-to-review.js';
import { message } from '../messages.js';

/** A copy still being made in the processing folder; one that a crash left behind is removed at start, never run as a job. */
export const CLAIM_TEMP = /^\.claim-[0-9a-f]{12}\.part$/;

export interface CrossDeviceClaim {
  file: string;
  kind: JobKind;
  jobId: string;
  claimPath: string;
}

// A watched folder on another file system (an SMB/NFS share) cannot be renamed from: copy in under a temp name, record the source, then name the copy.
export async function copyAcrossDevices(claim: CrossDeviceClaim, ctx: ClaimContext, now: Date): Promise<EntryIdentity | undefined> {
  const stats = await lstatIfPresent(claim.file);
  if (!stats || stats.isDirectory()) return undefined;
  if (!stats.isFile() && !stats.isSymbolicLink()) return reviewLeftInPlace(claim, ctx, now);
  const earlier = await findEarlierClaim(claim.file, stats, ctx);
  if (earlier) {
    await skipClaimedSource(claim.file, earlier, ctx);
    return undefined;
  }
  const temp = path.join(ctx.home.processing, `.claim-${randomBytes(6).toString('hex')}.part`);
  const copied = await copyEntry(claim.file, temp);
  try {
    ctx.store.recordSourceClaim({ jobId: claim.jobId, sourcePath: claim.file, size: copied.size, mtimeMs: copied.mtimeMs, contentHash: copied.hash, claimedAt: now });
    await rename(temp, claim.claimPath);
  } catch (error) {
    await rm(temp, { force: true });
    ctx.store.releaseSourceClaim(claim.jobId);
    throw error;
  }
  await fsync(ctx.home.processing);
  return copied;
}

// A FIFO, socket or device cannot be copied faithfully: it stays where it is, and manual review gets a note saying so.
async function reviewLeftInPlace(claim: CrossDeviceClaim, ctx: ClaimContext, now: Date): Promise<undefined> {
  const explanation = message('service.special-file');
  ctx.store.insertJob({ jobId: claim.jobId, kind: claim.kind, receivedAt: now, contentHash: 'not-a-file', claimPath: claim.claimPath });
  await sendToReview({ home: ctx.home, kind: claim.kind, jobId: claim.jobId, claimedFile: undefined, receivedAt: now, reason: 'not-a-file', explanation });
  ctx.store.finishJob(claim.jobId, 'failed', claim.kind === 'referral' ? 'rejected' : 'manual-review', 'not-a-file', now);
  ctx.logger.warn(claim.kind === 'referral' ? 'referral.rejected' : 'reply.manual-review', { jobId: claim.jobId, reason: 'not-a-file' });
  return undefined;
}

async function lstatIfPresent(file: string): Promise<Stats | undefined> {
  try {
    return await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
