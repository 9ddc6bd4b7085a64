import path from 'node:path';
import { UsageError } from '../errors.js';
import { ocrPoolOptions, withOcrPool } from '../ocr/ocr-pool.js';
import { sendReferral } from '../outbound/index.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';
import { message } from '../messages.js';

// `reservfax anonymise IN.pdf --out OUT.pdf`: one referral, by hand, outside the service.
export async function runAnonymise(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { out: { type: 'string' } });
  if (positionals.length !== 1) throw new UsageError(message('cli.anonymise-one-file'));
  if (!values.out) throw new UsageError(message('cli.anonymise-no-out'));
  const { config, home } = await openHome(values);
  const outcome = await withCaseStore(home, (store) =>
    withOcrPool({ ...ocrPoolOptions(config.anonymise), startNow: true }, (ocr) => sendReferral({ referral: positionals[0]!, outputFile: values.out!, home, config, ocr, store })),
  );
  if (values.json) {
    const { caseId, pages, output, redactions } = outcome;
    process.stdout.write(`${JSON.stringify({ caseId, pages, output, redactions })}\n`);
  } else {
    const output = path.relative(process.cwd(), outcome.output) || outcome.output;
    process.stdout.write(`${message('cli.anonymise-done', { caseId: outcome.caseId, pages: outcome.pages, redactions: outcome.redactions.length, output })}\n`);
  }
  return 0;
}
