import type { Database } from './sqlite-driver.js';

/** A source copied in from another file system that could not (yet) be removed, as it was when copied. */
export interface SourceClaim {
  jobId: string;
  sourcePath: string;
  size: number;
  mtimeMs: number;
  contentHash: string;
  claimedAt: Date;
}

export interface ClaimRows {
  recordSourceClaim(claim: SourceClaim): void;
  /** Claims of this path at this size and mtime; the caller compares the content hash. */
  findSourceClaims(source: { sourcePath: string; size: number; mtimeMs: number }): SourceClaim[];
  listSourceClaims(): SourceClaim[];
  releaseSourceClaim(jobId: string): void;
}

// A copied-in source is recorded before its copy gets its final name, so a source that stays behind is never claimed twice.
export function claimRows(db: Database): ClaimRows {
  const insert = db.prepare(`INSERT OR REPLACE INTO source_claims (job_id, source_path, size, mtime_ms, content_hash, claimed_at)
    VALUES (@jobId, @sourcePath, @size, @mtimeMs, @contentHash, @claimedAt)`);
  const find = db.prepare('SELECT * FROM source_claims WHERE source_path = ? AND size = ? AND mtime_ms = ? ORDER BY claimed_at');
  const all = db.prepare('SELECT * FROM source_claims ORDER BY claimed_at');
  const release = db.prepare('DELETE FROM source_claims WHERE job_id = ?');
  return {
    recordSourceClaim: (claim) => void insert.run({ ...claim, claimedAt: claim.claimedAt.toISOString() }),
    findSourceClaims: (source) => find.all(source.sourcePath, source.size, source.mtimeMs).map(toClaim),
    listSourceClaims: () => all.all().map(toClaim),
    releaseSourceClaim: (jobId) => void release.run(jobId),
  };
}

function toClaim(row: unknown): SourceClaim {
  const r = row as Record<string, string | number>;
  return {
    jobId: String(r.job_id),
    sourcePath: String(r.source_path),
    size: Number(r.size),
    mtimeMs: Number(r.mtime_ms),
    contentHash: String(r.content_hash),
    claimedAt: new Date(String(r.claimed_at)),
  };
}
