import type { Stats } from 'node:fs';
import { lstat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fsync } from '../fs/atomic-write.js';
import { identifyEntry } from '../fs/copy-entry.js';
import type { SourceClaim } from '../store/claim-rows.js';
import type { ClaimContext } from './context.js';

type ClaimedAs = Pick<SourceClaim, 'jobId' | 'size' | 'mtimeMs'>;

// A source left behind on another file system is known by path, size, mtime and content hash, so it is never claimed a second time.
export async function findEarlierClaim(file: string, stats: Stats, ctx: ClaimContext): Promise<SourceClaim | undefined> {
  const candidates = ctx.store.findSourceClaims({ sourcePath: file, size: stats.size, mtimeMs: stats.mtimeMs });
  if (candidates.length === 0) return undefined;
  const { hash } = await identifyEntry(file, stats);
  return candidates.find((claim) => claim.contentHash === hash);
}

// Seen again after a restart or rescan: skip it, and remove it now if whatever held it has let go.
export async function skipClaimedSource(file: string, claim: SourceClaim, ctx: ClaimContext): Promise<void> {
  ctx.logger.info('claim.skipped', { jobId: claim.jobId, reason: 'already-claimed' });
  await removeClaimedSource(file, claim, ctx);
}

// The source goes only after its copy is durable; if it cannot go (held open by a Windows client, a read-only share), its claim record stays.
export async function removeClaimedSource(file: string, claimed: ClaimedAs, ctx: ClaimContext): Promise<void> {
  try {
    const now = await lstat(file);
    if (now.size !== claimed.size || now.mtimeMs !== claimed.mtimeMs) {
      ctx.store.releaseSourceClaim(claimed.jobId);
      return;
    }
    await unlink(file);
    await fsync(path.dirname(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      ctx.logger.warn('claim.source-kept', { jobId: claimed.jobId, code: code ?? 'unknown' });
      return;
    }
  }
  ctx.store.releaseSourceClaim(claimed.jobId);
}
