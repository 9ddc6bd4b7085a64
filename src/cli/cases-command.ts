import { UsageError } from '../errors.js';
import { waitingSince } from '../store/case-store.js';
import { formatAge } from '../util/format-age.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';
import { columns, formatTable } from './format-table.js';
import { runCaseMark } from './case-marks-command.js';
import { runSetUnit } from './set-unit-command.js';
import { message } from '../messages.js';

// `reservfax cases [--open]`: which referrals were faxed and which still wait for a reply, with their age.
// `reservfax cases set-unit CASEID UNIT` records a case's referring unit afterwards; `cases faxed|oral-reply CASEID`
// record when the fax went and that the reviewer phoned the referrer.
export async function runCases(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { open: { type: 'boolean', default: false }, by: { type: 'string' } });
  if (positionals[0] === 'set-unit') return runSetUnit(values, positionals.slice(1));
  if (positionals[0] === 'faxed' || positionals[0] === 'oral-reply') return runCaseMark(positionals[0], values, positionals.slice(1));
  if (positionals.length > 0) throw new UsageError(message('cli.cases-usage'));
  const { home } = await openHome(values);
  const now = new Date();
  const cases = await withCaseStore(home, async (store) => {
    const records = store.listCases(values.open ? { status: 'awaiting-reply' } : {});
    return records.map((record) => ({ record, replies: store.listReplies({ caseId: record.caseId }) }));
  });
  if (values.json) {
    const rows = cases.map(({ record, replies }) => ({
      caseId: record.caseId,
      status: record.status,
      sentAt: record.createdAt.toISOString(),
      faxedAt: record.faxedAt?.toISOString() ?? null,
      oralReplyAt: record.oralReplyAt?.toISOString() ?? null,
      referringUnit: record.referringUnit ?? null,
      unitEvidence: record.unitEvidence ?? null,
      pages: record.pages,
      replies: replies.map((reply) => ({ kind: reply.kind, receivedAt: reply.receivedAt.toISOString(), handledAt: reply.handledAt?.toISOString() ?? null })),
    }));
    process.stdout.write(`${JSON.stringify(rows)}\n`);
    return 0;
  }
  if (cases.length === 0) {
    process.stdout.write(`${message(values.open ? 'cli.cases-none-waiting' : 'cli.cases-none')}\n`);
    return 0;
  }
  const rows = cases.map(({ record, replies }) => [
    record.caseId,
    message(`cli.case-${record.status}`),
    formatSwedishTime(waitingSince(record).at),
    record.referringUnit ?? message('cli.unknown-unit'),
    formatAge(waitingSince(record).at, now),
    replies[0] ? formatSwedishTime(replies[0].receivedAt) : '–',
  ]);
  process.stdout.write(formatTable(columns('case', 'status', 'faxed', 'unit', 'age', 'reply-received'), rows));
  return 0;
}
