import { readFile } from 'node:fs/promises';
import { configSchema } from '../../src/config/schema.js';
import { ocrPoolOptions, withOcrPool } from '../../src/ocr/ocr-pool.js';
import { routeReply, type RouteOutcome } from '../../src/route/index.js';
import { openCaseStore } from '../../src/store/case-store.js';
import type { ReplyFixture } from '../../fixtures/replies/generate-replies.js';
import { seedHome } from './seed-home.js';

export interface RouteResult {
  fixture: ReplyFixture;
  outcome: RouteOutcome;
  seconds: number;
  /** The decision a person would check: the right case, or manual review when expected. */
  correct: boolean;
  /** Filed under a case other than the one printed on it: the failure that must never happen. */
  wrongCase: boolean;
}

export interface RouteSummary {
  results: RouteResult[];
  matchable: number;
  matched: number;
  wrongCase: number;
  secondsPerPage: number;
}

// Route every fixture through the real pipeline in one home whose store holds all fixtures' cases, and score it.
export async function runRouteEval(fixtures: readonly ReplyFixture[], homeDir: string, onResult?: (result: RouteResult) => void): Promise<RouteSummary> {
  const config = configSchema.parse({});
  const storeCases = [...new Set(fixtures.flatMap((fixture) => fixture.storeCases))];
  const home = await seedHome(homeDir, storeCases.map((caseId, index) => ({ caseId, unit: index % 4 === 3 ? undefined : `Avdelning ${1 + (index % 3)} NÄL` })));
  const store = openCaseStore(home.storeFile);
  const results: RouteResult[] = [];
  try {
    await withOcrPool(ocrPoolOptions(config.anonymise), async (ocr) => {
      for (const fixture of fixtures) {
        const started = performance.now();
        const outcome = await routeReply({ scan: await readFile(fixture.file), home, config, ocr, store });
        const result = score(fixture, outcome, (performance.now() - started) / 1000);
        results.push(result);
        onResult?.(result);
      }
    });
  } finally {
    store.close();
  }
  const matchable = results.filter((r) => r.fixture.expected.status === 'matched');
  const pages = results.reduce((sum, r) => sum + r.fixture.pages, 0);
  return {
    results,
    matchable: matchable.length,
    matched: matchable.filter((r) => r.correct).length,
    wrongCase: results.filter((r) => r.wrongCase).length,
    secondsPerPage: results.reduce((sum, r) => sum + r.seconds, 0) / Math.max(1, pages),
  };
}

function score(fixture: ReplyFixture, outcome: RouteOutcome, seconds: number): RouteResult {
  const expected = fixture.expected;
  const wrongCase = outcome.status === 'matched' && (expected.status !== 'matched' || outcome.caseId !== expected.caseId);
  const correct =
    expected.status === 'matched'
      ? outcome.status === 'matched' && outcome.caseId === expected.caseId
      : outcome.status === 'unmatched' && outcome.reason === expected.reason;
  return { fixture, outcome, seconds, correct, wrongCase };
}
