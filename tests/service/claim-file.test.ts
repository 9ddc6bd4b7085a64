import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { statSync, watch } from 'node:fs';
import { lstat, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { prepareHome, type HomePaths } from '../../src/fs/home.js';
import { createLogger } from '../../src/log/logger.js';
import { claimFile } from '../../src/service/claim-file.js';
import type { ClaimContext } from '../../src/service/context.js';
import { recoverJobs } from '../../src/service/recover-jobs.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { makeUndeletable, openSecondFileSystem } from '../helpers/second-file-system.js';

const second = await openSecondFileSystem();
const skipReason = 'skip' in second ? second.skip : undefined;
if (skipReason) console.warn(`tests/service/claim-file: cross-device tests skipped: ${skipReason}`);
afterAll(async () => {
  if (!('skip' in second)) await second.release();
});

const INPUT_NAME = 'Andersson Karl 19121212-1212.pdf';
const CHILD = path.resolve(import.meta.dirname, '../helpers/claim-child.ts');
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const gone = (file: string) => expect(lstat(file)).rejects.toMatchObject({ code: 'ENOENT' });

// A home on the test temp disk and a "share" folder on the other file system, checked to be different devices.
async function setUp(): Promise<{ home: HomePaths; share: string; ctx: ClaimContext; reopen(): ClaimContext; log(): Promise<string> }> {
  if ('skip' in second) throw new Error(second.skip);
  const home = await prepareHome(await makeTempDir(), configSchema.parse({}));
  const share = await mkdtemp(path.join(second.root, 'share-'));
  expect((await stat(share)).dev).not.toBe((await stat(home.processing)).dev);
  const logger = createLogger({ stateDir: home.state, stdout: false });
  let store = openCaseStore(home.storeFile);
  const ctx = { home, logger, get store() { return store; } };
  const reopen = () => {
    store.close();
    store = openCaseStore(home.storeFile);
    return ctx;
  };
  return { home, share, ctx, reopen, log: () => readFile(path.join(home.state, 'reservfax.log'), 'utf8') };
}

describe.skipIf(skipReason !== undefined)(`claiming a file from another file system (${'skip' in second ? 'skipped' : second.kind})`, () => {
  it('copies the file in whole under a neutral job name and removes the source', async () => {
    const { home, share, ctx } = await setUp();
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const source = path.join(share, INPUT_NAME);
    await writeFile(source, bytes);
    const job = await claimFile(source, 'referral', ctx, new Date());
    expect(path.basename(job!.claimPath)).toMatch(/^referral-J[0-9A-Z]{10}\.pdf$/);
    expect(sha256(await readFile(job!.claimPath))).toBe(sha256(bytes));
    expect(job!.contentHash).toBe(sha256(bytes));
    await gone(source);
    expect(await readdir(home.processing)).toEqual([path.basename(job!.claimPath)]);
    expect(ctx.store.listSourceClaims()).toEqual([]);
  });

  it('moves a symlink as a link and never copies what it points to', async () => {
    const { home, share, ctx } = await setUp();
    const target = path.join(await makeTempDir(), 'journal.pdf');
    await writeFile(target, 'JOURNALTEXT-SOM-INTE-FAR-KOPIERAS');
    const link = path.join(share, INPUT_NAME);
    await symlink(target, link);
    const job = await claimFile(link, 'referral', ctx, new Date());
    expect((await lstat(job!.claimPath)).isSymbolicLink()).toBe(true);
    expect(await readlink(job!.claimPath)).toBe(target);
    expect(job!.contentHash).toMatch(/^not-a-file:/);
    await gone(link);
    expect(await readFile(target, 'utf8')).toBe('JOURNALTEXT-SOM-INTE-FAR-KOPIERAS');
    for (const name of await readdir(home.root, { recursive: true })) {
      const file = path.join(home.root, name);
      if ((await lstat(file)).isFile()) expect(await readFile(file, 'utf8')).not.toContain('JOURNALTEXT');
    }
  });

  it('records a source that cannot be removed, skips it after a restart, and removes it once it can', async (test) => {
    const { share, ctx, reopen, log } = await setUp();
    const bytes = randomBytes(200_000);
    const source = path.join(share, INPUT_NAME);
    await writeFile(source, bytes);
    const lock = await makeUndeletable(source);
    if ('skip' in lock) return test.skip(lock.skip);
    let job;
    try {
      job = await claimFile(source, 'referral', ctx, new Date());
      expect(sha256(await readFile(job!.claimPath))).toBe(sha256(bytes));
      expect((await readFile(source)).equals(bytes)).toBe(true);
      const { mtimeMs } = await stat(source);
      expect(ctx.store.listSourceClaims()).toMatchObject([{ jobId: job!.jobId, sourcePath: source, size: bytes.length, mtimeMs, contentHash: sha256(bytes) }]);
      expect(await claimFile(source, 'referral', reopen(), new Date())).toBeUndefined();
      expect(await claimFile(source, 'referral', reopen(), new Date())).toBeUndefined();
      expect(ctx.store.listJobs({})).toHaveLength(1);
    } finally {
      await lock.undo();
    }
    expect(await claimFile(source, 'referral', reopen(), new Date())).toBeUndefined();
    await gone(source);
    expect(ctx.store.listSourceClaims()).toEqual([]);
    expect(ctx.store.listJobs({}).map((j) => j.jobId)).toEqual([job!.jobId]);
    const text = await log();
    expect(text).toContain(`"event":"claim.source-kept"`);
    expect(text.match(/"claim\.skipped"/g)).toHaveLength(3);
    expect(text).not.toContain('Andersson');
    expect(text).not.toContain('19121212');
  });

  it('claims a kept source again when its content changed, even at the same size and mtime', async (test) => {
    const { share, ctx } = await setUp();
    const source = path.join(share, 'remiss.pdf');
    await writeFile(source, 'första versionen');
    const first = await makeUndeletable(source);
    if ('skip' in first) return test.skip(first.skip);
    await claimFile(source, 'referral', ctx, new Date()).finally(() => first.undo());
    const { mtime } = await stat(source);
    await writeFile(source, 'andra versionen!');
    await utimes(source, mtime, mtime);
    const second = await makeUndeletable(source);
    if ('skip' in second) return test.skip(second.skip);
    const again = await claimFile(source, 'referral', ctx, new Date()).finally(() => second.undo());
    expect(await readFile(again!.claimPath, 'utf8')).toBe('andra versionen!');
    expect(ctx.store.listJobs({})).toHaveLength(2);
  });

  it('removes a copy half-made when the claimer was killed, never registers it as a job, and claims the source afterwards', async () => {
    const { home, share, ctx } = await setUp();
    const source = path.join(share, INPUT_NAME);
    const size = 64 * 1024 * 1024;
    await writeFile(source, Buffer.alloc(size, 0x25));
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, home.root, source], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const watcher = watch(home.processing, (event, name) => {
      if (event === 'change' && name?.startsWith('.claim-') && statSync(path.join(home.processing, name), { throwIfNoEntry: false })?.size) child.kill('SIGKILL');
    });
    await exited;
    watcher.close();
    expect(child.signalCode).toBe('SIGKILL');
    const [temp, ...others] = await readdir(home.processing);
    expect(others).toEqual([]);
    expect(temp).toMatch(/^\.claim-[0-9a-f]{12}\.part$/);
    const partial = (await stat(path.join(home.processing, temp!))).size;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(size);

    const recovered = await recoverJobs(home, ctx.store, new Date());
    expect(recovered).toEqual({ resume: [], lost: [], tempsRemoved: 1 });
    expect(await readdir(home.processing)).toEqual([]);
    expect(ctx.store.listJobs({})).toEqual([]);
    expect((await stat(source)).size).toBe(size);

    const job = await claimFile(source, 'referral', ctx, new Date());
    expect((await stat(job!.claimPath)).size).toBe(size);
    await gone(source);
    await rm(job!.claimPath);
  }, 60_000);
});
