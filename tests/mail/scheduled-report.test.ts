import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countUndelivered, runMailTick } from '../../src/mail/index.js';
import type { HomePaths } from '../../src/fs/home.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { seedHome } from '../../eval/route/seed-home.js';
import { at, caseId, mailConfig } from '../helpers/mail-fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

let sink: SmtpSink;
let home: HomePaths;

// One case faxed at 02:00 local time in the night before 26 November; the replies never came.
beforeEach(async () => {
  sink = await startSmtpSink();
  home = await seedHome(await makeTempDir(), [{ caseId: caseId('K7PX3'), unit: 'Akutmottagningen NÄL', createdAt: at('2026-11-26T01:00') }]);
});

afterEach(async () => {
  await sink.close();
});

// One tick of the running service on a fresh store handle, as after a restart; alerts are kept out of the way.
async function tick(now: Date) {
  const store = openCaseStore(home.storeFile);
  try {
    return await runMailTick({ store, config: mailConfig(sink.port, { alertAfterMinutes: 7 * 24 * 60 }), now });
  } finally {
    store.close();
  }
}

describe('the scheduled night report', () => {
  it('is not sent before the report time', async () => {
    expect(await tick(at('2026-11-26T05:59'))).toMatchObject({ configured: true, reportQueued: false, sent: 0 });
    expect(sink.received).toHaveLength(0);
  });

  it('is sent exactly once across a restart after the report time', async () => {
    expect(await tick(at('2026-11-26T06:01'))).toMatchObject({ reportQueued: true, sent: 1, undelivered: 0 });
    expect(await tick(at('2026-11-26T06:01:30'))).toMatchObject({ reportQueued: false, sent: 0 });
    expect(await tick(at('2026-11-26T09:00'))).toMatchObject({ reportQueued: false, sent: 0 });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.parsed.subject).toBe('Reservfax NÄL: 1 remiss faxad, 1 svar saknas');
    expect(sink.received[0]!.parsed.text).toContain('Period: 2026-11-25 07:00 – 2026-11-26 07:00.');
  });

  it('is still sent when the service was down at the report time and starts later that day', async () => {
    expect(await tick(at('2026-11-26T10:30'))).toMatchObject({ reportQueued: true, sent: 1 });
    expect(sink.received[0]!.parsed.text).toContain('Period: 2026-11-25 07:00 – 2026-11-26 07:00.');
  });

  it('starts where the previous report ended and is skipped on a day when nothing happened', async () => {
    await tick(at('2026-11-26T06:01'));
    expect(await tick(at('2026-11-27T06:01'))).toMatchObject({ reportQueued: false, sent: 0 });
    const store = openCaseStore(home.storeFile);
    store.insertJob({ jobId: 'j-late', kind: 'referral', receivedAt: at('2026-11-27T12:00'), contentHash: 'h', claimPath: '/x/remiss.pdf' });
    store.finishJob('j-late', 'failed', 'rejected', 'damaged', at('2026-11-27T12:00'));
    expect(countUndelivered(store)).toBe(0);
    store.close();
    expect(await tick(at('2026-11-27T13:00'))).toMatchObject({ reportQueued: false, alertedItems: 1 });
    expect(await tick(at('2026-11-28T06:00'))).toMatchObject({ reportQueued: true, sent: 1 });
    const reports = sink.received.filter((mail) => !mail.parsed.subject?.startsWith('LARM'));
    expect(reports).toHaveLength(2);
    expect(reports[1]!.parsed.text).toContain('Period: 2026-11-26 07:00 – 2026-11-28 07:00.');
    expect(reports[1]!.parsed.subject).toBe('Reservfax NÄL: 1 svar saknas, 1 fel');
  });

  it('does nothing while mail.smtp.host is not set', async () => {
    const store = openCaseStore(home.storeFile);
    try {
      const result = await runMailTick({ store, config: mailConfig(sink.port, { smtp: { host: undefined } }), now: at('2026-11-26T06:01') });
      expect(result).toMatchObject({ configured: false, reportQueued: false, sent: 0 });
      expect(countUndelivered(store)).toBe(0);
    } finally {
      store.close();
    }
  });
});
