import type { Config } from '../config/schema.js';
import { waitingSince } from '../store/case-store.js';
import type { MailStore } from '../store/roles.js';

/** One problem worth an alert; `key` is alerted at most once, `at` is when it became a problem. */
export type AlertItem =
  | { key: string; kind: 'referral'; at: Date; jobId: string; outcome: 'rejected' | 'refused' | 'error'; reason: string | undefined }
  | { key: string; kind: 'waiting'; at: Date; caseId: string; unit: string | undefined; faxedAt: Date }
  | { key: string; kind: 'print'; at: Date; caseId: string; unit: string | undefined };

// Problems older than this are left to the morning report: a home upgraded to mail must not alert about last month.
const LOOKBACK_MS = 24 * 60 * 60_000;
const REFERRAL_FAILURES = ['rejected', 'refused', 'error'] as const;

// Every problem that needs a person now and has not been alerted yet: a referral not faxed, a reply overdue, a failed print.
export function pendingAlertItems(store: MailStore, config: Config, now: Date): AlertItem[] {
  const after = new Date(now.getTime() - LOOKBACK_MS);
  const waitMs = config.mail.alertAfterMinutes * 60_000;
  const items: AlertItem[] = [];
  for (const job of store.listJobs({ kind: 'referral', statuses: ['done', 'failed'], since: after })) {
    const outcome = REFERRAL_FAILURES.find((failure) => failure === job.outcome);
    if (outcome) items.push({ key: `${outcome}:${job.jobId}`, kind: 'referral', at: job.updatedAt, jobId: job.jobId, outcome, reason: job.reason });
  }
  for (const record of store.listCases({})) {
    const since = waitingSince(record).at;
    const overdueAt = new Date(since.getTime() + waitMs);
    if (record.status === 'awaiting-reply' && overdueAt <= now && overdueAt >= after) {
      items.push({ key: `waiting:${record.caseId}`, kind: 'waiting', at: overdueAt, caseId: record.caseId, unit: record.referringUnit, faxedAt: since });
    }
    if (record.printError !== undefined && record.createdAt >= after) {
      items.push({ key: `print:${record.caseId}`, kind: 'print', at: record.createdAt, caseId: record.caseId, unit: record.referringUnit });
    }
  }
  const alerted = store.alertedItems(items.map((item) => item.key));
  return items.filter((item) => !alerted.has(item.key)).sort((a, b) => a.at.getTime() - b.at.getTime());
}
