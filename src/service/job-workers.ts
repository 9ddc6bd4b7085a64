import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/schema.js';
import type { HomePaths } from '../fs/home.js';
import type { FromWorker, ToWorker } from './job-worker.js';

/** How one job ended in its worker: finished (well or not), stopped by the time limit, or its process died. */
export type WorkerOutcome = { end: 'done' } | { end: 'failed'; error: string } | { end: 'timed-out' } | { end: 'died' };

export interface JobWorkers {
  /** Run one job in a free worker process; at most `count` at once (the job queue sees to that). */
  run(jobId: string): Promise<WorkerOutcome>;
  /** Kill every worker; jobs still running end as 'died'. */
  close(): void;
}

interface Slot {
  child: ChildProcess | undefined;
  ready: Promise<void> | undefined;
  busy: boolean;
}

const HERE = fileURLToPath(import.meta.url);
const ENTRY = path.join(path.dirname(HERE), `job-worker${path.extname(HERE)}`);
// Run from source (tests, tsx), the worker needs the same TypeScript loader; the built service runs plain JS.
const EXEC_ARGV = path.extname(HERE) === '.ts' ? ['--import', 'tsx'] : [];

// Why: each job runs in a child process the service can kill, so a referral that hangs past `timeoutMs` or crashes
// its process ends as one failed job instead of stopping the night. Workers are started when first needed and
// replaced after they die.
export function createJobWorkers(options: { home: HomePaths; config: Config; count: number; ocrWorkersEach: number; timeoutMs: number }): JobWorkers {
  const slots: Slot[] = Array.from({ length: options.count }, () => ({ child: undefined, ready: undefined, busy: false }));
  const start = (slot: Slot) => {
    const child = fork(ENTRY, [], { execArgv: EXEC_ARGV, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    slot.child = child;
    slot.ready = new Promise<void>((resolve, reject) => {
      child.once('exit', () => reject(new Error('job worker exited while starting')));
      child.on('message', (message: FromWorker) => message.type === 'ready' && resolve());
    });
    child.once('exit', () => {
      if (slot.child === child) slot.child = undefined;
    });
    send(child, { type: 'init', home: options.home, config: options.config, ocrWorkers: options.ocrWorkersEach });
  };
  return {
    async run(jobId) {
      const slot = slots.find((candidate) => !candidate.busy);
      if (!slot) throw new Error('no free job worker');
      slot.busy = true;
      try {
        if (!slot.child) start(slot);
        const child = slot.child!;
        try {
          await slot.ready;
        } catch {
          return { end: 'died' };
        }
        const outcome = await runIn(child, jobId, options.timeoutMs);
        if ((outcome.end === 'timed-out' || outcome.end === 'died') && slot.child === child) slot.child = undefined;
        return outcome;
      } finally {
        slot.busy = false;
      }
    },
    close() {
      for (const slot of slots) slot.child?.kill('SIGKILL');
    },
  };
}

// Send the job and wait for its end, the process's death, or the time limit (then the process is killed).
function runIn(child: ChildProcess, jobId: string, timeoutMs: number): Promise<WorkerOutcome> {
  return new Promise((resolve) => {
    const finish = (outcome: WorkerOutcome) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(outcome);
    };
    const onMessage = (message: FromWorker) => {
      if (message.type === 'done' && message.jobId === jobId) finish({ end: 'done' });
      if (message.type === 'failed' && message.jobId === jobId) finish({ end: 'failed', error: message.error });
    };
    const onExit = () => finish({ end: 'died' });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish({ end: 'timed-out' });
    }, timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
    send(child, { type: 'run', jobId });
  });
}

function send(child: ChildProcess, message: ToWorker): void {
  child.send(message);
}
