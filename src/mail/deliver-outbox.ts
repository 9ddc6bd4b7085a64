import type { Config } from '../config/schema.js';
import { readJsonTemplate } from '../fs/templates.js';
import type { Logger } from '../log/logger.js';
import type { MailStore } from '../store/roles.js';
import type { MailRecord } from '../store/outbox-rows.js';
import { isMailConfigured } from './mail-settings.js';
import { createSmtpTransport, isMessageLevel, smtpErrorCode, type MailTransport } from './smtp-transport.js';

export interface DeliveryInput {
  store: MailStore;
  config: Config;
  now: Date;
  /** Defaults to SMTP from `config.mail.smtp`. */
  transport?: MailTransport;
  logger?: Logger;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
  /** Mails still queued after this round. */
  undelivered: number;
}

// Longer than one SMTP attempt can take, so a second process never sends the same mail while the first is still trying.
const LEASE_MS = 2 * 60_000;

// Send every due mail of the outbox; an SMTP failure is recorded with back-off and never thrown, so the service lives on.
export async function deliverOutbox(input: DeliveryInput): Promise<DeliveryResult> {
  const { store, config, now, logger } = input;
  const due = store.listDueMails(now);
  const result: DeliveryResult = { sent: 0, failed: 0, undelivered: 0 };
  if (due.length > 0 && (input.transport || isMailConfigured(config))) {
    const { senderName } = await readJsonTemplate<{ senderName: string }>('mail-sender.sv.json');
    const transport = input.transport ?? createSmtpTransport(config.mail.smtp);
    try {
      for (const mail of due) {
        if (!store.claimMail(mail.mailId, now, new Date(now.getTime() + LEASE_MS))) continue;
        const code = await sendOne(transport, mail, { name: senderName, address: config.mail.from });
        const fields = { mailKind: mail.kind, attempts: mail.attempts + 1 };
        if (code === undefined) {
          store.markMailSent(mail.mailId, now);
          result.sent++;
          logger?.info('mail.sent', fields);
          continue;
        }
        store.markMailFailed(mail.mailId, code, new Date(now.getTime() + backOffMs(mail.attempts + 1, config.mail.retry)));
        result.failed++;
        logger?.warn('mail.failed', { ...fields, code });
        if (!isMessageLevel(code)) break;
      }
    } finally {
      if (!input.transport) transport.close();
    }
  }
  result.undelivered = store.countUnsentMails();
  return result;
}

// Wait after the n-th failed attempt: first delay, doubling, capped (30 s, 1 min, 2 min … 30 min by default).
export function backOffMs(failedAttempts: number, retry: Config['mail']['retry']): number {
  const seconds = retry.firstDelaySeconds * 2 ** Math.min(Math.max(failedAttempts - 1, 0), 30);
  return Math.min(seconds, retry.maxDelaySeconds) * 1000;
}

async function sendOne(transport: MailTransport, mail: MailRecord, from: { name: string; address: string }): Promise<string | undefined> {
  try {
    await transport.send({ from, to: mail.recipients, subject: mail.subject, text: mail.text, html: mail.html, priority: mail.kind === 'alert' ? 'high' : 'normal' });
    return undefined;
  } catch (error) {
    return smtpErrorCode(error);
  }
}
