import type { Database } from './sqlite-driver.js';
import { optionalDate } from './column-values.js';

export interface ServiceRun {
  runId: number;
  pid: number;
  startedAt: Date;
  heartbeatAt: Date;
  stoppedAt: Date | undefined;
}

export interface ServiceRunRows {
  startRun(pid: number, at: Date): number;
  heartbeat(runId: number, at: Date): void;
  stopRun(runId: number, at: Date): void;
  /** Runs that overlap [since, now], oldest first: gaps between them are when the service was down. */
  listRuns(since: Date): ServiceRun[];
}

// When the service ran: a heartbeat a minute, so a report can say when it was down (a crash leaves no stop time).
export function serviceRunRows(db: Database): ServiceRunRows {
  const start = db.prepare('INSERT INTO service_runs (pid, started_at, heartbeat_at) VALUES (?, ?, ?)');
  const beat = db.prepare('UPDATE service_runs SET heartbeat_at = ? WHERE run_id = ?');
  const stop = db.prepare('UPDATE service_runs SET heartbeat_at = ?, stopped_at = ? WHERE run_id = ?');
  const list = db.prepare('SELECT * FROM service_runs WHERE heartbeat_at >= ? ORDER BY started_at');
  return {
    startRun: (pid, at) => Number(start.run(pid, at.toISOString(), at.toISOString()).lastInsertRowid),
    heartbeat: (runId, at) => void beat.run(at.toISOString(), runId),
    stopRun: (runId, at) => void stop.run(at.toISOString(), at.toISOString(), runId),
    listRuns: (since) =>
      (list.all(since.toISOString()) as Record<string, string | number | null>[]).map((row) => ({
        runId: Number(row.run_id),
        pid: Number(row.pid),
        startedAt: new Date(String(row.started_at)),
        heartbeatAt: new Date(String(row.heartbeat_at)),
        stoppedAt: optionalDate(row.stopped_at),
      })),
  };
}
