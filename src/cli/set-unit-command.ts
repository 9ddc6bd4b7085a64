import path from 'node:path';
import { UsageError } from '../errors.js';
import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import { fileUnitCopies, type UnitCopies } from '../route/file-unit-copies.js';
import { isValidCaseId } from '../case-id/case-id.js';
import { resolveUnit } from '../units/resolve-unit.js';
import { openHome, withCaseStore } from './command-line.js';

type SetUnitPhrases = Record<'unknownUnit' | 'usage' | 'invalidCase' | 'unknownCase' | 'recorded' | 'noReplyYet' | 'copied' | 'alreadyThere' | 'missing' | 'stale' | 'sheet', string>;

// `reservfax cases set-unit CASEID UNIT`: the unit the night could not read, set by an administrator; replies already
// filed get their unit copy now.
export async function runSetUnit(values: { home?: string | undefined; config?: string | undefined; json?: boolean | undefined }, args: string[]): Promise<number> {
  const phrases = (await readJsonTemplate<{ setUnit: SetUnitPhrases }>('referring-unit.sv.json')).setUnit;
  if (args.length !== 2) throw new UsageError(phrases.usage);
  const caseId = args[0]!.toUpperCase();
  if (!isValidCaseId(caseId)) throw new UsageError(phrases.invalidCase);
  const { config, home } = await openHome(values);
  const unit = resolveUnit(config.units, args[1]!);
  if (!unit) {
    const units = config.units.map((u) => `  ${u.name}${u.folder === u.name ? '' : ` (mapp ${u.folder})`}`).join('\n');
    throw new UsageError(fillPlaceholders(phrases.unknownUnit, { given: args[1]!, units }));
  }
  const copies = await withCaseStore(home, async (store) => {
    if (!store.getCase(caseId)) throw new UsageError(fillPlaceholders(phrases.unknownCase, { caseId }));
    store.setReferringUnit(caseId, { name: unit.name, folder: unit.folder, evidence: 'set-by-hand' });
    return fileUnitCopies({ home, config, store, caseId });
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ caseId, unit: unit.name, folder: unit.folder, ...copies })}\n`);
    return 0;
  }
  const relative = (file: string) => path.relative(home.root, file);
  process.stdout.write(`${report(phrases, copies, relative, { caseId, unit: unit.name, folder: `${relative(path.join(home.referringUnits, unit.folder))}/` })}\n`);
  return 0;
}

function report(phrases: SetUnitPhrases, copies: UnitCopies, relative: (file: string) => string, facts: { caseId: string; unit: string; folder: string }): string {
  const lines = [fillPlaceholders(phrases.recorded, facts)];
  const each = (phrase: string, files: string[]) => files.forEach((file) => lines.push(fillPlaceholders(phrase, { file: relative(file) })));
  each(phrases.copied, copies.copied);
  each(phrases.alreadyThere, copies.alreadyThere);
  each(phrases.missing, copies.missing);
  each(phrases.stale, copies.stale);
  each(phrases.sheet, copies.sheets);
  if (copies.copied.length + copies.alreadyThere.length + copies.missing.length === 0) lines.push(phrases.noReplyYet);
  return lines.join('\n');
}
