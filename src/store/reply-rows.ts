import type Database from 'better-sqlite3';
import type { CaseStatus } from './case-store.js';

export type ReplyKind = 'reply' | 'supplement';
export type HandledHow = 'command' | 'moved-by-hand';

export interface NewReply {
  caseId: string;
  receivedAt: Date;
  kind: ReplyKind;
  pages: number;
  inboxPath: string;
  unitCopyPath: string | undefined;
  /** The service job that filed it: a job redone after a crash finds its reply instead of filing a second one. */
  sourceJob?: string | undefined;
}

export interface ReplyRecord extends NewReply {
  replyId: number;
  handledAt: Date | undefined;
  handledBy: string | undefined;
  handledHow: HandledHow | undefined;
}

export interface ReplyRows {
  /** Insert the reply and set the case's status in one transaction; false when the case was not in `expected` status. */
  recordReply(reply: NewReply, expected: CaseStatus[]): boolean;
  listReplies(filter: { pendingOnly?: boolean; caseId?: string; sourceJob?: string }): ReplyRecord[];
  markHandled(replyId: number, at: Date, by: string, how: HandledHow): void;
}

// Reply bookkeeping: what came back for which case, and who cleared it from the inbox when.
export function replyRows(db: Database.Database): ReplyRows {
  const status = db.prepare('SELECT status FROM cases WHERE case_id = ?');
  const insert = db.prepare(`INSERT INTO replies (case_id, received_at, kind, pages, inbox_path, unit_copy_path, source_job)
    VALUES (@caseId, @receivedAt, @kind, @pages, @inboxPath, @unitCopyPath, @sourceJob)`);
  const setStatus = db.prepare("UPDATE cases SET status = 'reply-received' WHERE case_id = ?");
  const handle = db.prepare('UPDATE replies SET handled_at = ?, handled_by = ?, handled_how = ? WHERE reply_id = ? AND handled_at IS NULL');
  const record = db.transaction((reply: NewReply, expected: CaseStatus[]) => {
    const row = status.get(reply.caseId) as { status: CaseStatus } | undefined;
    if (!row || !expected.includes(row.status)) return false;
    insert.run({ ...reply, receivedAt: reply.receivedAt.toISOString(), unitCopyPath: reply.unitCopyPath ?? null, sourceJob: reply.sourceJob ?? null });
    setStatus.run(reply.caseId);
    return true;
  });
  return {
    recordReply: (reply, expected) => record(reply, expected),
    listReplies(filter) {
      const clauses = ['1'];
      const params: Record<string, string> = {};
      if (filter.pendingOnly) clauses.push('handled_at IS NULL');
      if (filter.caseId) {
        clauses.push('case_id = @caseId');
        params.caseId = filter.caseId;
      }
      if (filter.sourceJob) {
        clauses.push('source_job = @sourceJob');
        params.sourceJob = filter.sourceJob;
      }
      const rows = db.prepare(`SELECT * FROM replies WHERE ${clauses.join(' AND ')} ORDER BY received_at, reply_id`).all(params);
      return (rows as Record<string, string | number | null>[]).map(toReply);
    },
    markHandled(replyId, at, by, how) {
      handle.run(at.toISOString(), by, how, replyId);
    },
  };
}

function toReply(row: Record<string, string | number | null>): ReplyRecord {
  const optional = (value: string | number | null | undefined) => (value === null || value === undefined ? undefined : String(value));
  return {
    replyId: Number(row.reply_id),
    caseId: String(row.case_id),
    receivedAt: new Date(String(row.received_at)),
    kind: row.kind as ReplyKind,
    pages: Number(row.pages),
    inboxPath: String(row.inbox_path),
    unitCopyPath: optional(row.unit_copy_path),
    sourceJob: optional(row.source_job),
    handledAt: row.handled_at === null ? undefined : new Date(String(row.handled_at)),
    handledBy: optional(row.handled_by),
    handledHow: optional(row.handled_how) as HandledHow | undefined,
  };
}
