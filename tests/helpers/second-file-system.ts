import { execFile } from 'node:child_process';
import { mkdtemp, rm, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SecondFileSystem {
  /** A folder on another device than the test temp dirs (os.tmpdir()). */
  root: string;
  /** What it is, for the test log: "tmpfs mount" or "/dev/shm". */
  kind: string;
  release(): Promise<void>;
}

// A real second file system for cross-device tests: a fresh tmpfs mount if we may mount, else /dev/shm; the reason when neither is another device.
export async function openSecondFileSystem(): Promise<SecondFileSystem | { skip: string }> {
  const home = (await stat(tmpdir())).dev;
  const mountPoint = await mkdtemp(path.join(tmpdir(), 'reservfax-tmpfs-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=1g,mode=0700', 'tmpfs', mountPoint]);
    if ((await stat(mountPoint)).dev !== home) {
      return { root: mountPoint, kind: 'tmpfs mount', release: () => unmount(mountPoint) };
    }
    await unmount(mountPoint);
  } catch {
    await rmdir(mountPoint);
  }
  try {
    const shm = await mkdtemp('/dev/shm/reservfax-test-');
    if ((await stat(shm)).dev !== home) return { root: shm, kind: '/dev/shm', release: () => rm(shm, { recursive: true, force: true }) };
    await rm(shm, { recursive: true, force: true });
  } catch {
    // fall through to the skip reason below
  }
  return { skip: `no second file system: cannot mount tmpfs (not root?) and /dev/shm is missing or on the same device as ${tmpdir()}` };
}

// Make a file that even root cannot remove, as a file held open by a Windows client on a share cannot be: the immutable
// attribute, or else a read-only bind mount of its folder.
export async function makeUndeletable(file: string): Promise<{ how: string; undo(): Promise<void> } | { skip: string }> {
  try {
    await run('chattr', ['+i', file]);
    return { how: 'chattr +i', undo: async () => void (await run('chattr', ['-i', file])) };
  } catch (chattrError) {
    const folder = path.dirname(file);
    try {
      await run('mount', ['--bind', folder, folder]);
      await run('mount', ['-o', 'remount,ro,bind', folder]);
      return { how: 'read-only bind mount', undo: async () => void (await run('umount', [folder])) };
    } catch (mountError) {
      return { skip: `neither chattr +i (${firstLine(chattrError)}) nor a read-only bind mount (${firstLine(mountError)}) works here: both need root` };
    }
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

async function unmount(mountPoint: string): Promise<void> {
  await run('umount', ['-l', mountPoint]);
  await rmdir(mountPoint);
}
