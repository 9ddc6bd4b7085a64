import { UsageError } from '../errors.js';
import { waitingSince, type CaseRecord } from '../store/case-store.js';
import { formatAge } from '../util/format-age.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';
import { formatTable } from './format-table.js';
import { runCaseMark } from './case-marks-command.js';
import { runSetUnit } from './set-unit-command.js';

const STATUS_TEXT: Record<CaseRecord['status'], string> = {
  'awaiting-reply': 'väntar på svar',
  'reply-received': 'svar mottaget',
};

// `reservfax cases [--open]`: which referrals were faxed and which still wait for a reply, with their age.
// `reservfax cases set-unit CASEID UNIT` records a case's referring unit afterwards; `cases faxed|oral-reply CASEID`
// record when the fax went and that the reviewer phoned the referrer.
export async function runCases(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { open: { type: 'boolean', default: false }, by: { type: 'string' } });
  if (positionals[0] === 'set-unit') return runSetUnit(values, positionals.slice(1));
  if (positionals[0] === 'faxed' || positionals[0] === 'oral-reply') return runCaseMark(positionals[0], values, positionals.slice(1));
  if (positionals.length > 0) throw new UsageError('Användning: reservfax cases [--open] | reservfax cases set-unit ÄRENDE-ID ENHET | reservfax cases faxed|oral-reply ÄRENDE-ID [--by INITIALER]');
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
    process.stdout.write(values.open ? 'Inga ärenden väntar på svar.\n' : 'Inga ärenden finns i registret.\n');
    return 0;
  }
  const rows = cases.map(({ record, replies }) => [
    record.caseId,
    STATUS_TEXT[record.status],
    formatSwedishTime(waitingSince(record).at),
    record.referringUnit ?? 'okänd enhet',
    formatAge(waitingSince(record).at, now),
    replies[0] ? formatSwedishTime(replies[0].receivedAt) : '–',
  ]);
  process.stdout.write(formatTable(['Ärende', 'Status', 'Faxat', 'Remitterande enhet', 'Ålder', 'Svar mottaget'], rows));
  return 0;
}
