import { UsageError } from '../errors.js';
import { countUndelivered } from '../mail/index.js';
import { lockOwner } from '../service/service-lock.js';
import type { Incident } from '../store/incident-rows.js';
import { formatAge } from '../util/format-age.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';

const OUTCOME_TEXT: Record<string, string> = {
  faxed: 'faxklar',
  routed: 'svar arkiverat',
  'manual-review': 'till manuell granskning',
  rejected: 'avvisad',
  refused: 'stoppad (anonymisering ej verifierad)',
  duplicate: 'dubblett',
  error: 'fel',
};

// `reservfax status`: is a service running on this home, what is queued, what failed lately, which cases wait for a reply.
export async function runStatus(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (positionals.length > 0) throw new UsageError('Användning: reservfax status [--home MAPP]');
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
    status.serviceRunning ? `Tjänsten körs (process ${status.pid}).` : 'Tjänsten körs INTE för den här mappen.',
    `I kö: ${status.queued} filer.`,
    status.lastJob
      ? `Senaste jobb: ${status.lastJob.kind === 'referral' ? 'remiss' : 'faxsvar'}, ${OUTCOME_TEXT[status.lastJob.outcome ?? 'error']}, ${formatSwedishTime(status.lastJob.updatedAt)}.`
      : 'Inga jobb ännu.',
    `Misslyckade jobb senaste 24 h: ${status.failedLast24h}.`,
    ...(status.openIncident ? [`Ett problem är registrerat i händelseloggen sedan ${formatSwedishTime(status.openIncident.openedAt)} och inte löst (reservfax incident).`] : []),
    status.undeliveredMails === 0 ? 'Alla e-postmeddelanden är skickade.' : `E-post som ännu inte kunnat skickas: ${status.undeliveredMails} (försöker igen automatiskt).`,
    status.waiting.length === 0 ? 'Inga ärenden väntar på svar.' : `Ärenden som väntar på svar: ${status.waiting.length}`,
    ...status.waiting.map((item) => `  ${item.caseId}  faxat ${formatSwedishTime(item.sentAt)}  (${formatAge(item.sentAt, now)})`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

// The incident log's open problem, as status shows it: when it was noticed and what it affects, no free text.
function openIncidentOf(incident: Incident | undefined): { openedAt: Date; affected: string[] } | null {
  return incident ? { openedAt: incident.openedAt, affected: incident.affected } : null;
}
