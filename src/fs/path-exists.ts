import { lstat } from 'node:fs/promises';

// True when something (a file, folder or link) is at the path; only "not there" counts as false, other errors are thrown.
export async function pathExists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
