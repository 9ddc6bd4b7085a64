import { UsageError } from '../errors.js';
import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import { isValidCaseId } from '../case-id/case-id.js';
import { parseInitials } from '../util/initials.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { openHome, withCaseStore } from './command-line.js';

type MarkPhrases = Record<'usage' | 'invalidCase' | 'unknownCase' | 'badInitials' | 'faxed' | 'faxedBefore' | 'oralReply' | 'oralReplyBefore' | 'by', string>;

/**
 * `reservfax cases faxed CASEID [--by AB]` records when the fax actually went (waiting time, alerts and the morning
 * report count from it); `reservfax cases oral-reply CASEID [--by AB]` records that the reviewer phoned the referrer.
 * The first mark stands: pressing twice changes nothing.
 */
export async function runCaseMark(
  mark: 'faxed' | 'oral-reply',
  values: { home?: string | undefined; config?: string | undefined; json?: boolean | undefined; by?: string | undefined },
  args: string[],
): Promise<number> {
  const phrases = await readJsonTemplate<MarkPhrases>('case-marks.sv.json');
  if (args.length !== 1) throw new UsageError(phrases.usage);
  const caseId = args[0]!.toUpperCase();
  if (!isValidCaseId(caseId)) throw new UsageError(phrases.invalidCase);
  const by = parseInitials(values.by);
  if (by === null) throw new UsageError(phrases.badInitials);
  const { config, home } = await openHome(values);
  const now = new Date();
  const result = await withCaseStore(home, async (store) => {
    if (!store.getCase(caseId)) throw new UsageError(fillPlaceholders(phrases.unknownCase, { caseId }));
    const recorded = mark === 'faxed' ? store.recordFaxed(caseId, { at: now, by }) : store.recordOralReply(caseId, { at: now, by });
    const record = store.getCase(caseId)!;
    return { recorded, at: (mark === 'faxed' ? record.faxedAt : record.oralReplyAt) ?? now };
  });
  const time = formatSwedishTime(result.at, config.mail.timeZone);
  const key = mark === 'faxed' ? (result.recorded ? 'faxed' : 'faxedBefore') : result.recorded ? 'oralReply' : 'oralReplyBefore';
  if (values.json) process.stdout.write(`${JSON.stringify({ caseId, mark, recorded: result.recorded, at: result.at.toISOString() })}\n`);
  else process.stdout.write(`${fillPlaceholders(phrases[key], { caseId, time, by: by ? fillPlaceholders(phrases.by, { by }) : '' })}\n`);
  return 0;
}
