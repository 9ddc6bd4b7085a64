import { mkdir, open, rename, rm, symlink, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchFolders, type FolderWatcher, type WatchOptions } from '../../src/watch/index.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { errnoError, sleep, startRecording, waitFor, type WatchRun } from './watch-harness.js';

const STABLE_MS = 300;
const QUICK_MS = 100;

describe.each([{ polling: false }, { polling: true }])('watchFolders (polling: $polling)', ({ polling }) => {
  let home: string;
  let dir: string;
  const watchers: FolderWatcher[] = [];

  beforeEach(async () => {
    home = await makeTempDir('reservfax-watch-');
    dir = path.join(home, 'inkommande');
    await mkdir(dir);
  });

  afterEach(async () => {
    await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
    await rm(home, { recursive: true, force: true });
  });

  // Polling compares the folder's mtime with a first stat chokidar takes without awaiting it after 'ready': a file
  // created before that stat lands (likely on a loaded machine) is never an event. The service covers this with its
  // periodic rescan, so the polling runs rescan every 2 s as the service would (sooner); native events do not need it.
  async function start(overrides: Partial<WatchOptions> = {}): Promise<WatchRun> {
    const rescanMs = polling ? 2_000 : 60_000;
    const run = await startRecording({ folders: [dir], stableMs: STABLE_MS, polling, pollIntervalMs: 100, rescanMs, ...overrides });
    watchers.push(run.watcher);
    return run;
  }

  it('reports a file written at once exactly once, after it has been stable', async () => {
    const { watcher, arrivals, errors } = await start();
    const file = path.join(dir, 'remiss.pdf');
    const writtenAt = performance.now();
    await writeFile(file, 'x'.repeat(1000));
    await waitFor(() => arrivals.length > 0, 'the arrival');
    expect(arrivals[0]).toMatchObject({ file, folder: dir, size: 1000 });
    expect(arrivals[0]!.at - writtenAt).toBeGreaterThanOrEqual(STABLE_MS);
    await watcher.rescanNow();
    await sleep(STABLE_MS * 2);
    expect(arrivals).toHaveLength(1);
    expect(watcher.pending()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('reports a file copied slowly in chunks once, only after the last chunk', async () => {
    const { arrivals, errors } = await start();
    const chunk = Buffer.alloc(4096, 0x25);
    const handle = await open(path.join(dir, 'smb-kopia.pdf'), 'w');
    let lastChunkAt = 0;
    for (let i = 0; i < 8; i++) {
      if (i > 0) await sleep(150);
      await handle.write(chunk);
      lastChunkAt = performance.now();
    }
    expect(arrivals).toEqual([]);
    await handle.close();
    await waitFor(() => arrivals.length > 0, 'the arrival');
    expect(arrivals[0]!.size).toBe(8 * 4096);
    expect(arrivals[0]!.at - lastChunkAt).toBeGreaterThanOrEqual(STABLE_MS / 2);
    await sleep(STABLE_MS * 2);
    expect(arrivals).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('reports files that were already there when the watcher started, by the same stability rule', async () => {
    await writeFile(path.join(dir, 'gammal.pdf'), 'old referral');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(path.join(dir, 'gammal.pdf'), hourAgo, hourAgo);
    await writeFile(path.join(dir, 'ny.pdf'), 'new referral');
    const startedAt = performance.now();
    const { arrivals, errors } = await start();
    await waitFor(() => arrivals.length === 2, 'both arrivals');
    expect(arrivals.map((a) => path.basename(a.file)).sort()).toEqual(['gammal.pdf', 'ny.pdf']);
    for (const arrival of arrivals) expect(arrival.at - startedAt).toBeGreaterThanOrEqual(STABLE_MS);
    await sleep(STABLE_MS * 2);
    expect(arrivals).toHaveLength(2);
    expect(errors).toEqual([]);
  });

  it('never reports ignored names, folders or files inside subfolders', async () => {
    await writeFile(path.join(dir, '~$remiss.pdf'), 'office lock');
    await mkdir(path.join(dir, 'undermapp'));
    await writeFile(path.join(dir, 'undermapp', 'inne.pdf'), 'nested');
    const { watcher, arrivals, errors } = await start();
    for (const name of ['a.tmp', 'b.part', 'c.crdownload', '.dold', 'Thumbs.db', 'D.TMP']) await writeFile(path.join(dir, name), 'junk');
    await mkdir(path.join(dir, 'mapp.pdf'));
    await writeFile(path.join(dir, 'mapp.pdf', 'inne.pdf'), 'nested');
    await writeFile(path.join(dir, 'riktig.pdf'), 'a real referral');
    await waitFor(() => arrivals.length > 0, 'the real arrival');
    await watcher.rescanNow();
    await sleep(STABLE_MS * 2);
    expect(arrivals.map((a) => path.basename(a.file))).toEqual(['riktig.pdf']);
    expect(watcher.pending()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('does not report a file that disappears before it is stable, and raises no error', async () => {
    const { watcher, arrivals, errors } = await start();
    const file = path.join(dir, 'kort.pdf');
    await writeFile(file, 'brief');
    await sleep(STABLE_MS / 3);
    await unlink(file);
    await watcher.rescanNow();
    await waitFor(() => watcher.pending() === 0, 'the vanished file to be forgotten');
    await sleep(STABLE_MS * 2);
    expect(arrivals).toEqual([]);
    expect(errors).toEqual([]);
  });

  it.skipIf(!polling)('finds a file whose events were missed when rescanNow runs', async () => {
    const { watcher, arrivals } = await start({ pollIntervalMs: 60_000 });
    await writeFile(path.join(dir, 'missad.pdf'), 'no event for this one');
    await sleep(STABLE_MS * 3);
    expect(arrivals).toEqual([]);
    await watcher.rescanNow();
    await waitFor(() => arrivals.length === 1, 'the rescan to find the file');
  });

  it.skipIf(!polling)('finds a file whose events were missed on the periodic rescan', async () => {
    const { arrivals } = await start({ pollIntervalMs: 60_000, rescanMs: 400 });
    await writeFile(path.join(dir, 'missad.pdf'), 'no event for this one');
    await waitFor(() => arrivals.length === 1, 'the periodic rescan to find the file');
  });

  it('does not report a file again while it stays in place, but does when it is replaced or comes back', async () => {
    const { watcher, arrivals, errors } = await start();
    const file = path.join(dir, 'svar.pdf');
    await writeFile(file, 'first reply');
    await waitFor(() => arrivals.length === 1, 'the first arrival');
    await watcher.rescanNow();
    await sleep(STABLE_MS * 2);
    expect(arrivals).toHaveLength(1);
    await writeFile(file, 'second, longer reply');
    await waitFor(() => arrivals.length === 2, 'the replaced file');
    expect(arrivals[1]!.size).toBe('second, longer reply'.length);
    const away = path.join(home, 'svar.pdf');
    await rename(file, away);
    await watcher.rescanNow();
    await sleep(STABLE_MS * 2);
    await rename(away, file);
    await waitFor(() => arrivals.length === 3, 'the file that came back');
    await sleep(STABLE_MS * 2);
    expect(arrivals).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('waits while looksComplete says no and reports once it says yes', async () => {
    let complete = false;
    let calls = 0;
    const looksComplete = async (): Promise<boolean> => {
      calls++;
      return complete;
    };
    const { watcher, arrivals } = await start({ looksComplete });
    await writeFile(path.join(dir, 'utan-eof.pdf'), '%PDF-1.7 truncated');
    await waitFor(() => calls >= 2, 'repeated content checks');
    expect(arrivals).toEqual([]);
    expect(watcher.pending()).toBe(1);
    const saidYesAt = performance.now();
    complete = true;
    await waitFor(() => arrivals.length === 1, 'the arrival');
    expect(arrivals[0]!.at).toBeGreaterThan(saidYesAt);
  });

  it('reports an empty file only after it stayed empty for ten stable periods', async () => {
    const { arrivals } = await start({ stableMs: QUICK_MS });
    const createdAt = performance.now();
    await writeFile(path.join(dir, 'tom.pdf'), '');
    await sleep(QUICK_MS * 6);
    expect(arrivals).toEqual([]);
    await waitFor(() => arrivals.length === 1, 'the empty file');
    expect(arrivals[0]!.size).toBe(0);
    expect(arrivals[0]!.at - createdAt).toBeGreaterThanOrEqual(QUICK_MS * 10);
  });

  it('reports a file it cannot read, or cannot check, after ten stable periods, with unexpected errors to onError', async () => {
    const looksComplete = async (file: string): Promise<boolean> => {
      throw errnoError(file.endsWith('last.pdf') ? 'EACCES' : 'EIO');
    };
    const { arrivals, errors } = await start({ stableMs: QUICK_MS, looksComplete });
    const createdAt = performance.now();
    await writeFile(path.join(dir, 'last.pdf'), 'locked');
    await writeFile(path.join(dir, 'trasig.pdf'), 'broken disk');
    await waitFor(() => arrivals.length === 2, 'both files');
    for (const arrival of arrivals) expect(arrival.at - createdAt).toBeGreaterThanOrEqual(QUICK_MS * 10);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.event === 'looks-complete' && (e.error as { code?: string }).code === 'EIO')).toBe(true);
  });

  it('reports a symlink like a file and keeps going when onReady fails', async () => {
    const onReady = async (): Promise<void> => {
      throw new Error('claimer is down');
    };
    const { watcher, errors } = await start({ onReady });
    await writeFile(path.join(home, 'mal.pdf'), 'target outside the folder');
    await symlink(path.join(home, 'mal.pdf'), path.join(dir, 'lank.pdf'));
    await waitFor(() => errors.length === 1, 'the failed onReady');
    expect(errors[0]!.event).toBe('on-ready');
    await watcher.rescanNow();
    await sleep(STABLE_MS * 2);
    expect(errors).toHaveLength(1);
  });

  it('watches a folder configured through a symlink and reports the configured path', async () => {
    const linked = path.join(home, 'genvag');
    await symlink(dir, linked);
    const { arrivals } = await start({ folders: [linked] });
    await writeFile(path.join(dir, 'via-lank.pdf'), 'content');
    await waitFor(() => arrivals.length === 1, 'the arrival');
    expect(arrivals[0]).toMatchObject({ file: path.join(linked, 'via-lank.pdf'), folder: linked });
  });

  it('leaves no timer running after close', async () => {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const { watcher } = await start({ stableMs: 10_000, rescanMs: 500 });
    await writeFile(path.join(dir, 'pagaende.pdf'), 'still being checked');
    await waitFor(() => watcher.pending() === 1, 'the file to be pending');
    await sleep(QUICK_MS);
    await watcher.close();
    const handles = [...timeouts.mock.results, ...intervals.mock.results].map((result) => result.value as { _destroyed?: boolean });
    timeouts.mockRestore();
    intervals.mockRestore();
    expect(handles.length).toBeGreaterThan(0);
    await waitFor(() => handles.every((handle) => handle._destroyed === true), 'every timer to be cleared or spent', 3_000);
  });

  it('refuses a folder that does not exist', async () => {
    await expect(start({ folders: [path.join(home, 'saknas')] })).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
  });
});
