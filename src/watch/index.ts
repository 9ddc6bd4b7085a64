import type { Stats } from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { ArrivalTracker } from './arrival-tracker.js';
import { resolveFolders, validateTimings } from './folders.js';
import { isIgnoredName } from './ignored-names.js';
import { rescanFolders, serializeRescans } from './rescan.js';

export interface WatchOptions {
  folders: string[];
  stableMs: number;
  polling: boolean;
  pollIntervalMs: number;
  rescanMs: number;
  looksComplete?: (file: string) => Promise<boolean>;
  onReady: (file: string, folder: string) => void | Promise<void>;
  onError?: (error: unknown, context: { event: string }) => void;
}

export interface FolderWatcher {
  close(): Promise<void>;
  rescanNow(): Promise<void>;
  pending(): number;
}

/**
 * Watch folders for files whose copy has finished; report each arrival once.
 *
 * Only entries directly inside each folder count; subfolders and ignored names (`~$*`, `*.tmp`,
 * `*.part`, `*.crdownload`, dotfiles, `Thumbs.db`, `desktop.ini`) are never reported. A regular
 * file or a symlink (judged by lstat; the claimer rejects symlinks) is reported with
 * `onReady(file, folder)` once its size and mtime have not changed for `stableMs` and
 * `looksComplete` agrees. It is reported again only if it changes or leaves and comes back.
 *
 * Files that cannot be judged are handed on after 10 × `stableMs` without change, so they reach
 * manual review instead of being stranded: empty files, files we may not open (EACCES/EPERM),
 * and files `looksComplete` keeps rejecting. A file held open exclusively (EBUSY) stays pending.
 * Errors never throw: unexpected ones go to `onError` (or a process warning).
 */
export async function watchFolders(options: WatchOptions): Promise<FolderWatcher> {
  validateTimings({ stableMs: options.stableMs, pollIntervalMs: options.pollIntervalMs, rescanMs: options.rescanMs });
  const roots = await resolveFolders(options.folders);
  const fail = reportErrorsTo(options.onError);
  const tracker = new ArrivalTracker({
    stableMs: options.stableMs,
    looksComplete: options.looksComplete,
    fail,
    report: async (real) => {
      const folder = roots.get(path.dirname(real)) ?? path.dirname(real);
      try {
        await options.onReady(path.join(folder, path.basename(real)), folder);
      } catch (error) {
        fail(error, 'on-ready');
      }
    },
  });
  const watcher = startChokidar(roots, options, tracker, fail);
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  const rescans = serializeRescans(() => rescanFolders([...roots.keys()], tracker, fail));
  await rescans.now();
  const interval = setInterval(rescans.ifIdle, options.rescanMs);
  return {
    close: async () => {
      clearInterval(interval);
      tracker.close();
      await watcher.close();
    },
    rescanNow: rescans.now,
    pending: () => tracker.pending(),
  };
}

// chokidar only says "look here"; whether and when a file is complete is decided by the tracker alone.
function startChokidar(roots: Map<string, string>, options: WatchOptions, tracker: ArrivalTracker, fail: (error: unknown, event: string) => void): FSWatcher {
  const isRoot = (p: string): boolean => roots.has(path.resolve(p));
  const watcher = watch([...roots.keys()], {
    depth: 0,
    ignoreInitial: false,
    usePolling: options.polling,
    interval: options.pollIntervalMs,
    binaryInterval: options.pollIntervalMs,
    awaitWriteFinish: false,
    atomic: false,
    followSymlinks: false,
    ignorePermissionErrors: true,
    ignored: (p: string, stats?: Stats) => !isRoot(p) && (isIgnoredName(path.basename(p)) || stats?.isDirectory() === true),
  });
  watcher.on('all', (event, file) => {
    if (event !== 'add' && event !== 'change' && event !== 'unlink') return;
    const real = path.resolve(file);
    if (isRoot(path.dirname(real)) && !isIgnoredName(path.basename(real))) tracker.touch(real);
  });
  watcher.on('error', (error) => fail(error, 'watch'));
  return watcher;
}

// A failing error handler must not take the watcher down either; the last resort is a process warning without file names.
function reportErrorsTo(onError: WatchOptions['onError']): (error: unknown, event: string) => void {
  const warn = (error: unknown, event: string): void => {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'no errno';
    process.emitWarning(`reservfax watch: ${event} failed (${code})`, { code: 'RESERVFAX_WATCH' });
  };
  return (error, event) => {
    if (!onError) return warn(error, event);
    try {
      onError(error, { event });
    } catch (handlerError) {
      warn(handlerError, `onError for ${event}`);
    }
  };
}
