import { describe, expect, it } from 'vitest';
import { backOffMs, countUndelivered, runMailTick, type MailTransport } from '../../src/mail/index.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { seedHome } from '../../eval/route/seed-home.js';
import { at, caseId, mailConfig } from '../helpers/mail-fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { freePort, startSmtpSink } from '../helpers/smtp-sink.js';

const quiet = { alertAfterMinutes: 7 * 24 * 60 };

describe('mail during an SMTP outage', () => {
  it('keeps the report queued while the server is down and delivers it exactly once when it is back', async () => {
    const port = await freePort();
    const config = mailConfig(port, quiet);
    const home = await seedHome(await makeTempDir(), [{ caseId: caseId('K7PX3'), createdAt: at('2026-11-26T01:00') }]);
    const tick = async (now: Date) => {
      const store = openCaseStore(home.storeFile);
      try {
        return { result: await runMailTick({ store, config, now }), mail: store.getMail('report:2026-11-26'), undelivered: countUndelivered(store) };
      } finally {
        store.close();
      }
    };

    const down = await tick(at('2026-11-26T06:01'));
    expect(down.result).toMatchObject({ reportQueued: true, sent: 0, failed: 1, undelivered: 1 });
    expect(down.mail).toMatchObject({ attempts: 1, sentAt: undefined, lastErrorCode: 'ESOCKET/ECONNREFUSED' });
    expect(down.mail!.nextAttemptAt).toEqual(at('2026-11-26T06:01:30'));
    expect(down.undelivered).toBe(1);

    expect((await tick(at('2026-11-26T06:01:20'))).result).toMatchObject({ sent: 0, failed: 0, undelivered: 1 });

    const sink = await startSmtpSink({ port });
    try {
      const back = await tick(at('2026-11-26T06:01:31'));
      expect(back.result).toMatchObject({ reportQueued: false, sent: 1, failed: 0, undelivered: 0 });
      expect(back.mail).toMatchObject({ attempts: 2, lastErrorCode: undefined, sentAt: at('2026-11-26T06:01:31') });
      expect((await tick(at('2026-11-26T06:05'))).result).toMatchObject({ sent: 0, undelivered: 0 });
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]!.parsed.subject).toBe('Reservfax NÄL: 1 remiss faxad, 1 svar saknas');
    } finally {
      await sink.close();
    }
  });

  it('waits 30 s after the first failure, doubling up to 30 minutes', () => {
    const retry = mailConfig(25).mail.retry;
    expect([1, 2, 3, 4, 6, 7, 20].map((n) => backOffMs(n, retry) / 1000)).toEqual([30, 60, 120, 240, 960, 1800, 1800]);
  });

  it('records a server refusal by its SMTP code only and never throws from a tick', async () => {
    const home = await seedHome(await makeTempDir(), [{ caseId: caseId('K7PX3'), createdAt: at('2026-11-26T01:00') }]);
    const refusing: MailTransport = {
      send: () => Promise.reject(Object.assign(new Error('550 5.1.1 <nu.radiologen.administratorer@vgregion.se>: unknown'), { code: 'EENVELOPE', responseCode: 550 })),
      close: () => undefined,
    };
    const store = openCaseStore(home.storeFile);
    try {
      const result = await runMailTick({ store, config: mailConfig(25, quiet), now: at('2026-11-26T06:01'), transport: refusing });
      expect(result).toMatchObject({ reportQueued: true, sent: 0, failed: 1, undelivered: 1 });
      const mail = store.getMail('report:2026-11-26')!;
      expect(mail.lastErrorCode).toBe('EENVELOPE:550');
      const broken: MailTransport = { send: () => Promise.reject(new Error('boom')), close: () => undefined };
      await expect(runMailTick({ store, config: mailConfig(25, quiet), now: at('2026-11-26T06:03'), transport: broken })).resolves.toMatchObject({ failed: 1 });
      expect(store.getMail('report:2026-11-26')).toMatchObject({ attempts: 2, lastErrorCode: 'EUNKNOWN' });
    } finally {
      store.close();
    }
  });
});
