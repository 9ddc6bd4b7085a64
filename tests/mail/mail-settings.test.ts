import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/errors.js';
import { isMailConfigured, mailRecipients, requireMailConfigured } from '../../src/mail/index.js';

describe('the mail configuration', () => {
  it('is off by default and sends to the routine\'s administrators address', () => {
    const config = parseConfig({});
    expect(config.mail).toMatchObject({ reportTime: '07:00', timeZone: 'Europe/Stockholm', alertAfterMinutes: 60, alertMinIntervalMinutes: 30 });
    expect(config.mail.smtp).toEqual({ port: 25, security: 'starttls', rejectUnauthorized: true });
    expect(config.mail.retry).toEqual({ firstDelaySeconds: 30, maxDelaySeconds: 1800 });
    expect(isMailConfigured(config)).toBe(false);
    expect(mailRecipients(config)).toEqual(['nu.radiologen.administratorer@vgregion.se']);
    expect(mailRecipients(parseConfig({ admins: { email: 'ris@example.se' } }))).toEqual(['ris@example.se']);
    expect(() => requireMailConfigured(config)).toThrow(ConfigError);
    expect(() => requireMailConfigured(config)).toThrow(/mail\.smtp\.host/);
  });

  it('names the key, the expectation and the value found for each mistake', () => {
    expect(() => parseConfig({ mail: { reportTime: '7.00' } })).toThrow(/mail\.reportTime: förväntat ett klockslag TT:MM, t\.ex\. 07:00, hittade "7\.00"/);
    expect(() => parseConfig({ mail: { timeZone: 'Europe/Borås' } })).toThrow(/mail\.timeZone: förväntat en IANA-tidszon/);
    expect(() => parseConfig({ mail: { smtp: { security: 'ssl' } } })).toThrow(/mail\.smtp\.security: förväntat ett av "none", "starttls", "tls", hittade "ssl"/);
    expect(() => parseConfig({ mail: { to: ['inte-en-adress'] } })).toThrow(/mail\.to\.0: förväntat en e-postadress/);
    expect(() => parseConfig({ mail: { smtp: { host: 'smtp.example.se', tls: true } } })).toThrow(/okända nycklar "tls"/);
  });
});
