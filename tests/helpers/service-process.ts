import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../../bin/reservfax.js');

export interface ServiceProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

// Fast test settings: a short stability wait and rescan, the night page off; `overrides` are merged over them.
export async function writeServiceConfig(home: string, overrides: { watch?: object; service?: object; print?: object; mail?: object; web?: object } = {}): Promise<void> {
  const config = {
    watch: { stableSeconds: 0.4, rescanSeconds: 3, pollIntervalMs: 200, ...overrides.watch },
    service: { concurrency: 2, shutdownGraceSeconds: 60, ...overrides.service },
    ...(overrides.print ? { print: overrides.print } : {}),
    ...(overrides.mail ? { mail: overrides.mail } : {}),
    // Tests run in parallel: the night page is off unless a test asks for it (then on a free port).
    web: overrides.web ?? { enabled: false },
  };
  await writeFile(path.join(home, 'reservfax.config.json'), JSON.stringify(config));
}

/** Services still running: a test that fails before stopping its own leaves it here for `stopLeftoverServices`. */
const running = new Set<ChildProcess>();
const LEFTOVER_GRACE_MS = 10_000;

// Why: after a test file (tests/setup/stop-leftover-services.ts), so a failed test never leaves a service watching a
// removed folder on the CI machine. SIGTERM as systemd would, then SIGKILL if it has not exited within the grace.
export async function stopLeftoverServices(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), LEFTOVER_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }),
  );
}

// Start `reservfax start` as its own process, the way systemd or a nurse's `npm start` would, and wait until it watches.
export async function startServiceProcess(home: string): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [BIN, 'start', '--home', home], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  await waitFor(() => output.includes('"service.started"') || child.exitCode !== null, 60_000, 'service start');
  return { child, output: () => output, exited };
}

// Stop the service as systemd would (SIGTERM) and wait for its exit code.
export async function stopServiceProcess(service: ServiceProcess): Promise<number | null> {
  service.child.kill('SIGTERM');
  return service.exited;
}

// Poll until `condition` holds; fail with a message naming what was awaited.
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// The night page's address, as `reservfax start` prints it for the nurse.
export function nightPageUrl(service: ServiceProcess): string {
  const url = /Nattsidan: (http\S+)/.exec(service.output())?.[1];
  if (!url) throw new Error(`the service printed no night page address:\n${service.output()}`);
  return url.replace(/\/$/, '');
}
