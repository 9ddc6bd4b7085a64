import { constants, type Stats } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import type { EntryKind, Observation } from './stability.js';

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

// Node's fs errors carry an errno name in `code`; anything else has none.
export function errnoCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

// Opening (not just lstat) forces NFS and SMB clients to revalidate cached attributes, so a copy still running on another host is not mistaken for a quiet file.
export async function observeEntry(file: string): Promise<Observation> {
  const link = await lstat(file);
  if (!link.isFile()) return describeStats(link, kindOf(link), true);
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EACCES' || code === 'EPERM') return describeStats(link, 'file', false);
    throw error;
  }
  try {
    const opened = await handle.stat();
    return describeStats(opened, kindOf(opened), true);
  } finally {
    await handle.close();
  }
}

function kindOf(stats: Stats): EntryKind {
  if (stats.isDirectory()) return 'directory';
  if (stats.isSymbolicLink()) return 'symlink';
  return stats.isFile() ? 'file' : 'other';
}

function describeStats(stats: Stats, kind: EntryKind, readable: boolean): Observation {
  return { kind, size: stats.size, mtimeMs: stats.mtimeMs, readable };
}
