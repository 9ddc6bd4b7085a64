import { routineWarning } from '../../config/routine-warning.js';
import { countUndelivered } from '../../mail/index.js';
import type { CaseStatus } from '../../store/case-store.js';
import type { ShownTime, WebContext } from '../context.js';
import { shownTime } from './shown-time.js';

export interface NowView {
  started: ShownTime | undefined;
  heartbeat: ShownTime | undefined;
  /** The heartbeat is older than two beats: the service's timer has stalled. */
  heartbeatLate: boolean;
  queued: number;
  inProgress: number;
  undeliveredMails: number;
  routineWarning: string | undefined;
  /** When the problem in the incident log was recorded, while it is not resolved. */
  incidentSince: ShownTime | undefined;
  /** Every case of the last day and every case still open, newest first: the night at a glance. */
  recent: { caseId: string; unit: string | undefined; written: ShownTime; status: CaseStatus; faxed: boolean; oralReply: boolean }[];
}

const LATE_MS = 90_000;
const RECENT_MS = 24 * 3600_000;

// Why: the one glance at 03:00: is the service alive, is anything queued or stuck, is mail getting out, is the routine valid.
export function nowView(ctx: WebContext, now: Date): NowView {
  const zone = ctx.config.mail.timeZone;
  const incident = ctx.store.currentIncident();
  const run = ctx.store.listRuns(new Date(now.getTime() - 7 * 86_400_000)).at(-1);
  return {
    started: run ? shownTime(run.startedAt, now, zone) : undefined,
    heartbeat: run ? shownTime(run.heartbeatAt, now, zone) : undefined,
    heartbeatLate: !run || now.getTime() - run.heartbeatAt.getTime() > LATE_MS,
    queued: ctx.store.listJobs({ statuses: ['received'] }).length,
    inProgress: ctx.store.listJobs({ statuses: ['processing'] }).length,
    undeliveredMails: countUndelivered(ctx.store),
    routineWarning: routineWarning(ctx.config, now),
    incidentSince: incident ? shownTime(incident.openedAt, now, zone) : undefined,
    recent: ctx.store
      .listCases({})
      .filter((record) => record.status === 'awaiting-reply' || now.getTime() - record.createdAt.getTime() < RECENT_MS)
      .reverse()
      .map((record) => ({
        caseId: record.caseId,
        unit: record.referringUnit,
        written: shownTime(record.createdAt, now, zone),
        status: record.status,
        faxed: record.faxedAt !== undefined,
        oralReply: record.oralReplyAt !== undefined,
      })),
  };
}
