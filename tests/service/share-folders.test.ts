import { lstat, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../src/store/case-store.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { makeUndeletable, openSecondFileSystem } from '../helpers/second-file-system.js';
import { startServiceProcess, waitFor, writeServiceConfig, type ServiceProcess } from '../helpers/service-process.js';

const second = await openSecondFileSystem();
const skipReason = 'skip' in second ? second.skip : undefined;
if (skipReason) console.warn(`tests/service/share-folders: skipped: ${skipReason}`);
afterAll(async () => {
  if (!('skip' in second)) await second.release();
});

let referral: Buffer;
beforeAll(async () => {
  referral = await readFile(byId(await referralFixtures(), 'text-with-label').file);
});

const INPUT_NAME = 'Andersson Karl 19121212-1212.pdf';
const list = async (dir: string) => (await readdir(dir)).sort();

// A home whose akutskriv/ is a symlink to a folder on another file system, as the README recommends for a share.
async function homeWithSharedReferrals(polling: boolean): Promise<{ home: string; share: string }> {
  if ('skip' in second) throw new Error(second.skip);
  const home = await makeTempDir();
  const share = await mkdtemp(path.join(second.root, 'akutskriv-'));
  await symlink(share, path.join(home, 'akutskriv'));
  await writeServiceConfig(home, { watch: { polling } });
  return { home, share };
}

describe.skipIf(skipReason !== undefined)(`the service with akutskriv/ on another file system (${'skip' in second ? 'skipped' : second.kind})`, () => {
  it('sends a symlink dropped on the share to manual review with a Swedish note, without reading what it points to', async () => {
    const { home, share } = await homeWithSharedReferrals(false);
    const elsewhere = await makeTempDir();
    await mkdir(path.join(elsewhere, 'journal'));
    const target = path.join(elsewhere, 'journal', 'remiss.pdf');
    await writeFile(target, referral);
    const service = await startServiceProcess(home);
    await symlink(target, path.join(share, INPUT_NAME));
    await waitFor(() => service.output().includes('"reason":"not-a-file"'), 60_000, 'the link in manual review');
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);

    const review = path.join(home, 'manuell-granskning');
    const [link, note] = await list(review);
    expect(link).toMatch(/^remiss-.*-J[0-9A-Z]{10}\.pdf$/);
    expect((await lstat(path.join(review, link!))).isSymbolicLink()).toBe(true);
    const text = await readFile(path.join(review, note!), 'utf8');
    expect(text).toContain('genväg (symbolisk länk)');
    expect(await list(share)).toEqual([]);
    expect((await readFile(target)).equals(referral)).toBe(true);
    expect(await list(path.join(home, 'att-faxa'))).toEqual([]);
    const log = await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8');
    for (const value of ['Andersson', '19121212', 'journal']) expect([log, text, link].join('\n')).not.toContain(value);
  }, 120_000);

  it('faxes a referral the share will not let go of once, and not again after a restart', async (test) => {
    const { home, share } = await homeWithSharedReferrals(true);
    const source = path.join(share, INPUT_NAME);
    await writeFile(source, referral);
    const lock = await makeUndeletable(source);
    if ('skip' in lock) return test.skip(lock.skip);
    const started: ServiceProcess[] = [];
    const start = async () => started[started.push(await startServiceProcess(home)) - 1]!;
    try {
      const first = await start();
      await waitFor(async () => (await list(path.join(home, 'att-faxa'))).length === 1, 120_000, 'the fax');
      await waitFor(() => first.output().includes('"claim.source-kept"'), 10_000, 'the kept source logged');
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const restarted = await start();
      await waitFor(() => restarted.output().includes('"claim.skipped"'), 30_000, 'the source skipped after the restart');
      await new Promise((resolve) => setTimeout(resolve, 4000));
      restarted.child.kill('SIGTERM');
      expect(await restarted.exited).toBe(0);
      expect(restarted.output()).not.toContain('"referral.received"');
    } finally {
      for (const service of started) if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
      await lock.undo();
    }
    expect(await list(path.join(home, 'att-faxa'))).toHaveLength(1);
    expect(await list(path.join(home, 'manuell-granskning'))).toEqual([]);
    expect((await readFile(source)).equals(referral)).toBe(true);
    const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
    try {
      expect(store.listJobs({}).map((job) => job.outcome)).toEqual(['faxed']);
      expect(store.listSourceClaims()).toHaveLength(1);
    } finally {
      store.close();
    }
    const log = await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8');
    expect(log).not.toContain('Andersson');
    expect(log).not.toContain('19121212');
  }, 300_000);
});
