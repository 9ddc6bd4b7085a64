import type { Config } from '../config/schema.js';
import type { MailStore } from '../store/roles.js';
import { pendingAlertItems } from './alert-items.js';
import { buildAlertMail } from './alert-mail.js';
import { mailRecipients } from './mail-settings.js';

// A storm arrives over a minute or two (each refused referral takes seconds of OCR): wait for a quiet minute, at most five.
const QUIET_MS = 60_000;
const MAX_GATHER_MS = 5 * 60_000;

// Queue one alert mail for all pending problems, at most one per alertMinIntervalMinutes; returns how many items it covers.
export async function queueAlert(store: MailStore, config: Config, now: Date): Promise<number> {
  const items = pendingAlertItems(store, config, now);
  if (items.length === 0) return 0;
  const oldest = items[0]!.at.getTime();
  const newest = items.at(-1)!.at.getTime();
  if (now.getTime() - newest < QUIET_MS && now.getTime() - oldest < MAX_GATHER_MS) return 0;
  const last = store.latestMail('alert');
  if (last && now.getTime() - last.createdAt.getTime() < config.mail.alertMinIntervalMinutes * 60_000) return 0;
  const mail = await buildAlertMail(items, config, now);
  const queued = store.enqueueMail(
    { kind: 'alert', dedupeKey: `alert:${now.toISOString()}`, createdAt: now, periodEnd: undefined, ...mail, recipients: mailRecipients(config) },
    items.map((item) => item.key),
  );
  return queued ? items.length : 0;
}
