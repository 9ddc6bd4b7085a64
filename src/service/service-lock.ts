import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Database } from '../store/sqlite-driver.js';
import { ReservfaxError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { message } from '../messages.js';

export interface ServiceLock {
  release(): Promise<void>;
}

// Only ever opened through SQLite: closing any other descriptor on it would drop this process's POSIX locks.
const LOCK_FILE = 'service.lock.db';
// For display only (`reservfax status`); the lock itself never trusts it.
const PID_FILE = 'service.pid';
// The PID file of earlier versions; a leftover must not block a start.
const LEGACY_LOCK_FILE = 'service.lock';
// A status probe holds a shared lock for a moment; a start waits this long rather than fail on it.
const START_BUSY_WAIT_MS = 1000;
const PID_WAIT_MS = 2000;

// One service per home: SQLite holds a POSIX lock on the lock file for the connection's life, and the kernel drops it
// when the process ends however it ends (kill -9, power cut), so neither a dead process nor a reused PID blocks a start.
export async function acquireServiceLock(stateDir: string): Promise<ServiceLock> {
  const db = new Database(path.join(stateDir, LOCK_FILE), { timeout: START_BUSY_WAIT_MS });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    if (!isBusy(error)) throw error;
    throw runningError(await readPid(stateDir));
  }
  try {
    await writeFileAtomic(path.join(stateDir, PID_FILE), `${process.pid}\n`, 0o600);
    await rm(path.join(stateDir, LEGACY_LOCK_FILE), { force: true });
  } catch (error) {
    db.close();
    throw error;
  }
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      try {
        await rm(path.join(stateDir, PID_FILE), { force: true });
      } finally {
        db.close();
      }
    },
  };
}

// The PID of the live service holding the home's lock, or undefined when no service runs there; the kernel's lock decides, the PID file only names it.
export async function lockOwner(stateDir: string): Promise<number | undefined> {
  const deadline = Date.now() + PID_WAIT_MS;
  while (await isLockHeld(stateDir)) {
    const pid = await readPid(stateDir);
    if (pid !== undefined) return pid;
    if (Date.now() > deadline) {
      throw new ReservfaxError(
        'SERVICE_RUNNING',
        message('service.pid-file-missing', { pidFile: PID_FILE }),
      );
    }
    await sleep(50);
  }
  return undefined;
}

function runningError(pid: number | undefined): ReservfaxError {
  const owner = pid === undefined ? '' : message('service.already-running-owner', { pid });
  return new ReservfaxError('SERVICE_RUNNING', message('service.already-running', { owner }));
}

// A read needs a shared lock, which fails at once while a service holds its exclusive one.
async function isLockHeld(stateDir: string): Promise<boolean> {
  const file = path.join(stateDir, LOCK_FILE);
  try {
    await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 0 });
  try {
    db.pragma('user_version');
    return false;
  } catch (error) {
    if (isBusy(error)) return true;
    throw error;
  } finally {
    db.close();
  }
}

// The PID file may still name the previous holder for a moment after a start, so a dead PID counts as unknown.
async function readPid(stateDir: string): Promise<number | undefined> {
  let pid: number;
  try {
    pid = Number.parseInt(await readFile(path.join(stateDir, PID_FILE), 'utf8'), 10);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_BUSY');
}
