import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArrivalTracker } from './arrival-tracker.js';
import { isIgnoredName } from './ignored-names.js';

// Events get lost (SMB/NFS shares, overflowing inotify queues), so each folder is listed again and fed to the same check.
export async function rescanFolders(
  folders: readonly string[],
  tracker: ArrivalTracker,
  fail: (error: unknown, event: string) => void,
): Promise<void> {
  for (const folder of folders) {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      fail(error, 'rescan');
      continue;
    }
    const present = new Set<string>();
    for (const entry of entries) {
      if (isIgnoredName(entry.name) || entry.isDirectory()) continue;
      const file = path.join(folder, entry.name);
      present.add(file);
      tracker.touch(file);
    }
    tracker.recheckMissing(folder, present);
  }
}

// Runs one rescan at a time; a caller arriving mid-scan gets a fresh scan after it, so nothing it just created is missed.
export function serializeRescans(rescan: () => Promise<void>): { now: () => Promise<void>; ifIdle: () => void } {
  let running: Promise<void> | undefined;
  const now = async (): Promise<void> => {
    while (running) await running;
    running = rescan().finally(() => (running = undefined));
    return running;
  };
  const ifIdle = (): void => {
    if (!running) void now();
  };
  return { now, ifIdle };
}
