import type { Database } from './sqlite-driver.js';
import { optionalDate, optionalText } from './column-values.js';
import type { CaseStatus } from './case-status.js';

export type ReplyKind = 'reply' | 'supplement';
/** `exact`: the case ID was read as printed; `repaired`: OCR look-alikes were fixed, so the sheet asks for a check. */
export type ReplyEvidence = 'exact' | 'repaired';
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
  /** How the case ID was read; a redo writes the same case sheet (with its warning) from it. Unknown for older rows. */
  evidence?: ReplyEvidence | undefined;
}

export interface ReplyRecord extends NewReply {
  replyId: number;
  handledAt: Date | undefined;
  /** Who cleared it (a user name); absent when nobody did (`handledHow` 'moved-by-hand' says how it went). */
  handledBy: string | undefined;
  handledHow: HandledHow | undefined;
}

export interface ReplyRows {
  /**
   * Claim reply number `sequence` of a case (1 = the reply, 2… = supplements) before any file is written: in one
   * transaction, check that the case has one of the `expected` statuses and exactly `sequence - 1` replies, insert
   * the reply and set the case's status. Undefined when either no longer holds (another reply was claimed first).
   */
  claimReply(reply: NewReply, expected: CaseStatus[], sequence: number): ReplyRecord | undefined;
  /** Undo a claim whose files could not be written, so the case waits for its reply again. */
  releaseReply(replyId: number): void;
  listReplies(filter: { pendingOnly?: boolean; caseId?: string; sourceJob?: string }): ReplyRecord[];
  markHandled(replyId: number, at: Date, by: string | undefined, how: HandledHow): void;
  /** Record where the referring unit's copy of a reply was put after it was filed (`reservfax cases set-unit`). */
  setUnitCopy(replyId: number, unitCopyPath: string): void;
}

// Reply bookkeeping: what came back for which case, and who cleared it from the inbox when.
export function replyRows(db: Database): ReplyRows {
  const status = db.prepare('SELECT status FROM cases WHERE case_id = ?');
  const insert = db.prepare(`INSERT INTO replies (case_id, received_at, kind, pages, inbox_path, unit_copy_path, source_job, evidence)
    VALUES (@caseId, @receivedAt, @kind, @pages, @inboxPath, @unitCopyPath, @sourceJob, @evidence)`);
  const setStatus = db.prepare("UPDATE cases SET status = 'reply-received' WHERE case_id = ?");
  const handle = db.prepare('UPDATE replies SET handled_at = ?, handled_by = ?, handled_how = ? WHERE reply_id = ? AND handled_at IS NULL');
  const count = db.prepare('SELECT COUNT(*) AS n FROM replies WHERE case_id = ?');
  const byId = db.prepare('SELECT * FROM replies WHERE reply_id = ?');
  const remove = db.prepare('DELETE FROM replies WHERE reply_id = ?');
  const unitCopy = db.prepare('UPDATE replies SET unit_copy_path = ? WHERE reply_id = ?');
  const restore = db.prepare("UPDATE cases SET status = 'awaiting-reply' WHERE case_id = ? AND NOT EXISTS (SELECT 1 FROM replies WHERE case_id = ?)");
  const claim = db.transaction((reply: NewReply, expected: CaseStatus[], sequence: number) => {
    const row = status.get(reply.caseId) as { status: CaseStatus } | undefined;
    if (!row || !expected.includes(row.status)) return undefined;
    if ((count.get(reply.caseId) as { n: number }).n !== sequence - 1) return undefined;
    const id = insert.run({ ...reply, receivedAt: reply.receivedAt.toISOString(), unitCopyPath: reply.unitCopyPath ?? null, sourceJob: reply.sourceJob ?? null, evidence: reply.evidence ?? null }).lastInsertRowid;
    setStatus.run(reply.caseId);
    return toReply(byId.get(id) as Record<string, string | number | null>);
  });
  const release = db.transaction((replyId: number) => {
    const row = byId.get(replyId) as Record<string, string | number | null> | undefined;
    if (!row) return;
    remove.run(replyId);
    restore.run(row.case_id, row.case_id);
  });
  return {
    claimReply: (reply, expected, sequence) => claim(reply, expected, sequence),
    releaseReply: (replyId) => release(replyId),
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
      handle.run(at.toISOString(), by ?? null, how, replyId);
    },
    setUnitCopy(replyId, unitCopyPath) {
      unitCopy.run(unitCopyPath, replyId);
    },
  };
}

function toReply(row: Record<string, string | number | null>): ReplyRecord {
  return {
    replyId: Number(row.reply_id),
    caseId: String(row.case_id),
    receivedAt: new Date(String(row.received_at)),
    kind: row.kind as ReplyKind,
    pages: Number(row.pages),
    inboxPath: String(row.inbox_path),
    unitCopyPath: optionalText(row.unit_copy_path),
    sourceJob: optionalText(row.source_job),
    evidence: optionalText(row.evidence) as ReplyEvidence | undefined,
    handledAt: optionalDate(row.handled_at),
    handledBy: optionalText(row.handled_by),
    handledHow: optionalText(row.handled_how) as HandledHow | undefined,
  };
}
