import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ReservfaxError } from '../errors.js';

export interface ServiceLock {
  release(): Promise<void>;
}

// One service per home: a lock file holding the owner's PID; a lock left by a dead process (kill -9, power cut) is taken over.
export async function acquireServiceLock(stateDir: string): Promise<ServiceLock> {
  const file = path.join(stateDir, 'service.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.sync();
      await handle.close();
      return { release: () => rm(file, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await lockOwner(stateDir);
      if (owner !== undefined) {
        throw new ReservfaxError('SERVICE_RUNNING', `En reservfax-tjänst körs redan för den här mappen (process ${owner}). Starta inte en till; stoppa den först om den ska startas om.`);
      }
      await rm(file, { force: true });
    }
  }
  throw new ReservfaxError('SERVICE_RUNNING', 'Låsfilen för tjänsten kunde inte tas. Kontrollera mappen state/ och kontakta IT.');
}

// The PID of the live service holding the home's lock, or undefined when no service runs there.
export async function lockOwner(stateDir: string): Promise<number | undefined> {
  let pid: number;
  try {
    pid = Number.parseInt(await readFile(path.join(stateDir, 'service.lock'), 'utf8'), 10);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}
