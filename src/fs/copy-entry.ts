import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { lstat, open, readlink, rm, symlink, type FileHandle } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { ClaimFailedError } from '../errors.js';

/** What was copied: the source's size and mtime as opened, and the sha256 of what was read (for a link: of its target text). */
export interface EntryIdentity {
  size: number;
  mtimeMs: number;
  hash: string;
}

const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const CHUNK = 1 << 20;

// Copy `source` to the new name `temp` as a rename would move it: never through a link (a link is copied as a link), permissions kept unless `mode` is given, fsynced.
export async function copyEntry(source: string, temp: string, mode?: number): Promise<EntryIdentity> {
  const stats = await lstat(source);
  if (!stats.isFile() && !stats.isSymbolicLink()) throw new ClaimFailedError('not-a-file');
  try {
    if (stats.isSymbolicLink()) return await copyLink(source, temp, stats);
    return await copyRegularFile(source, temp, mode ?? stats.mode & 0o777);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// The identity a copy of `source` would have, read the same way, so a source seen again can be recognised as already claimed.
export async function identifyEntry(source: string, stats: Stats): Promise<EntryIdentity> {
  if (stats.isSymbolicLink()) return { size: stats.size, mtimeMs: stats.mtimeMs, hash: linkHash(await readlink(source)) };
  const input = await openRegular(source);
  try {
    const opened = await input.stat();
    const hash = createHash('sha256');
    await pump(input, (chunk) => hash.update(chunk));
    return { size: opened.size, mtimeMs: opened.mtimeMs, hash: hash.digest('hex') };
  } finally {
    await input.close();
  }
}

async function copyRegularFile(source: string, temp: string, mode: number): Promise<EntryIdentity> {
  const input = await openRegular(source);
  try {
    const before = await input.stat();
    if (!before.isFile()) throw new ClaimFailedError('not-a-file');
    const hash = createHash('sha256');
    const output = await open(temp, 'wx', 0o600);
    let copied = 0;
    try {
      await output.chmod(mode);
      await pump(input, async (chunk) => {
        hash.update(chunk);
        copied += chunk.length;
        for (let at = 0; at < chunk.length; ) at += (await output.write(chunk, at, chunk.length - at)).bytesWritten;
      });
      await output.sync();
    } finally {
      await output.close();
    }
    const after = await input.stat();
    if (copied !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) throw new ClaimFailedError('changed-while-copying');
    return { size: before.size, mtimeMs: before.mtimeMs, hash: hash.digest('hex') };
  } finally {
    await input.close();
  }
}

async function copyLink(source: string, temp: string, stats: Stats): Promise<EntryIdentity> {
  const target = await readlink(source);
  await symlink(target, temp);
  return { size: stats.size, mtimeMs: stats.mtimeMs, hash: linkHash(target) };
}

// O_NOFOLLOW: a link swapped in after the lstat is refused (ELOOP) instead of read through.
async function openRegular(source: string): Promise<FileHandle> {
  try {
    return await open(source, READ_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new ClaimFailedError('not-a-file', error);
    throw error;
  }
}

async function pump(input: FileHandle, use: (chunk: Buffer) => unknown): Promise<void> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    const { bytesRead } = await input.read(buffer, 0, CHUNK, null);
    if (bytesRead === 0) return;
    await use(buffer.subarray(0, bytesRead));
  }
}

function linkHash(target: string): string {
  return createHash('sha256').update('symlink\0').update(target).digest('hex');
}
