import type { Config } from '../config/schema.js';
import { buildNightReport, type NightReport } from '../report/index.js';
import type { MailStore } from '../store/roles.js';
import { localClock, localInstant } from '../util/local-clock.js';
import { mailRecipients } from './mail-settings.js';

const DAY_MS = 24 * 60 * 60_000;

// A report without --since starts where the last queued report ended (each queued report is delivered), else 24 h back.
export function defaultSince(store: MailStore, now: Date): Date {
  return store.latestReportEnd() ?? new Date(now.getTime() - DAY_MS);
}

// Once a day after the report time, queue the report up to that time if anything happened; `report:<local date>` makes it once across restarts.
export async function queueScheduledReport(store: MailStore, config: Config, now: Date): Promise<boolean> {
  const { date } = localClock(now, config.mail.timeZone);
  const until = localInstant(date, config.mail.reportTime, config.mail.timeZone);
  const dedupeKey = `report:${date}`;
  if (now < until || store.getMail(dedupeKey)) return false;
  const since = defaultSince(store, until);
  if (since >= until) return false;
  const report = await buildNightReport({ store, config, since, now: until });
  if (!report.facts.activity) return false;
  return enqueueReport(store, config, report, dedupeKey, now);
}

// Put a built report in the outbox; false when a report with this key is already there.
export function enqueueReport(store: MailStore, config: Config, report: NightReport, dedupeKey: string, now: Date): boolean {
  const { subject, text, html } = report;
  return store.enqueueMail({ kind: 'report', dedupeKey, createdAt: now, periodEnd: report.facts.until, subject, text, html, recipients: mailRecipients(config) });
}
