import { UsageError } from '../errors.js';
import { countUndelivered } from '../mail/index.js';
import { lockOwner } from '../service/service-lock.js';
import type { Incident } from '../store/incident-rows.js';
import { formatAge } from '../util/format-age.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';
import { message } from '../messages.js';
import type { JobRecord } from '../store/job-rows.js';

// `reservfax status`: is a service running on this home, what is queued, what failed lately, which cases wait for a reply.
export async function runStatus(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (positionals.length > 0) throw new UsageError(message('cli.status-usage'));
  const { home } = await openHome(values);
  const now = new Date();
  const pid = await lockOwner(home.state);
  const status = await withCaseStore(home, async (store) => {
    return {
      serviceRunning: pid !== undefined,
      pid: pid ?? null,
      queued: store.listJobs({ statuses: ['received', 'processing'] }).length,
      lastJob: store.lastFinishedJob(),
      failedLast24h: store.listJobs({ statuses: ['failed'], since: new Date(now.getTime() - 86_400_000) }).length,
      undeliveredMails: countUndelivered(store),
      waiting: store.listCases({ status: 'awaiting-reply' }).map((record) => ({ caseId: record.caseId, sentAt: record.createdAt })),
      openIncident: openIncidentOf(store.currentIncident()),
    };
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ ...status, lastJob: status.lastJob ? { kind: status.lastJob.kind, outcome: status.lastJob.outcome, at: status.lastJob.updatedAt } : null })}\n`);
    return 0;
  }
  const lines = [
    status.serviceRunning ? message('cli.status-running', { pid: String(status.pid) }) : message('cli.status-not-running'),
    message('cli.status-queued', { queued: status.queued }),
    status.lastJob ? lastJobLine(status.lastJob) : message('cli.status-no-jobs'),
    message('cli.status-failed', { failed: status.failedLast24h }),
    ...(status.openIncident ? [message('cli.status-open-incident', { time: formatSwedishTime(status.openIncident.openedAt) })] : []),
    status.undeliveredMails === 0 ? message('cli.status-mail-sent') : message('cli.status-mail-waiting', { count: status.undeliveredMails }),
    status.waiting.length === 0 ? message('cli.status-none-waiting') : message('cli.status-waiting', { count: status.waiting.length }),
    ...status.waiting.map((item) => message('cli.status-waiting-case', { caseId: item.caseId, time: formatSwedishTime(item.sentAt), age: formatAge(item.sentAt, now) })),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

// The last finished job in one line: its kind, how it ended and when.
function lastJobLine(job: JobRecord): string {
  const outcome = job.outcome ?? 'error';
  const kind = message(job.kind === 'referral' ? 'cli.status-job-referral' : 'cli.status-job-reply');
  return message('cli.status-last-job', { kind, outcome: message(`cli.outcome-${outcome}`), time: formatSwedishTime(job.updatedAt) });
}

// The incident log's open problem, as status shows it: when it was noticed and what it affects, no free text.
function openIncidentOf(incident: Incident | undefined): { openedAt: Date; affected: string[] } | null {
  return incident ? { openedAt: incident.openedAt, affected: incident.affected } : null;
}
