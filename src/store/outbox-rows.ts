import type { Database } from './sqlite-driver.js';
import { optionalDate, optionalText } from './column-values.js';

export type MailKind = 'report' | 'alert' | 'incident';

export interface NewMail {
  kind: MailKind;
  /** At most one mail per key, ever: `report:2026-11-26`, `report:manual:<time>`, `alert:<time>`. */
  dedupeKey: string;
  createdAt: Date;
  /** For a report: the end of the period it covers, where the next report starts. */
  periodEnd: Date | undefined;
  subject: string;
  text: string;
  html: string;
  recipients: string[];
}

export interface MailRecord extends NewMail {
  mailId: number;
  attempts: number;
  nextAttemptAt: Date;
  sentAt: Date | undefined;
  lastErrorCode: string | undefined;
}

export interface OutboxRows {
  /** Queue a mail and mark the items it alerts about, in one transaction; false (nothing written) when the key exists. */
  enqueueMail(mail: NewMail, alertedItems?: string[]): boolean;
  getMail(dedupeKey: string): MailRecord | undefined;
  /** Unsent mails whose next attempt is due, oldest first. */
  listDueMails(now: Date): MailRecord[];
  /** Take a due mail for one attempt (pushing its next attempt to `leaseUntil`); false when another process took it. */
  claimMail(mailId: number, now: Date, leaseUntil: Date): boolean;
  markMailSent(mailId: number, at: Date): void;
  markMailFailed(mailId: number, errorCode: string, nextAttemptAt: Date): void;
  countUnsentMails(): number;
  /** The newest mail of a kind, sent or not (the alert rate limit counts from it). */
  latestMail(kind: MailKind): MailRecord | undefined;
  /** The end of the period of the newest report queued: the next report starts there. */
  latestReportEnd(): Date | undefined;
  /** Which of these item keys (`waiting:RF-…`, `refused:<jobId>`) an alert already covered. */
  alertedItems(keys: string[]): Set<string>;
}

// The persistent outbox: a mail is stored before it is sent, so a restart or an SMTP outage never loses or repeats it.
export function outboxRows(db: Database): OutboxRows {
  const insert = db.prepare(`INSERT OR IGNORE INTO outbox
    (kind, dedupe_key, created_at, period_end, subject, text, html, recipients, attempts, next_attempt_at)
    VALUES (@kind, @dedupeKey, @createdAt, @periodEnd, @subject, @text, @html, @recipients, 0, @createdAt)`);
  const markItem = db.prepare('INSERT OR IGNORE INTO alerted_items (item_key, mail_id, alerted_at) VALUES (?, ?, ?)');
  const byKey = db.prepare('SELECT * FROM outbox WHERE dedupe_key = ?');
  const due = db.prepare('SELECT * FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY created_at, mail_id');
  const claim = db.prepare('UPDATE outbox SET next_attempt_at = ? WHERE mail_id = ? AND sent_at IS NULL AND next_attempt_at <= ?');
  const sent = db.prepare('UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error_code = NULL WHERE mail_id = ?');
  const failed = db.prepare('UPDATE outbox SET attempts = attempts + 1, last_error_code = ?, next_attempt_at = ? WHERE mail_id = ?');
  const unsent = db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL');
  const latest = db.prepare('SELECT * FROM outbox WHERE kind = ? ORDER BY created_at DESC, mail_id DESC LIMIT 1');
  const reportEnd = db.prepare("SELECT MAX(period_end) AS end FROM outbox WHERE kind = 'report'");
  const enqueue = db.transaction((mail: NewMail, items: string[]) => {
    const createdAt = mail.createdAt.toISOString();
    const row = { ...mail, createdAt, periodEnd: mail.periodEnd?.toISOString() ?? null, recipients: JSON.stringify(mail.recipients) };
    const result = insert.run(row);
    if (result.changes === 0) return false;
    for (const item of items) markItem.run(item, Number(result.lastInsertRowid), createdAt);
    return true;
  });
  return {
    enqueueMail: (mail, alertedItems = []) => enqueue(mail, alertedItems),
    getMail: (dedupeKey) => toMail(byKey.get(dedupeKey)),
    listDueMails: (now) => due.all(now.toISOString()).map((row) => toMail(row)!),
    claimMail: (mailId, now, leaseUntil) => claim.run(leaseUntil.toISOString(), mailId, now.toISOString()).changes === 1,
    markMailSent: (mailId, at) => void sent.run(at.toISOString(), mailId),
    markMailFailed: (mailId, errorCode, nextAttemptAt) => void failed.run(errorCode, nextAttemptAt.toISOString(), mailId),
    countUnsentMails: () => Number((unsent.get() as { n: number }).n),
    latestMail: (kind) => toMail(latest.get(kind)),
    latestReportEnd: () => optionalDate((reportEnd.get() as { end: string | null }).end),
    alertedItems(keys) {
      if (keys.length === 0) return new Set();
      const rows = db.prepare(`SELECT item_key FROM alerted_items WHERE item_key IN (${keys.map(() => '?').join(', ')})`).all(...keys);
      return new Set((rows as { item_key: string }[]).map((row) => row.item_key));
    },
  };
}

function toMail(row: unknown): MailRecord | undefined {
  if (!row) return undefined;
  const r = row as Record<string, string | number | null>;
  return {
    mailId: Number(r.mail_id),
    kind: r.kind as MailKind,
    dedupeKey: String(r.dedupe_key),
    createdAt: new Date(String(r.created_at)),
    periodEnd: optionalDate(r.period_end),
    subject: String(r.subject),
    text: String(r.text),
    html: String(r.html),
    recipients: JSON.parse(String(r.recipients)) as string[],
    attempts: Number(r.attempts),
    nextAttemptAt: new Date(String(r.next_attempt_at)),
    sentAt: optionalDate(r.sent_at),
    lastErrorCode: optionalText(r.last_error_code),
  };
}
