import type { Config } from '../config/schema.js';
import type { HomePaths } from '../fs/home.js';
import { createLogger } from '../log/logger.js';
import { withOcrPool } from '../ocr/ocr-pool.js';
import { openCaseStore } from '../store/case-store.js';
import type { ServiceContext } from './context.js';
import { runJob } from './run-job.js';

/** What the service sends a job worker: its settings once, then jobs (several may run at once). */
export type ToWorker = { type: 'init'; home: HomePaths; config: Config; ocrWorkers: number; pagesPerJob: number } | { type: 'run'; jobId: string };
/** What a job worker answers: ready after init, then the end of each job (its error kind only, never a message). */
export type FromWorker = { type: 'ready' } | { type: 'done'; jobId: string } | { type: 'failed'; jobId: string; error: string };

// Why: a child process forked by job-workers.ts runs the jobs, so that one that hangs or takes the process down
// can be killed and counted without stopping the service. It dies with its parent (the IPC channel closes).
async function main(): Promise<void> {
  process.on('disconnect', () => process.kill(process.pid, 'SIGKILL'));
  // A stop (Ctrl+C, systemd) reaches the whole process group: the service decides when its workers end.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => {});
  const init = await new Promise<Extract<ToWorker, { type: 'init' }>>((resolve) =>
    process.once('message', (message: ToWorker) => message.type === 'init' && resolve(message)),
  );
  const store = openCaseStore(init.home.storeFile);
  const logger = createLogger({ stateDir: init.home.state });
  await withOcrPool({ workers: init.ocrWorkers, languages: init.config.anonymise.ocrLanguages }, async (ocr) => {
    const ctx: ServiceContext = { home: init.home, config: init.config, store, ocr, logger, pagesPerJob: init.pagesPerJob, stopping: () => false };
    send({ type: 'ready' });
    await new Promise<void>(() => {
      process.on('message', (message: ToWorker) => {
        if (message.type !== 'run') return;
        runJob(message.jobId, ctx).then(
          () => send({ type: 'done', jobId: message.jobId }),
          (error: unknown) => send({ type: 'failed', jobId: message.jobId, error: error instanceof Error ? error.name : typeof error }),
        );
      });
    });
  });
}

function send(message: FromWorker): void {
  process.send?.(message);
}

await main();
