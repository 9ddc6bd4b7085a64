import type { Config } from '../config/schema.js';
import { routineWarning } from '../config/routine-warning.js';
import { waitingSince, type CaseRecord } from '../store/case-store.js';
import type { ReportStore } from '../store/roles.js';
import type { Incident } from '../store/incident-rows.js';
import type { JobOutcome } from '../store/job-rows.js';
import type { ReplyKind } from '../store/reply-rows.js';
import { findInterruptions, type Interruption } from './service-downtime.js';

type Unit = string | undefined;

/** What happened in [since, until): case IDs, units, counts, times and reason codes only. */
export interface NightReportFacts {
  since: Date;
  until: Date;
  /** `at` is the recorded fax time when a person recorded it (`recorded`), else when the fax PDF was written. */
  faxed: { caseId: string; unit: Unit; at: Date; recorded: boolean; by: string | undefined; pages: number }[];
  replies: { caseId: string; unit: Unit; at: Date; kind: ReplyKind; faxedAt: Date }[];
  manualReview: { jobId: string; at: Date; reason: string | undefined }[];
  waiting: { caseId: string; unit: Unit; faxedAt: Date; recorded: boolean; oralReplyAt: Date | undefined }[];
  failures: { jobId: string; kind: 'referral' | 'reply'; at: Date; outcome: FailureOutcome; reason: string | undefined }[];
  printFailures: { caseId: string; unit: Unit; at: Date }[];
  interruptions: Interruption[];
  /** False when `reservfax start` never ran in this home: then nothing can be said about down-time. */
  serviceUsed: boolean;
  routineWarning: string | undefined;
  /** Problems the staff recorded in the incident log that overlap the period, with the cases faxed while each lasted. */
  incidents: IncidentFacts[];
  /** Anything happened in the period: a case, a reply, a finished job or down-time. */
  activity: boolean;
}

export interface IncidentFacts extends Incident {
  /** Not resolved at the end of the period: the report says KVARSTÅR. */
  persists: boolean;
  casesDuring: string[];
}

export type FailureOutcome = Extract<JobOutcome, 'rejected' | 'refused' | 'error'>;
const FAILURES: readonly JobOutcome[] = ['rejected', 'refused', 'error'];

// Read the period's facts from the case store; nothing here can carry a path, a file name or page text.
export function collectFacts(store: ReportStore, config: Config, since: Date, until: Date): NightReportFacts {
  const inPeriod = (at: Date) => at >= since && at < until;
  const cases = store.listCases({});
  const byId = new Map(cases.map((record) => [record.caseId, record]));
  const periodCases = cases.filter((record) => inPeriod(record.createdAt));
  const jobs = store.listJobs({ statuses: ['done', 'failed'], since }).filter((job) => inPeriod(job.updatedAt));
  const runs = store.listRuns(new Date(0));
  const facts: NightReportFacts = {
    since,
    until,
    faxed: periodCases.map((record) => {
      const since = waitingSince(record);
      return { caseId: record.caseId, unit: record.referringUnit, at: since.at, recorded: since.recorded, by: record.faxedBy, pages: record.pages };
    }),
    replies: store
      .listReplies({})
      .filter((reply) => inPeriod(reply.receivedAt) && byId.has(reply.caseId))
      .map((reply) => ({ ...caseFacts(byId.get(reply.caseId)!), at: reply.receivedAt, kind: reply.kind })),
    manualReview: jobs
      .filter((job) => job.kind === 'reply' && job.outcome === 'manual-review')
      .map((job) => ({ jobId: job.jobId, at: job.updatedAt, reason: job.reason })),
    waiting: cases
      .filter((record) => record.status === 'awaiting-reply' && record.createdAt < until)
      .map((record) => ({ ...caseFacts(record), recorded: waitingSince(record).recorded, oralReplyAt: record.oralReplyAt })),
    failures: jobs
      .filter((job) => job.outcome !== undefined && FAILURES.includes(job.outcome))
      .map((job) => ({ jobId: job.jobId, kind: job.kind, at: job.updatedAt, outcome: job.outcome as FailureOutcome, reason: job.reason })),
    printFailures: periodCases
      .filter((record) => record.printError !== undefined)
      .map((record) => ({ caseId: record.caseId, unit: record.referringUnit, at: record.createdAt })),
    interruptions: findInterruptions(runs, since, until),
    serviceUsed: runs.some((run) => run.startedAt < until),
    routineWarning: routineWarning(config, until),
    incidents: store.listIncidents(since, until).map((incident) => incidentFacts(incident, cases, until)),
    activity: false,
  };
  facts.activity = periodCases.length + facts.replies.length + jobs.length + facts.interruptions.length + facts.incidents.length > 0;
  return facts;
}

// An incident as the period's end saw it: resolved only if resolved before then; the cases faxed while it lasted.
function incidentFacts(incident: Incident, cases: readonly CaseRecord[], until: Date): IncidentFacts {
  const resolvedAt = incident.resolvedAt && incident.resolvedAt < until ? incident.resolvedAt : undefined;
  const end = resolvedAt ?? until;
  const entries = incident.entries.filter((entry) => entry.at < until);
  const casesDuring = cases.filter((record) => waitingSince(record).at >= incident.openedAt && waitingSince(record).at < end).map((record) => record.caseId);
  return { ...incident, entries, resolvedAt, resolvedBy: resolvedAt ? incident.resolvedBy : undefined, persists: resolvedAt === undefined, casesDuring };
}

function caseFacts(record: CaseRecord): { caseId: string; unit: Unit; faxedAt: Date } {
  return { caseId: record.caseId, unit: record.referringUnit, faxedAt: waitingSince(record).at };
}
