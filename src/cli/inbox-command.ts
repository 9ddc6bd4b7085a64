import { userInfo } from 'node:os';
import { UsageError } from '../errors.js';
import { listInbox, markInboxDone } from '../inbox/index.js';
import { isValidCaseId } from '../case-id/case-id.js';
import { formatAge } from '../util/format-age.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';
import { message } from '../messages.js';
import { columns, formatTable } from './format-table.js';

// `reservfax inbox [done CASEID]`: the RIS administrators' list of filed replies, and marking one handled.
export async function runInbox(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  const { home } = await openHome(values);
  const now = new Date();
  if (positionals[0] === 'done') {
    const caseId = (positionals[1] ?? '').toUpperCase();
    if (!isValidCaseId(caseId)) throw new UsageError(message('cli.inbox-invalid-case-id'));
    const archived = await withCaseStore(home, (store) => markInboxDone({ home, store, caseId, user: userInfo().username, now }));
    if (archived.length === 0) throw new UsageError(message('cli.inbox-nothing-pending', { caseId }));
    process.stdout.write(values.json ? `${JSON.stringify({ caseId, archived })}\n` : `${message('cli.inbox-done', { caseId })}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(message('cli.inbox-usage'));
  const items = await withCaseStore(home, (store) => listInbox({ home, store, now }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(items)}\n`);
    return 0;
  }
  if (items.length === 0) {
    process.stdout.write(`${message('cli.inbox-empty')}\n`);
    return 0;
  }
  const rows = items.map((item) => [
    item.caseId,
    formatSwedishTime(item.receivedAt),
    item.referringUnit ?? message('cli.unknown-unit'),
    formatAge(item.receivedAt, now),
    message(item.kind === 'supplement' ? 'cli.kind-supplement' : 'cli.kind-reply'),
  ]);
  process.stdout.write(formatTable(columns('case', 'received', 'unit', 'age', 'kind'), rows));
  return 0;
}
