import type { Config } from '../config/schema.js';
import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import { formatAge } from '../util/format-age.js';
import { countPhrase, renderMailDocument, type MailSection } from '../util/mail-document.js';
import { reasonPhrase, type ReasonPhrases } from '../util/reason-phrase.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import type { AlertItem } from './alert-items.js';

type Pair = [string, string];
type Group = 'referrals' | 'waiting' | 'print';

interface AlertPhrases {
  subject: { prefix: string } & Record<Group, Pair>;
  title: string;
  intro: string;
  headings: Record<Group, string>;
  empty: string;
  rows: Record<'rejected' | 'refused' | 'error' | 'waiting' | 'print', string>;
  unknownUnit: string;
  footer: string[];
}

// One alert mail for everything pending, grouped by what the reader must do; case IDs, units, job numbers and times only.
export async function buildAlertMail(items: readonly AlertItem[], config: Config, now: Date): Promise<{ subject: string; text: string; html: string }> {
  const phrases = await readJsonTemplate<AlertPhrases>('alert-mail.sv.json');
  const reasons = await readJsonTemplate<ReasonPhrases>('job-reasons.sv.json');
  const time = (at: Date) => formatSwedishTime(at, config.mail.timeZone);
  const unit = (value: string | undefined) => value ?? phrases.unknownUnit;
  const rows: Record<Group, string[]> = { referrals: [], waiting: [], print: [] };
  for (const item of items) {
    if (item.kind === 'referral') {
      rows.referrals.push(fillPlaceholders(phrases.rows[item.outcome], { time: time(item.at), reason: reasonPhrase(reasons, item.reason), jobId: item.jobId }));
    } else if (item.kind === 'waiting') {
      const values = { caseId: item.caseId, time: time(item.faxedAt), age: formatAge(item.faxedAt, now), unit: unit(item.unit), coordinatorPhone: config.teleconsult.coordinatorPhone };
      rows.waiting.push(fillPlaceholders(phrases.rows.waiting, values));
    } else {
      rows.print.push(fillPlaceholders(phrases.rows.print, { caseId: item.caseId, time: time(item.at), unit: unit(item.unit), faxFolder: config.folders.faxOut }));
    }
  }
  const groups = (['referrals', 'waiting', 'print'] as const).filter((group) => rows[group].length > 0);
  const sections: MailSection[] = groups.map((group) => ({
    heading: fillPlaceholders(phrases.headings[group], { n: rows[group].length, minutes: config.mail.alertAfterMinutes }),
    rows: rows[group],
    empty: phrases.empty,
  }));
  const subject = `${phrases.subject.prefix}: ${groups.map((group) => countPhrase(phrases.subject[group], rows[group].length)).join(', ')}`;
  const footer = phrases.footer.map((line) => fillPlaceholders(line, { interval: config.mail.alertMinIntervalMinutes, reportTime: config.mail.reportTime }));
  const doc = { title: fillPlaceholders(phrases.title, { unit: config.sender.unit }), intro: [fillPlaceholders(phrases.intro, { now: time(now) })], sections, footer };
  return { subject, ...renderMailDocument(doc) };
}
