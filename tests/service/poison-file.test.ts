import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../src/store/case-store.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startServiceProcess, waitFor, writeServiceConfig } from '../helpers/service-process.js';

let referral: Buffer;
let slowReferral: Uint8Array;

beforeAll(async () => {
  const fixtures = await referralFixtures();
  referral = await readFile(byId(fixtures, 'text-with-label').file);
  const scan = await PDFDocument.load(await readFile(byId(fixtures, 'scanned-referral').file));
  const merged = await PDFDocument.create();
  for (let copy = 0; copy < 24; copy++) for (const page of await merged.copyPages(scan, scan.getPageIndices())) merged.addPage(page);
  slowReferral = await merged.save();
}, 120_000);

const list = async (dir: string) => (await readdir(dir)).sort();
const occurrences = (text: string, what: string) => text.split(what).length - 1;

// The job's rows as the store has them once the service is down.
function jobsOf(home: string) {
  const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
  try {
    return store.listJobs({});
  } finally {
    store.close();
  }
}

describe('a file that stops the service', () => {
  it('is set aside for manual review after the service died twice while it ran, and the next referral is faxed', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home);
    for (let run = 1; run <= 2; run++) {
      const service = await startServiceProcess(home);
      if (run === 1) await writeFile(path.join(home, 'akutskriv', 'remiss Greta Sundelin.pdf'), referral);
      await waitFor(() => occurrences(service.output(), '"referral.received"') >= 1, 60_000, `the job to start (run ${run})`);
      service.child.kill('SIGKILL');
      await service.exited;
    }
    expect(jobsOf(home).map((job) => [job.status, job.attempts])).toEqual([['processing', 2]]);

    const service = await startServiceProcess(home);
    await writeFile(path.join(home, 'akutskriv', 'nästa.pdf'), Buffer.concat([referral, Buffer.from('\n% another referral\n')]));
    const review = path.join(home, 'manuell-granskning');
    await waitFor(async () => (await list(path.join(home, 'att-faxa'))).length === 1 && (await list(review)).length === 2, 120_000, 'a fax and a note');
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);

    const [file, note] = await list(review);
    expect(file).toMatch(/^remiss-.*\.pdf$/);
    const text = await readFile(path.join(review, note!), 'utf8');
    expect(text).toContain('avbrytas två gånger');
    expect(text).not.toContain('Sundelin');
    expect(jobsOf(home).map((job) => [job.outcome, job.reason])).toEqual([
      ['error', 'interrupted'],
      ['faxed', undefined],
    ]);
  }, 300_000);

  it('is stopped after service.jobTimeoutSeconds and set aside, and a referral sharing its worker process is faxed', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home, { service: { concurrency: 2, jobProcesses: 1, jobTimeoutSeconds: 30 } });
    const service = await startServiceProcess(home);
    await writeFile(path.join(home, 'akutskriv', 'lång remiss.pdf'), slowReferral);
    await waitFor(() => service.output().includes('"referral.received"'), 60_000, 'the slow job to start');
    await writeFile(path.join(home, 'akutskriv', 'kort remiss.pdf'), referral);
    const review = path.join(home, 'manuell-granskning');
    await waitFor(async () => (await list(path.join(home, 'att-faxa'))).length === 1 && (await list(review)).length === 2, 180_000, 'a fax and a note');
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);

    const note = (await list(review)).find((name) => name.endsWith('.txt'))!;
    expect(await readFile(path.join(review, note), 'utf8')).toContain('tog för lång tid');
    expect(jobsOf(home).map((job) => [job.outcome, job.reason])).toEqual([
      ['error', 'timeout'],
      ['faxed', undefined],
    ]);
    expect(service.output()).toContain('"reason":"timeout"');
  }, 300_000);
});
