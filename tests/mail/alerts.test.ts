import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HomePaths } from '../../src/fs/home.js';
import { runMailTick } from '../../src/mail/index.js';
import { openCaseStore, type CaseStore } from '../../src/store/case-store.js';
import { seedHome } from '../../eval/route/seed-home.js';
import { at, caseId, mailConfig } from '../helpers/mail-fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

const WAITING = caseId('K7PX3');
let sink: SmtpSink;
let home: HomePaths;

beforeEach(async () => {
  sink = await startSmtpSink();
  home = await seedHome(await makeTempDir(), [{ caseId: WAITING, unit: 'Akutmottagningen NÄL', createdAt: at('2026-11-25T23:00') }]);
});

afterEach(async () => {
  await sink.close();
});

// The service's tick on its own store handle, with the night report out of the way (before 07:00 local time).
async function tick(now: Date, change?: (store: CaseStore) => void) {
  const store = openCaseStore(home.storeFile);
  try {
    change?.(store);
    return await runMailTick({ store, config: mailConfig(sink.port), now });
  } finally {
    store.close();
  }
}

function refuse(store: CaseStore, jobId: string, when: Date): void {
  store.insertJob({ jobId, kind: 'referral', receivedAt: when, contentHash: `hash-${jobId}`, claimPath: `/home/akutskriv/${jobId} Svensson.pdf` });
  store.finishJob(jobId, 'failed', 'refused', 'identifier-remains', when);
}

describe('alerts', () => {
  it('are sent once for a case that has waited more than 60 minutes for its reply', async () => {
    expect(await tick(at('2026-11-25T23:59'))).toMatchObject({ alertedItems: 0, sent: 0 });
    expect(await tick(at('2026-11-26T00:01:30'))).toMatchObject({ alertedItems: 1, sent: 1 });
    await tick(at('2026-11-26T00:40'));
    await tick(at('2026-11-26T03:00'));
    expect(sink.received).toHaveLength(1);
    const { parsed, envelopeTo } = sink.received[0]!;
    expect(envelopeTo).toEqual(['nu.radiologen.administratorer@vgregion.se']);
    expect(parsed.subject).toBe('LARM Reservfax NÄL: 1 svar dröjer');
    expect(parsed.headers.get('priority')).toBe('high');
    expect(parsed.text).toContain(`${WAITING}: faxad 2026-11-26 00:00, inget svar efter 1 h 1 min, Akutmottagningen NÄL. Ring Teleconsults koordinator, +46 81 235 01 90.`);
    expect(String(parsed.html)).toContain('<h3>Svar som dröjt mer än 60 minuter (1)</h3>');
  });

  it('count the wait from the fax time a nurse recorded, not from when the fax PDF was written', async () => {
    const faxedLate = (store: CaseStore) => store.recordFaxed(WAITING, { at: at('2026-11-25T23:45'), by: 'AB' });
    expect(await tick(at('2026-11-26T00:30'), faxedLate)).toMatchObject({ alertedItems: 0, sent: 0 });
    expect(await tick(at('2026-11-26T00:46'))).toMatchObject({ alertedItems: 1, sent: 1 });
    expect(sink.received[0]!.parsed.text).toContain(`${WAITING}: faxad 2026-11-26 00:45, inget svar efter 1 h 1 min`);
  });

  it('bundle a storm of five refused referrals in a minute into one mail that lists all five', async () => {
    const start = at('2026-11-25T23:10').getTime();
    const jobs = ['a1', 'b2', 'c3', 'd4', 'e5'];
    for (let second = 0; second <= 240; second += 30) {
      await tick(new Date(start + second * 1000), (store) => {
        jobs.forEach((jobId, i) => {
          if (i * 12 >= second - 30 && i * 12 < second) refuse(store, jobId, new Date(start + i * 12_000));
        });
      });
    }
    expect(sink.received).toHaveLength(1);
    const { parsed } = sink.received[0]!;
    expect(parsed.subject).toBe('LARM Reservfax NÄL: 5 remisser faxades inte');
    for (const jobId of jobs) expect(parsed.text).toContain(`(jobb ${jobId})`);
    expect(parsed.text).toContain('remissen stoppades, anonymiseringen kunde inte kontrolleras: en personuppgift kunde finnas kvar');
    expect(parsed.text).not.toMatch(/Svensson|akutskriv|\.pdf/);

    await tick(at('2026-11-25T23:20'), (store) => refuse(store, 'f6', at('2026-11-25T23:18')));
    expect(sink.received).toHaveLength(1);
    await tick(at('2026-11-25T23:44'));
    expect(sink.received).toHaveLength(2);
    expect(sink.received[1]!.parsed.subject).toBe('LARM Reservfax NÄL: 1 remiss faxades inte');
    expect(sink.received[1]!.parsed.text).toContain('(jobb f6)');
    expect(sink.received[1]!.parsed.text).not.toContain('(jobb a1)');
  });
});
