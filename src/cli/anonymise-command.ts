import path from 'node:path';
import { UsageError } from '../errors.js';
import { ocrPoolOptions, withOcrPool } from '../ocr/ocr-pool.js';
import { processReferral } from '../service/process-referral.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';

// `reservfax anonymise IN.pdf --out OUT.pdf`: one referral, by hand, outside the service.
export async function runAnonymise(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { out: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError('Ange exakt en remissfil: reservfax anonymise IN.pdf --out UT.pdf');
  if (!values.out) throw new UsageError('Ange var resultatet ska sparas med --out UT.pdf');
  const { config, home } = await openHome(values);
  const outcome = await withCaseStore(home, (store) =>
    withOcrPool({ ...ocrPoolOptions(config.anonymise), startNow: true }, (ocr) => processReferral({ inputFile: positionals[0]!, outputFile: values.out!, home, config, ocr, store })),
  );
  if (values.json) {
    const { caseId, pages, output, redactions } = outcome;
    process.stdout.write(`${JSON.stringify({ caseId, pages, output, redactions })}\n`);
  } else {
    process.stdout.write(
      `Klar: ärende ${outcome.caseId}, ${outcome.pages} sidor inklusive försättssida, ` +
        `${outcome.redactions.length} maskerade uppgifter.\nFaxa: ${path.relative(process.cwd(), outcome.output) || outcome.output}\n`,
    );
  }
  return 0;
}
