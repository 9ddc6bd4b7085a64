import { open, rename, rm, copyFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

// Write to a temp name in the target folder, fsync, then rename: readers never see half a file.
export async function writeFileAtomic(target: string, data: Uint8Array | string, mode = 0o644): Promise<void> {
  await viaTempFile(target, async (temp) => {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  });
}

// Copy a file durably under a new name with the given permissions (used for retained originals).
export async function copyFileAtomic(source: string, target: string, mode: number): Promise<void> {
  await viaTempFile(target, async (temp) => {
    await copyFile(source, temp);
    await chmod(temp, mode);
  });
}

async function viaTempFile(target: string, fill: (temp: string) => Promise<void>): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await fill(temp);
    await fsync(temp);
    await rename(temp, target);
    await fsync(path.dirname(target));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// Flush a file or folder to disk, so a rename or a write survives a power cut.
export async function fsync(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
