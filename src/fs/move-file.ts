import { randomBytes } from 'node:crypto';
import { chmod, lstat, rename, rm, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fsync } from './atomic-write.js';
import { copyEntry } from './copy-entry.js';

// Move a file, across file systems too: a link is moved as a link, a copy appears under its final name only when whole, the source goes last.
export async function moveFile(source: string, target: string, mode?: number): Promise<void> {
  try {
    await rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyIntoPlace(source, target, mode);
    await unlink(source);
  }
  if (mode !== undefined && (await lstat(target)).isFile()) await chmod(target, mode);
  await fsync(path.dirname(target));
}

async function copyIntoPlace(source: string, target: string, mode: number | undefined): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  await copyEntry(source, temp, mode);
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
