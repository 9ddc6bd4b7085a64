import { open, rename, rm, copyFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

// Write to a temp name in the target folder, fsync, then rename: readers never see half a file.
export async function writeFileAtomic(target: string, data: Uint8Array | string, mode = 0o644): Promise<void> {
  const temp = tempNameBeside(target);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await syncDirectory(path.dirname(target));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// Copy a file durably under a new name with the given permissions (used for retained originals).
export async function copyFileAtomic(source: string, target: string, mode: number): Promise<void> {
  const temp = tempNameBeside(target);
  try {
    await copyFile(source, temp);
    await chmod(temp, mode);
    const handle = await open(temp, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await syncDirectory(path.dirname(target));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

function tempNameBeside(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
