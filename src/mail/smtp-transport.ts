import { createTransport } from 'nodemailer';
import type { Config } from '../config/schema.js';

export interface OutgoingMail {
  from: { name: string; address: string };
  to: string[];
  subject: string;
  text: string;
  html: string;
  priority: 'normal' | 'high';
}

/** What the outbox needs from a mail transport; tests may pass their own. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

// One nodemailer SMTP transport from the config's TLS mode; short timeouts so a dead server never stalls the service long.
export function createSmtpTransport(smtp: Config['mail']['smtp']): MailTransport {
  const transporter = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    ignoreTLS: smtp.security === 'none',
    auth: smtp.auth ? { user: smtp.auth.user, pass: smtp.auth.pass } : undefined,
    tls: { rejectUnauthorized: smtp.rejectUnauthorized },
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      await transporter.sendMail({ ...mail, headers: { 'Auto-Submitted': 'auto-generated' } });
    },
    close: () => transporter.close(),
  };
}

// The failure as stable codes ("ESOCKET/ECONNREFUSED", "EENVELOPE:550"), never the server's text, which may echo addresses.
export function smtpErrorCode(error: unknown): string {
  const { code, originalCode, responseCode } = (error ?? {}) as { code?: unknown; originalCode?: unknown; responseCode?: unknown };
  const codeLike = (value: unknown): value is string => typeof value === 'string' && /^[A-Z0-9_]{1,40}$/.test(value);
  const name = codeLike(code) ? code : 'EUNKNOWN';
  const cause = codeLike(originalCode) && originalCode !== name ? `/${originalCode}` : '';
  return `${name}${cause}${typeof responseCode === 'number' ? `:${responseCode}` : ''}`;
}

// Errors about one message (a refused recipient, a bad message) leave the server usable for the next mail.
export function isMessageLevel(code: string): boolean {
  return code.startsWith('EENVELOPE') || code.startsWith('EMESSAGE');
}
