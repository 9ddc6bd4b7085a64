import type { MailStore } from '../store/roles.js';

export { routineWarning } from '../config/routine-warning.js';
export { backOffMs, deliverOutbox, type DeliveryInput, type DeliveryResult } from './deliver-outbox.js';
export { isMailConfigured, mailRecipients, requireMailConfigured } from './mail-settings.js';
export { runMailTick, type MailTickInput, type MailTickResult } from './mail-tick.js';
export { defaultSince, enqueueReport } from './queue-report.js';
export { queueIncidentMail } from './incident-mail.js';
export type { MailTransport, OutgoingMail } from './smtp-transport.js';

// For `reservfax status`: mails (reports and alerts) still waiting in the outbox, so a silent SMTP outage is visible.
export function countUndelivered(store: MailStore): number {
  return store.countUnsentMails();
}
