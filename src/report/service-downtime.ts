import type { ServiceRun } from '../store/service-runs.js';

/** A time the service was not running: after a stop or a crash, until the next start (`to` undefined: still down). */
export interface Interruption {
  from: Date;
  to: Date | undefined;
  crashed: boolean;
}

// The service beats once a minute; a run silent for longer than this without a stop time crashed.
const GRACE_MS = 3 * 60_000;

// Gaps in the service's runs that touch [since, until]: every crash, and every stop longer than a quick restart.
export function findInterruptions(runs: readonly ServiceRun[], since: Date, until: Date): Interruption[] {
  const sorted = [...runs].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  const found: Interruption[] = [];
  sorted.forEach((run, index) => {
    const end = run.stoppedAt ?? run.heartbeatAt;
    if (run.stoppedAt === undefined && end.getTime() >= until.getTime() - GRACE_MS) return;
    if (end.getTime() > until.getTime()) return;
    const to = sorted[index + 1]?.startedAt;
    const crashed = run.stoppedAt === undefined;
    if (to && to.getTime() < since.getTime()) return;
    if (!crashed && to && to.getTime() - end.getTime() <= GRACE_MS) return;
    found.push({ from: end, to, crashed });
  });
  return found;
}
