import { ReservfaxError, UsageError } from '../errors.js';
import { defaultSince, deliverOutbox, enqueueReport, mailRecipients, requireMailConfigured } from '../mail/index.js';
import { buildNightReport, type NightReport } from '../report/index.js';
import { localClock, localInstant } from '../util/local-clock.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';
import { message } from '../messages.js';

// `reservfax report [--since TIME] [--send]`: the administrators' summary, printed, or e-mailed through the outbox.
export async function runReport(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { since: { type: 'string' }, send: { type: 'boolean', default: false } });
  if (positionals.length > 0) throw new UsageError(message('cli.report-usage'));
  const { config, home } = await openHome(values);
  if (values.send) requireMailConfigured(config);
  const now = new Date();
  const since = values.since === undefined ? undefined : parseSince(values.since, config.mail.timeZone);
  if (since && since >= now) throw new UsageError(message('cli.report-since-not-before-now', { since: String(values.since) }));
  return withCaseStore(home, async (store) => {
    const report = await buildNightReport({ store, config, since: since ?? defaultSince(store, now), now });
    if (!values.send) {
      process.stdout.write(values.json ? `${JSON.stringify(summary(report, false))}\n` : report.text);
      return 0;
    }
    const dedupeKey = `report:manual:${now.toISOString()}`;
    enqueueReport(store, config, report, dedupeKey, now);
    await deliverOutbox({ store, config, now });
    const mail = store.getMail(dedupeKey);
    if (mail?.sentAt === undefined) {
      const problem = mail?.lastErrorCode ? message('cli.report-mail-error', { code: mail.lastErrorCode }) : message('cli.report-mail-unreachable');
      throw new ReservfaxError('MAIL_FAILED', message('cli.report-not-sent', { problem }));
    }
    const recipients = mailRecipients(config);
    process.stdout.write(values.json ? `${JSON.stringify({ ...summary(report, true), recipients })}\n` : `${message('cli.report-sent', { recipients: recipients.join(', ') })}\n`);
    return 0;
  });
}

function summary(report: NightReport, sent: boolean) {
  const { since, until, activity } = report.facts;
  return { subject: report.subject, since: since.toISOString(), until: until.toISOString(), activity, sent, incidents: report.facts.incidents, text: report.text };
}

// A local time ("2026-11-25", "2026-11-25T18:00") is read in the configured time zone; an ISO time with Z or an offset as it is.
function parseSince(text: string, timeZone: string): Date {
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?)?$/.exec(text);
  if (local) {
    const at = localInstant(local[1]!, local[2] ?? '00:00', timeZone);
    if (localClock(at, timeZone).date === local[1]) return at;
  }
  const at = new Date(text);
  if (!local && /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(text) && !Number.isNaN(at.getTime())) return at;
  throw new UsageError(message('cli.report-since-invalid', { since: text }));
}
