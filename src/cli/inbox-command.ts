import { userInfo } from 'node:os';
import { UsageError } from '../errors.js';
import { listInbox, markInboxDone } from '../inbox/index.js';
import { isValidCaseId } from '../store/case-id.js';
import { formatAge } from '../util/format-age.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';
import { formatTable } from './format-table.js';

// `reservfax inbox [done CASEID]`: the RIS administrators' list of filed replies, and marking one handled.
export async function runInbox(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  const { home } = await openHome(values);
  const now = new Date();
  if (positionals[0] === 'done') {
    const caseId = (positionals[1] ?? '').toUpperCase();
    if (!isValidCaseId(caseId)) throw new UsageError('Ange ett giltigt ärende-ID: reservfax inbox done RF-XXXXXX');
    const archived = await withCaseStore(home, (store) => markInboxDone({ home, store, caseId, user: userInfo().username, now }));
    if (archived.length === 0) throw new UsageError(`Ärende ${caseId} har inget obehandlat svar i inkorgen.`);
    process.stdout.write(values.json ? `${JSON.stringify({ caseId, archived })}\n` : `Ärende ${caseId} markerat som hanterat; svaret flyttat till arkivet.\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('Användning: reservfax inbox [done ÄRENDE-ID]');
  const items = await withCaseStore(home, (store) => listInbox({ home, store, now }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(items)}\n`);
    return 0;
  }
  if (items.length === 0) {
    process.stdout.write('Inkorgen är tom: inga svar väntar på hantering.\n');
    return 0;
  }
  const rows = items.map((item) => [
    item.caseId,
    formatSwedishTime(item.receivedAt),
    item.referringUnit ?? 'okänd enhet',
    formatAge(item.receivedAt, now),
    item.kind === 'supplement' ? 'komplettering' : 'svar',
  ]);
  process.stdout.write(formatTable(['Ärende', 'Mottaget', 'Remitterande enhet', 'Ålder', 'Typ'], rows));
  return 0;
}
