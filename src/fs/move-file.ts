import { chmod, copyFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fsync } from './atomic-write.js';

// Move a file, across file systems too (copy, fsync, then remove the source only after the copy is durable).
export async function moveFile(source: string, target: string, mode?: number): Promise<void> {
  try {
    await rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(source, target);
    await fsync(target);
    await rm(source);
  }
  if (mode !== undefined) await chmod(target, mode);
  await fsync(path.dirname(target));
}
