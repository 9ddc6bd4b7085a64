import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../src/store/case-store.js';
import { pdfPageCount } from '../helpers/pdf-pages.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startServiceProcess, waitFor, writeServiceConfig, type ServiceProcess } from '../helpers/service-process.js';

const REFERRALS = 8;
/** Cut-off copies dropped among them: each must end as one rejection note, killed or not. */
const BAD_FILES = 2;
/** Seconds from each (re)start to its kill -9: spread over claiming, OCR, writing and recording. */
const KILL_AFTER = [2.2, 4.9, 1.1, 3.6];

let referral: Buffer;

beforeAll(async () => {
  referral = await readFile(byId(await referralFixtures(), 'text-with-label').file);
});

const list = async (dir: string) => (await readdir(dir)).sort();

describe.each([{ polling: false }, { polling: true }])('crash safety (polling: $polling)', ({ polling }) => {
  it('accounts for every one of 8 referrals and 2 bad files exactly once when the service is killed with SIGKILL four times during the batch', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home, { watch: { polling } });
    let service: ServiceProcess = await startServiceProcess(home);
    for (let n = 0; n < REFERRALS; n++) {
      await writeFile(path.join(home, 'akutskriv', `remiss ${n}.pdf`), Buffer.concat([referral, Buffer.from(`\n% drop ${n}\n`)]));
      if (n % 5 === 2) await writeFile(path.join(home, 'akutskriv', `trasig ${n}.pdf`), Buffer.concat([referral.subarray(0, 900), Buffer.from(`% cut ${n}`)]));
    }
    for (const seconds of KILL_AFTER) {
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
      service.child.kill('SIGKILL');
      await service.exited;
      service = await startServiceProcess(home);
    }
    const faxOut = path.join(home, 'att-faxa');
    const review = path.join(home, 'manuell-granskning');
    const accounted = async () => (await list(faxOut)).length + (await list(review)).filter((name) => name.endsWith('.pdf')).length;
    await waitFor(async () => (await accounted()) >= REFERRALS + BAD_FILES && (await list(path.join(home, 'state', 'bearbetas'))).length === 0, 300_000, 'every referral accounted for');
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);

    const faxes = await list(faxOut);
    for (const name of faxes) {
      expect(name).toMatch(/^RF-[A-Z0-9]{6}\.pdf$/);
      expect(await pdfPageCount(path.join(faxOut, name))).toBe(2);
    }
    expect(await list(path.join(home, 'akutskriv'))).toEqual([]);
    const notes = (await list(review)).filter((name) => name.endsWith('.txt'));
    const texts = await Promise.all(notes.map((note) => readFile(path.join(review, note), 'utf8')));
    expect(texts.filter((text) => text.includes('kunde inte läsas som en remiss'))).toHaveLength(BAD_FILES);
    for (const text of texts) expect(text.includes('avbrytas två gånger') || text.includes('kunde inte läsas som en remiss')).toBe(true);
    expect(faxes.length + notes.length).toBe(REFERRALS + BAD_FILES);
    const log = await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8');
    expect(log).toContain('"job.recovered"');
    const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
    try {
      const jobs = store.listJobs({});
      expect(jobs.filter((job) => job.outcome === 'faxed')).toHaveLength(faxes.length);
      expect(jobs.filter((job) => job.reason === 'interrupted')).toHaveLength(notes.length - BAD_FILES);
      expect(jobs.filter((job) => job.outcome === 'rejected')).toHaveLength(BAD_FILES);
      expect(jobs.filter((job) => job.status !== 'done' && job.status !== 'failed')).toEqual([]);
      expect(store.listCases({}).filter((c) => c.outputPath).map((c) => `${c.caseId}.pdf`).sort()).toEqual(faxes);
    } finally {
      store.close();
    }
  }, 600_000);
});
