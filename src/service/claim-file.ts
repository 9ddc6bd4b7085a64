import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, rename } from 'node:fs/promises';
import path from 'node:path';
import { ClaimFailedError } from '../errors.js';
import { fsync } from '../fs/atomic-write.js';
import type { EntryIdentity } from '../fs/copy-entry.js';
import type { CaseStore } from '../store/case-store.js';
import type { JobKind, JobRecord } from '../store/job-rows.js';
import { copyAcrossDevices, type CrossDeviceClaim } from './claim-across-devices.js';
import { removeClaimedSource } from './claimed-source.js';
import type { ClaimContext } from './context.js';

const JOB_FILE = /^(referral|reply)-(J[0-9A-Z]{10})(\.[a-z0-9]{1,5})?$/;

// Claim a dropped file: move it into the private processing area under a job ID, record the job (received), and only then let a copied source go.
export async function claimFile(file: string, kind: JobKind, ctx: ClaimContext, now: Date): Promise<JobRecord | undefined> {
  const jobId = newJobId();
  const extension = path.extname(file).toLowerCase();
  const claimPath = path.join(ctx.home.processing, `${kind}-${jobId}${/^\.[a-z0-9]{1,5}$/.test(extension) ? extension : ''}`);
  const moved = await moveIn({ file, kind, jobId, claimPath }, ctx, now);
  if (!moved) return undefined;
  const job = await registerClaim(claimPath, ctx.store, now);
  if (moved !== 'renamed') await removeClaimedSource(file, { jobId, size: moved.size, mtimeMs: moved.mtimeMs }, ctx);
  return job;
}

// A rename when the folders share a file system; a copy otherwise. Undefined when there is nothing (more) to claim.
async function moveIn(claim: CrossDeviceClaim, ctx: ClaimContext, now: Date): Promise<'renamed' | EntryIdentity | undefined> {
  try {
    try {
      await rename(claim.file, claim.claimPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      return await copyAcrossDevices(claim, ctx, now);
    }
    await fsync(ctx.home.processing);
    return 'renamed';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if (!(error instanceof ClaimFailedError)) throw error;
    ctx.logger.warn('claim.failed', { kind: claim.kind, reason: error.reason });
    return undefined;
  }
}

// Record a file already in the processing area as a job (also used for files a crash left there without a job).
export async function registerClaim(claimPath: string, store: CaseStore, now: Date): Promise<JobRecord | undefined> {
  const match = JOB_FILE.exec(path.basename(claimPath));
  if (!match) return undefined;
  store.insertJob({ jobId: match[2]!, kind: match[1] as JobKind, receivedAt: now, contentHash: await hashOf(claimPath), claimPath });
  return store.getJob(match[2]!);
}

// A job ID that sorts by time and names no input: "J" + 10 base-36 symbols.
export function newJobId(): string {
  const time = Date.now().toString(36).toUpperCase().padStart(9, '0').slice(-7);
  return `J${time}${randomBytes(2).readUInt16BE(0).toString(36).toUpperCase().padStart(3, '0').slice(-3)}`;
}

async function hashOf(file: string): Promise<string> {
  const stats = await lstat(file);
  if (!stats.isFile()) return `not-a-file:${stats.ino}`;
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') return `unreadable:${stats.ino}:${stats.mtimeMs}`;
    throw error;
  }
  return hash.digest('hex');
}
