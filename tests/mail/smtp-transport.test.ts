import { describe, expect, it } from 'vitest';
import { createSmtpTransport, smtpErrorCode } from '../../src/mail/smtp-transport.js';
import { mailConfig } from '../helpers/mail-fixtures.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';

const message = {
  from: { name: 'Reservfax NÄL', address: 'reservfax@nal.example.se' },
  to: ['ris-admin@example.se'],
  subject: 'Reservfax NÄL: ingen aktivitet',
  text: 'Inga remisser faxades.\n',
  html: '<p>Inga remisser faxades.</p>\n',
  priority: 'normal' as const,
};

describe('the SMTP transport', () => {
  it('upgrades to TLS with STARTTLS and checks the server certificate unless told not to', async () => {
    const sink = await startSmtpSink({ starttls: true });
    try {
      const strict = createSmtpTransport(mailConfig(sink.port, { smtp: { security: 'starttls' } }).mail.smtp);
      const refused = await strict.send(message).then(() => undefined, (error: unknown) => smtpErrorCode(error));
      strict.close();
      expect(refused).toMatch(/^E[A-Z]+(\/[A-Z0-9_]+)?$/);
      expect(sink.received).toHaveLength(0);

      const lenient = createSmtpTransport(mailConfig(sink.port, { smtp: { security: 'starttls', rejectUnauthorized: false } }).mail.smtp);
      await lenient.send(message);
      lenient.close();
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]!.parsed.subject).toBe(message.subject);
    } finally {
      await sink.close();
    }
  });

  it('refuses to send in clear text when STARTTLS is required but the server does not offer it', async () => {
    const sink = await startSmtpSink();
    try {
      const transport = createSmtpTransport(mailConfig(sink.port, { smtp: { security: 'starttls', rejectUnauthorized: false } }).mail.smtp);
      const code = await transport.send(message).then(() => undefined, (error: unknown) => smtpErrorCode(error));
      transport.close();
      expect(code).toMatch(/^E[A-Z]+/);
      expect(sink.received).toHaveLength(0);
    } finally {
      await sink.close();
    }
  });
});
