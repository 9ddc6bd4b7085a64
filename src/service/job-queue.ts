export interface JobQueue {
  /** Queue a job once; a job already queued or running is not added again. */
  add(jobId: string, run: () => Promise<void>): void;
  /** Stop starting queued jobs (they stay in the store and run after a restart). */
  stop(): void;
  /** Resolves when nothing runs any more. */
  idle(): Promise<void>;
  size(): { queued: number; running: number };
}

// A bounded worker lane: at most `concurrency` jobs at once, in arrival order, each job ID once.
export function createJobQueue(concurrency: number, onError: (error: unknown, jobId: string) => void): JobQueue {
  const queued: { jobId: string; run: () => Promise<void> }[] = [];
  const active = new Set<string>();
  let stopped = false;
  const waiters: (() => void)[] = [];
  const pump = () => {
    while (!stopped && active.size < concurrency && queued.length > 0) {
      const next = queued.shift()!;
      active.add(next.jobId);
      void next
        .run()
        .catch((error: unknown) => onError(error, next.jobId))
        .finally(() => {
          active.delete(next.jobId);
          pump();
          if (active.size === 0 && (stopped || queued.length === 0)) for (const wake of waiters.splice(0)) wake();
        });
    }
  };
  return {
    add(jobId, run) {
      if (stopped || active.has(jobId) || queued.some((job) => job.jobId === jobId)) return;
      queued.push({ jobId, run });
      pump();
    },
    stop() {
      stopped = true;
    },
    idle: () => (active.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    size: () => ({ queued: queued.length, running: active.size }),
  };
}
