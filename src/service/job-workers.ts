import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/schema.js';
import type { HomePaths } from '../fs/home.js';
import { ocrPoolOptions } from '../ocr/ocr-pool.js';
import type { FromWorker, ToWorker } from './job-worker.js';

/** How one job ended in its worker: finished (well or not), stopped by the time limit, or its process died. */
export type WorkerOutcome = { end: 'done' } | { end: 'failed'; error: string } | { end: 'timed-out' } | { end: 'died' };

export interface JobWorkers {
  /**
   * Run one job in a worker process with room for it; `alone` keeps the process to this job only (a job retried
   * after its process died must not share the fate of another file again). Waits while no process has room.
   */
  run(jobId: string, options?: { alone?: boolean }): Promise<WorkerOutcome>;
  /** Kill every worker; jobs still running or waiting end as 'died'. */
  close(): void;
}

export interface JobWorkersOptions {
  home: HomePaths;
  config: Config;
  /** Worker processes. */
  count: number;
  /** Jobs one process runs at once; they share its OCR workers and its memory. */
  jobsEach: number;
  ocrWorkersEach: number;
  /** Pages one job reads at once, so that a process holds about one page per OCR worker. */
  pagesPerJob: number;
  timeoutMs: number;
}

interface Slot {
  child: ChildProcess | undefined;
  ready: Promise<void> | undefined;
  running: number;
  alone: boolean;
}

const HERE = fileURLToPath(import.meta.url);
const ENTRY = path.join(path.dirname(HERE), `job-worker${path.extname(HERE)}`);
// Run from source (tests, tsx), the worker needs the same TypeScript loader; the built service runs plain JS.
// A young generation of 2 MB per semi-space (V8's default is up to 16 MB, in every thread) cuts the job process's
// peak by about 50 MB at the same speed: its big buffers live outside the V8 heap anyway (bench:service).
const EXEC_ARGV = [...(path.extname(HERE) === '.ts' ? ['--import', 'tsx'] : []), '--max-semi-space-size=2'];
// glibc malloc, tuned for a process whose big page buffers come and go: two arenas instead of one per thread (the
// OCR and code threads), and buffers from 1 MB up mapped on their own so a freed one goes back to the system at once
// instead of staying in a fragmented heap. Together about 190 MB less at peak for ~2 % of throughput (bench:service,
// alternated runs). IT may set either variable itself.
const WORKER_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: String(1 << 20), ...process.env };

// Why: jobs run in child processes the service can kill, so a referral that hangs past `timeoutMs` or crashes its
// process ends as a failed job instead of stopping the night. Few processes running several jobs each keep one copy
// of the OCR models and PDF engine in memory instead of one per job. Workers start when first needed and are
// replaced after they die.
export function createJobWorkers(options: JobWorkersOptions): JobWorkers {
  const slots: Slot[] = Array.from({ length: options.count }, () => ({ child: undefined, ready: undefined, running: 0, alone: false }));
  const waiting: (() => void)[] = [];
  let closed = false;
  const start = (slot: Slot) => {
    const child = fork(ENTRY, [], { execArgv: EXEC_ARGV, env: WORKER_ENV, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    slot.child = child;
    slot.ready = new Promise<void>((resolve, reject) => {
      child.once('exit', () => reject(new Error('job worker exited while starting')));
      child.on('message', (message: FromWorker) => message.type === 'ready' && resolve());
    });
    child.once('exit', () => {
      if (slot.child === child) slot.child = undefined;
    });
    send(child, { type: 'init', home: options.home, config: options.config, ocrWorkers: options.ocrWorkersEach, pagesPerJob: options.pagesPerJob });
  };
  const roomFor = (alone: boolean) =>
    slots
      .filter((slot) => !slot.alone && (alone ? slot.running === 0 : slot.running < options.jobsEach))
      .sort((a, b) => a.running - b.running)[0];
  const claim = async (alone: boolean): Promise<Slot | undefined> => {
    for (let slot = roomFor(alone); !closed; slot = roomFor(alone)) {
      if (slot) return slot;
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    return undefined;
  };
  return {
    async run(jobId, runOptions = {}) {
      const alone = runOptions.alone ?? false;
      const slot = await claim(alone);
      if (!slot) return { end: 'died' };
      slot.running++;
      slot.alone = alone;
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
        slot.running--;
        if (slot.running === 0) slot.alone = false;
        for (const wake of waiting.splice(0)) wake();
      }
    },
    close() {
      closed = true;
      for (const slot of slots) slot.child?.kill('SIGKILL');
      for (const wake of waiting.splice(0)) wake();
    },
  };
}

// How the service's jobs are spread: `service.jobProcesses` processes share `concurrency` jobs and the OCR workers,
// and each job reads as many pages at once as leaves one page in flight per OCR worker of its process.
export function jobWorkerShares(config: Config, concurrency: number): Pick<JobWorkersOptions, 'count' | 'jobsEach' | 'ocrWorkersEach' | 'pagesPerJob'> {
  const count = Math.min(concurrency, config.service.jobProcesses);
  const jobsEach = Math.ceil(concurrency / count);
  const ocrWorkersEach = Math.max(1, Math.floor(ocrPoolOptions(config.anonymise).workers / count));
  return { count, jobsEach, ocrWorkersEach, pagesPerJob: Math.max(1, Math.floor(ocrWorkersEach / jobsEach)) };
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
