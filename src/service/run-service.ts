import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { ConfigError } from '../errors.js';
import type { HomePaths } from '../fs/home.js';
import { listInbox } from '../inbox/index.js';
import { createLogger, type Logger } from '../log/logger.js';
import { routineWarning, runMailTick } from '../mail/index.js';
import { refreshRoutineCard } from '../routine-card/write-card.js';
import { openCaseStore } from '../store/case-store.js';
import { watchFolders } from '../watch/index.js';
import { checkWebAccess } from '../web/access.js';
import { startWeb } from '../web/index.js';
import { claimFile } from './claim-file.js';
import type { ServiceContext } from './context.js';
import { dispatchJob, type DispatchContext } from './dispatch-job.js';
import { createJobQueue } from './job-queue.js';
import { createJobWorkers, jobWorkerShares } from './job-workers.js';
import { looksComplete } from './looks-complete.js';
import { recoverJobs } from './recover-jobs.js';
import { acquireServiceLock } from './service-lock.js';
import { message } from '../messages.js';

export interface ServiceHandle {
  /** Resolves once the service has stopped (after stop(), SIGINT or SIGTERM). */
  stopped: Promise<void>;
  stop(): Promise<void>;
  /** The night page's address, when it is enabled and listening. */
  webUrl: string | undefined;
}

const HEARTBEAT_MS = 30_000;
// After the workers are killed, the jobs they ran are handed back within moments.
const AFTER_KILL_MS = 5_000;

/**
 * The watched-folder service: claims every complete file in the referral and fax-in folders exactly once, runs
 * it as a job in a worker process (bounded concurrency, a time limit, poison files set aside), resumes unfinished
 * jobs after a crash, and stops cleanly.
 */
export async function startService(input: { home: HomePaths; config: Config }): Promise<ServiceHandle> {
  const { home, config } = input;
  checkFolders(home);
  checkWebAccess(config.web);
  const lock = await acquireServiceLock(home.state);
  const logger = createLogger({ stateDir: home.state });
  const store = openCaseStore(home.storeFile);
  const web = await startWeb({ home, config, store, logger }).catch(async (error: unknown) => {
    store.close();
    await lock.release();
    throw error;
  });
  const runId = store.startRun(process.pid, new Date());
  let stopRequested!: () => void;
  let stopping = false;
  const stopSignal = new Promise<void>((resolve) => (stopRequested = resolve));
  const stopped = (async () => {
    const concurrency = config.service.concurrency ?? availableParallelism();
    const workers = createJobWorkers({ home, config, ...jobWorkerShares(config, concurrency), timeoutMs: config.service.jobTimeoutSeconds * 1000 });
    const ctx: DispatchContext = { home, config, store, logger, workers, stopping: () => stopping, requeue: (jobId) => setImmediate(() => enqueue(jobId)) };
    const queue = createJobQueue(concurrency, (error, jobId) => logger.error('job.failed', error, { jobId }));
    const enqueue = (jobId: string) => queue.add(jobId, () => dispatchJob(jobId, ctx));
    const recovered = await recoverJobs(home, store, new Date());
    if (recovered.tempsRemoved > 0) logger.warn('claim.temp-removed', { count: recovered.tempsRemoved });
    for (const jobId of recovered.lost) logger.warn('job.failed', { jobId, reason: 'claimed-file-missing' });
    for (const jobId of recovered.resume) {
      logger.info('job.recovered', { jobId });
      enqueue(jobId);
    }
    const watcher = await watchFolders({
      folders: [home.referralsIn, home.faxIn],
      stableMs: config.watch.stableSeconds * 1000,
      polling: config.watch.polling,
      pollIntervalMs: config.watch.pollIntervalMs,
      rescanMs: config.watch.rescanSeconds * 1000,
      looksComplete,
      onReady: async (file, folder) => {
        const job = await claimFile(file, folder === home.referralsIn ? 'referral' : 'reply', { home, store, logger }, new Date());
        if (job) enqueue(job.jobId);
      },
      onError: (error, context) => logger.error('watch.error', error, { reason: context.event }),
    });
    const heartbeat = startHeartbeat(ctx, runId);
    logger.info('service.started', { mode: config.watch.polling ? 'polling' : 'events' });
    const warning = routineWarning(config, new Date());
    if (warning) logger.warn('service.config-warning', { reason: 'routine-expired' });
    await refreshRoutineCard(home, config, new Date()).then(
      (written) => written && logger.info('service.routine-card', {}),
      (error: unknown) => logger.error('service.tick-failed', error, { reason: 'routine-card' }),
    );
    await stopSignal;
    logger.info('service.stopping', { count: queue.size().running });
    heartbeat.stop();
    await watcher.close();
    queue.stop();
    await waitAtMost(queue.idle(), config.service.shutdownGraceSeconds * 1000);
    workers.close();
    await waitAtMost(queue.idle(), AFTER_KILL_MS);
  })().finally(async () => {
    await web?.close();
    store.stopRun(runId, new Date());
    store.close();
    logger.info('service.stopped');
    logger.flush();
    await lock.release();
  });
  return {
    webUrl: web?.url,
    stopped,
    stop: async () => {
      stopping = true;
      stopRequested();
      await stopped;
    },
  };
}

// Every 30 s: a heartbeat for the down-time report, inbox items cleared by hand recorded, then the mail tick (night report, alerts, outbox), never two at once.
function startHeartbeat(ctx: Pick<ServiceContext, 'store' | 'home' | 'config' | 'logger'>, runId: number): { stop(): void } {
  let running = false;
  const beat = async () => {
    if (running) return;
    running = true;
    try {
      ctx.store.heartbeat(runId, new Date());
      await listInbox({ home: ctx.home, store: ctx.store });
      await runMailTick({ store: ctx.store, config: ctx.config, now: new Date(), logger: ctx.logger });
    } catch (error) {
      ctx.logger.error('service.tick-failed', error);
    } finally {
      running = false;
    }
  };
  void beat();
  const timer = setInterval(() => void beat(), HEARTBEAT_MS);
  return { stop: () => clearInterval(timer) };
}

// Output folders must never be inside a watched folder (or the service would read its own output).
function checkFolders(home: HomePaths): void {
  const watched = [home.referralsIn, home.faxIn];
  const outputs = [home.faxOut, home.inbox, home.referringUnits, home.manualReview, home.archive, home.state, home.review];
  for (const out of outputs) {
    for (const input of watched) {
      const relative = path.relative(input, out);
      if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
        throw new ConfigError(message('service.output-inside-watched', { output: path.basename(out), watched: path.basename(input) }));
      }
    }
  }
}

async function waitAtMost(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

export type { Logger };
