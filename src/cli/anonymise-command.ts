import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { UsageError } from '../errors.js';
import { DEFAULT_HOME, prepareHome } from '../fs/home.js';
import { ocrPoolOptions, withOcrPool } from '../ocr/ocr-pool.js';
import { processReferral } from '../service/process-referral.js';

// `reservfax anonymise IN.pdf --out OUT.pdf`: one referral, by hand, outside the service.
export async function runAnonymise(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args);
  if (positionals.length !== 1) throw new UsageError('Ange exakt en remissfil: reservfax anonymise IN.pdf --out UT.pdf');
  if (!values.out) throw new UsageError('Ange var resultatet ska sparas med --out UT.pdf');
  const homeDir = values.home ?? DEFAULT_HOME;
  const config = await loadConfig({ home: homeDir, configFile: values.config });
  const home = await prepareHome(homeDir, config);
  const outcome = await withOcrPool(ocrPoolOptions(config.anonymise), (ocr) =>
    processReferral({ inputFile: positionals[0]!, outputFile: values.out!, home, config, ocr }),
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

function parseCommand(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        home: { type: 'string' },
        config: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`Fel i kommandot: ${(error as Error).message}`);
  }
}
