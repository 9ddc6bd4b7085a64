import type { Config } from '../config/schema.js';
import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import type { MailStore } from '../store/roles.js';
import { affectedText, incidentTimeline, type IncidentPhrases } from '../util/incident-timeline.js';
import { renderMailDocument } from '../util/mail-document.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { isMailConfigured, mailRecipients } from './mail-settings.js';

interface IncidentMailPhrases {
  subject: string;
  title: string;
  intro: string[];
  heading: string;
  empty: string;
  footer: string[];
}

// Why: the routine says the administrators must hear of a night's problem; when the nurse records one, they get a
// short mail at once (mail.incidentMail), not only at 07:00. Queued in the outbox, so an SMTP outage delays, never loses it.
export async function queueIncidentMail(store: Pick<MailStore, 'currentIncident' | 'enqueueMail'>, config: Config, now: Date): Promise<boolean> {
  const incident = store.currentIncident();
  if (!incident || !config.mail.incidentMail || !isMailConfigured(config)) return false;
  const phrases = await readJsonTemplate<IncidentMailPhrases>('incident-mail.sv.json');
  const log = await readJsonTemplate<IncidentPhrases>('incident.sv.json');
  const time = (at: Date) => formatSwedishTime(at, config.mail.timeZone);
  const affected = affectedText(incident.affected, log);
  const values = { affected, unit: config.sender.unit, time: time(incident.openedAt), reportTime: config.mail.reportTime, documentId: config.routine.documentId, version: config.routine.version };
  const [, ...entries] = incidentTimeline(incident, log, time, config.teleconsult.name);
  const doc = {
    title: fillPlaceholders(phrases.title, values),
    intro: phrases.intro.map((line) => fillPlaceholders(line, values)),
    sections: [{ heading: phrases.heading, rows: entries, empty: phrases.empty }],
    footer: phrases.footer.map((line) => fillPlaceholders(line, values)),
  };
  return store.enqueueMail({
    kind: 'incident',
    dedupeKey: `incident:${incident.incidentId}:opened`,
    createdAt: now,
    periodEnd: undefined,
    subject: fillPlaceholders(phrases.subject, values),
    ...renderMailDocument(doc),
    recipients: mailRecipients(config),
  });
}
