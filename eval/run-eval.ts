import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import type { FixtureCase } from '../fixtures/lib/types.js';
import { parseConfig } from '../src/config/load-config.js';
import { InputRejectedError, RedactionUnverifiedError } from '../src/errors.js';
import { prepareHome } from '../src/fs/home.js';
import { ocrPoolOptions, withOcrPool } from '../src/ocr/ocr-pool.js';
import { sendReferral } from '../src/outbound/index.js';
import { openCaseStore } from '../src/store/case-store.js';
import { createCheckWorker } from './check/inspect-output.js';
import { scoreDocument } from './score-document.js';
import { summarise, type DocumentResult, type EvalSummary } from './summarise-results.js';

/**
 * Run the real outbound pipeline on every fixture and score each output independently of the detector.
 * Documents are processed one after another with one shared OCR pool, as the service will.
 */
export async function runEval(
  fixtures: readonly FixtureCase[],
  onProgress?: (result: DocumentResult, index: number) => void,
  options: { asFaxed?: boolean } = {},
): Promise<EvalSummary> {
  const work = await mkdtemp(path.join(tmpdir(), 'reservfax-eval-'));
  const config = parseConfig({});
  const home = await prepareHome(path.join(work, 'home'), config);
  const checker = await createCheckWorker();
  const store = openCaseStore(home.storeFile);
  const results: DocumentResult[] = [];
  try {
    await withOcrPool(ocrPoolOptions(config.anonymise), async (ocr) => {
      for (const [index, fixture] of fixtures.entries()) {
        const output = path.join(work, `${fixture.id}.pdf`);
        const start = performance.now();
        let result: DocumentResult;
        try {
          const outcome = await sendReferral({ referral: fixture.file, outputFile: output, home, config, ocr, store });
          const seconds = (performance.now() - start) / 1000;
          const score = await scoreDocument(await readFile(output), fixture, checker, outcome.caseId, options.asFaxed);
          result = { id: fixture.id, status: 'faxed', seconds, pages: outcome.pages - 1, score };
        } catch (error) {
          const seconds = (performance.now() - start) / 1000;
          const status = error instanceof RedactionUnverifiedError ? 'refused' : error instanceof InputRejectedError ? 'rejected' : 'error';
          const reason = error instanceof RedactionUnverifiedError ? `${error.reason}, page ${error.page}` : String((error as Error).message);
          result = { id: fixture.id, status, seconds, pages: 1, reason };
        }
        results.push(result);
        onProgress?.(result, index);
      }
    });
  } finally {
    await checker.terminate();
    store.close();
    await rm(work, { recursive: true, force: true });
  }
  return summarise(results, availableParallelism());
}

// Where results are written, so a later run can be compared with this one.
export async function writeResults(summary: EvalSummary, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `eval-${summary.date.replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(path.join(dir, 'latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return file;
}
