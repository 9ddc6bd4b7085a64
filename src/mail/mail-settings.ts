import type { Config } from '../config/schema.js';
import { ConfigError } from '../errors.js';
import { message } from '../messages.js';

// Mail is off until IT names the SMTP server: the report can still be printed, but nothing is queued or sent.
export function isMailConfigured(config: Pick<Config, 'mail'>): boolean {
  return config.mail.smtp.host !== undefined;
}

// Sending by hand without a server is a configuration mistake the administrator must fix; say which key.
export function requireMailConfigured(config: Pick<Config, 'mail'>): void {
  if (isMailConfigured(config)) return;
  throw new ConfigError(message('config.mail-not-configured'));
}

// The administrators' addresses: mail.to, or the routine's address in admins.email.
export function mailRecipients(config: Pick<Config, 'mail' | 'admins'>): string[] {
  return [...(config.mail.to ?? [config.admins.email])];
}
