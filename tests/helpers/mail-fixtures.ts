import { parseConfig } from '../../src/config/load-config.js';
import type { Config } from '../../src/config/schema.js';
import { checkSymbol } from '../../src/case-id/case-id.js';

// A config that mails through the test's loopback SMTP server, in plain SMTP (the server offers no STARTTLS).
export function mailConfig(port: number, mail: Record<string, unknown> = {}, rest: Record<string, unknown> = {}): Config {
  const { smtp, ...others } = mail as { smtp?: Record<string, unknown> };
  return parseConfig({ ...rest, mail: { smtp: { host: '127.0.0.1', port, security: 'none', ...smtp }, ...others } });
}

// A valid case ID with a readable body, e.g. caseId('K7PX3') → "RF-K7PX3" plus its check symbol.
export function caseId(body: string): string {
  return `RF-${body}${checkSymbol(body)}`;
}

// A UTC instant written the way the tests think: at('2026-11-26T06:01') (Stockholm is UTC+1 in November).
export function at(isoUtc: string): Date {
  return new Date(`${isoUtc}Z`);
}
