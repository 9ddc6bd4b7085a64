import { lstatSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { watchFolders, type FolderWatcher, type WatchOptions } from '../../src/watch/index.js';

export interface Arrival {
  file: string;
  folder: string;
  size: number;
  at: number;
}

export interface WatchRun {
  watcher: FolderWatcher;
  arrivals: Arrival[];
  errors: { error: unknown; event: string }[];
}

// Starts a watcher that records every arrival (with its size at report time) and every error.
export async function startRecording(options: Omit<WatchOptions, 'onReady' | 'onError'> & Partial<WatchOptions>): Promise<WatchRun> {
  const arrivals: Arrival[] = [];
  const errors: WatchRun['errors'] = [];
  const watcher = await watchFolders({
    onReady: (file, folder) => {
      arrivals.push({ file, folder, size: lstatSync(file).size, at: performance.now() });
    },
    onError: (error, context) => errors.push({ error, event: context.event }),
    ...options,
  });
  return { watcher, arrivals, errors };
}

// Polls a condition instead of sleeping a guessed time; fails with a clear message when it never holds. The limit is
// generous (a loaded 2-core CI machine polls slowly); a passing run never waits for it.
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// Only for "nothing more happens" checks, where there is no event to wait for.
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// An fs-style error, as a content check reading a locked or unreadable file would throw.
export function errnoError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}
