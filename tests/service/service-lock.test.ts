import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReservfaxError } from '../../src/errors.js';
import { acquireServiceLock, lockOwner } from '../../src/service/service-lock.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { startServiceProcess, writeServiceConfig, type ServiceProcess } from '../helpers/service-process.js';

async function serviceStatus(home: string): Promise<{ serviceRunning: boolean; pid: number | null }> {
  return JSON.parse((await runCli(['status', '--json', '--home', home])).stdout) as { serviceRunning: boolean; pid: number | null };
}

async function stopService(service: ServiceProcess): Promise<number | null> {
  service.child.kill('SIGTERM');
  return service.exited;
}

describe('the service lock', () => {
  it('lets a start through when a leftover lock file and PID file name a live, unrelated process', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home);
    await mkdir(path.join(home, 'state'), { recursive: true, mode: 0o700 });
    const unrelated = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(home, 'state', 'service.lock'), `${unrelated.pid}\n`);
      await writeFile(path.join(home, 'state', 'service.pid'), `${unrelated.pid}\n`);
      expect(await serviceStatus(home)).toMatchObject({ serviceRunning: false, pid: null });
      const service = await startServiceProcess(home);
      expect(service.output()).toContain('"service.started"');
      expect(await serviceStatus(home)).toMatchObject({ serviceRunning: true, pid: service.child.pid });
      expect(await stopService(service)).toBe(0);
    } finally {
      unrelated.kill('SIGKILL');
    }
  }, 120_000);

  it('runs exactly one of two services started at the same moment and stops the other with exit code 7', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home);
    await mkdir(path.join(home, 'state'), { recursive: true, mode: 0o700 });
    const services = await Promise.all([startServiceProcess(home), startServiceProcess(home)]);
    const running = services.filter((service) => service.child.exitCode === null);
    const refused = services.filter((service) => service.child.exitCode !== null);
    expect(running).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(await refused[0]!.exited).toBe(7);
    expect(refused[0]!.output()).toContain('En reservfax-tjänst körs redan');
    expect(await serviceStatus(home)).toMatchObject({ serviceRunning: true, pid: running[0]!.child.pid });
    expect(await stopService(running[0]!)).toBe(0);
  }, 120_000);

  it('does not let a service killed with SIGKILL block the next start', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home);
    const killed = await startServiceProcess(home);
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(await serviceStatus(home)).toMatchObject({ serviceRunning: false, pid: null });
    const next = await startServiceProcess(home);
    expect(next.output()).toContain('"service.started"');
    expect(await serviceStatus(home)).toMatchObject({ serviceRunning: true, pid: next.child.pid });
    expect(await stopService(next)).toBe(0);
    expect(await serviceStatus(home)).toMatchObject({ serviceRunning: false, pid: null });
  }, 120_000);

  it('refuses a second holder in the same process and is free again once released', async () => {
    const state = await makeTempDir();
    const lock = await acquireServiceLock(state);
    const refused: unknown = await acquireServiceLock(state).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ReservfaxError);
    expect(refused).toMatchObject({ code: 'SERVICE_RUNNING' });
    expect(await lockOwner(state)).toBe(process.pid);
    await lock.release();
    expect(await lockOwner(state)).toBeUndefined();
    const again = await acquireServiceLock(state);
    await again.release();
  });
});
