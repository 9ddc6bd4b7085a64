import type { Config } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import type { MailStore } from '../store/roles.js';
import { deliverOutbox } from './deliver-outbox.js';
import { isMailConfigured } from './mail-settings.js';
import { queueAlert } from './queue-alert.js';
import { queueScheduledReport } from './queue-report.js';
import type { MailTransport } from './smtp-transport.js';

export interface MailTickInput {
  store: MailStore;
  config: Config;
  now: Date;
  logger?: Logger;
  /** Defaults to SMTP from `config.mail.smtp`. */
  transport?: MailTransport;
}

export interface MailTickResult {
  /** False when mail.smtp.host is not set: the tick did nothing. */
  configured: boolean;
  reportQueued: boolean;
  /** Problems covered by the alert queued in this tick (0: none queued). */
  alertedItems: number;
  sent: number;
  failed: number;
  undelivered: number;
}

// The service's periodic mail work: queue the daily report, queue a bundled alert, send what is due. Never throws.
export async function runMailTick(input: MailTickInput): Promise<MailTickResult> {
  const { store, config, now, logger } = input;
  const result: MailTickResult = { configured: false, reportQueued: false, alertedItems: 0, sent: 0, failed: 0, undelivered: 0 };
  if (!input.transport && !isMailConfigured(config)) return result;
  result.configured = true;
  await guarded(logger, async () => {
    result.reportQueued = await queueScheduledReport(store, config, now);
    if (result.reportQueued) logger?.info('report.queued', { mailKind: 'report' });
  });
  await guarded(logger, async () => {
    result.alertedItems = await queueAlert(store, config, now);
    if (result.alertedItems > 0) logger?.warn('alert.queued', { mailKind: 'alert', count: result.alertedItems });
  });
  await guarded(logger, async () => {
    const delivery = await deliverOutbox(input);
    Object.assign(result, delivery);
  });
  return result;
}

// Each step fails alone: a broken report must not stop an alert, and nothing may reach the service's event loop.
async function guarded(logger: Logger | undefined, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    logger?.error('mail.tick-failed', error);
  }
}
