import type { Database } from './sqlite-driver.js';
import { optionalText } from './column-values.js';

export type JobKind = 'referral' | 'reply';
export type JobStatus = 'received' | 'processing' | 'done' | 'failed';
export type JobOutcome = 'faxed' | 'routed' | 'manual-review' | 'rejected' | 'refused' | 'duplicate' | 'error';

export interface JobRecord {
  jobId: string;
  kind: JobKind;
  status: JobStatus;
  receivedAt: Date;
  updatedAt: Date;
  contentHash: string;
  claimPath: string;
  caseId: string | undefined;
  outcome: JobOutcome | undefined;
  reason: string | undefined;
  attempts: number;
}

export interface JobRows {
  insertJob(job: { jobId: string; kind: JobKind; receivedAt: Date; contentHash: string; claimPath: string }): void;
  getJob(jobId: string): JobRecord | undefined;
  startJob(jobId: string, at: Date): void;
  setJobCase(jobId: string, caseId: string): void;
  finishJob(jobId: string, status: 'done' | 'failed', outcome: JobOutcome, reason: string | undefined, at: Date): void;
  /** A job stopped by a shutdown, not by its file: back to received, and the attempt does not count. */
  handBackJob(jobId: string): void;
  listJobs(filter: { statuses?: JobStatus[]; since?: Date; kind?: JobKind }): JobRecord[];
  /** The job that finished last (done or failed), for `reservfax status`. */
  lastFinishedJob(): JobRecord | undefined;
  /** The latest finished job with the same content received after `since`: a second drop of the same file. */
  findSameContent(kind: JobKind, contentHash: string, since: Date, exceptJobId: string): JobRecord | undefined;
}

// Job bookkeeping: every claimed file is one row, received → processing → done/failed, so a restart knows what is unfinished.
export function jobRows(db: Database): JobRows {
  const insert = db.prepare(`INSERT OR IGNORE INTO jobs (job_id, kind, status, received_at, updated_at, content_hash, claim_path, attempts)
    VALUES (@jobId, @kind, 'received', @receivedAt, @receivedAt, @contentHash, @claimPath, 0)`);
  const select = db.prepare('SELECT * FROM jobs WHERE job_id = ?');
  const start = db.prepare("UPDATE jobs SET status = 'processing', attempts = attempts + 1, updated_at = ? WHERE job_id = ?");
  const setCase = db.prepare('UPDATE jobs SET case_id = ? WHERE job_id = ?');
  const handBack = db.prepare("UPDATE jobs SET status = 'received', attempts = MAX(attempts - 1, 0) WHERE job_id = ? AND status = 'processing'");
  const finish = db.prepare('UPDATE jobs SET status = ?, outcome = ?, reason = ?, updated_at = ? WHERE job_id = ?');
  const last = db.prepare("SELECT * FROM jobs WHERE status IN ('done', 'failed') ORDER BY updated_at DESC, job_id DESC LIMIT 1");
  const same = db.prepare(`SELECT * FROM jobs WHERE kind = ? AND content_hash = ? AND received_at >= ? AND job_id != ?
    AND status = 'done' ORDER BY received_at DESC LIMIT 1`);
  return {
    insertJob: (job) => void insert.run({ ...job, receivedAt: job.receivedAt.toISOString() }),
    getJob: (jobId) => toJob(select.get(jobId)),
    startJob: (jobId, at) => void start.run(at.toISOString(), jobId),
    setJobCase: (jobId, caseId) => void setCase.run(caseId, jobId),
    finishJob: (jobId, status, outcome, reason, at) => void finish.run(status, outcome, reason ?? null, at.toISOString(), jobId),
    handBackJob: (jobId) => void handBack.run(jobId),
    listJobs(filter) {
      const clauses: string[] = [];
      const params: (string | number)[] = [];
      if (filter.statuses) {
        clauses.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
        params.push(...filter.statuses);
      }
      if (filter.since) {
        clauses.push('updated_at >= ?');
        params.push(filter.since.toISOString());
      }
      if (filter.kind) {
        clauses.push('kind = ?');
        params.push(filter.kind);
      }
      const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
      return db.prepare(`SELECT * FROM jobs ${where} ORDER BY received_at, job_id`).all(...params).map((row) => toJob(row)!);
    },
    lastFinishedJob: () => toJob(last.get()),
    findSameContent: (kind, contentHash, since, exceptJobId) => toJob(same.get(kind, contentHash, since.toISOString(), exceptJobId)),
  };
}

function toJob(row: unknown): JobRecord | undefined {
  if (!row) return undefined;
  const r = row as Record<string, string | number | null>;
  return {
    jobId: String(r.job_id),
    kind: r.kind as JobKind,
    status: r.status as JobStatus,
    receivedAt: new Date(String(r.received_at)),
    updatedAt: new Date(String(r.updated_at)),
    contentHash: String(r.content_hash),
    claimPath: String(r.claim_path),
    caseId: optionalText(r.case_id),
    outcome: optionalText(r.outcome) as JobOutcome | undefined,
    reason: optionalText(r.reason),
    attempts: Number(r.attempts),
  };
}
