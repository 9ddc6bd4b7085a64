// `npm run eval:route`: generate fax-degraded reply scans, route them through the real pipeline, print match rates.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateReplies } from '../../fixtures/replies/generate-replies.js';
import { runRouteEval } from './run-route-eval.js';

// `--heldout`: a seed never used while tuning, drawn sets only; report it apart from the tuning runs (seed 7).
const { values } = parseArgs({ options: { degraded: { type: 'string', default: '60' }, shapes: { type: 'string', default: '40' }, seed: { type: 'string', default: '7' }, heldout: { type: 'boolean', default: false } } });
const dir = await mkdtemp(path.join(tmpdir(), 'reservfax-replies-'));
const seed = values.heldout ? 20261202 : Number(values.seed);
const fixtures = await generateReplies(path.join(dir, 'scans'), { degradedCount: Number(values.degraded), shapesCount: Number(values.shapes), seed, withoutFixed: values.heldout });
console.log(`reservfax eval:route — ${fixtures.length} synthetic reply scans (seed ${seed}${values.heldout ? ', held out' : ''})`);
const summary = await runRouteEval(fixtures, path.join(dir, 'home'), (result) => {
  const expected = result.fixture.expected.status === 'matched' ? 'matched' : `unmatched/${result.fixture.expected.reason}`;
  const got = result.outcome.status === 'matched' ? `matched ${result.outcome.caseId}` : `unmatched/${result.outcome.reason}`;
  console.log(`  ${result.fixture.id.padEnd(30)} ${result.correct ? 'ok  ' : 'MISS'} expected ${expected}, got ${got} (${result.seconds.toFixed(1)} s)${result.wrongCase ? '  WRONG CASE' : ''}`);
});
const degraded = summary.results.filter((r) => r.fixture.degradation !== 'clean' && r.fixture.expected.status === 'matched');
const degradedMatched = degraded.filter((r) => r.correct).length;
const unmatchedExpected = summary.results.filter((r) => r.fixture.expected.status === 'unmatched');
const shapes = summary.results.filter((r) => r.fixture.id.startsWith('s') && r.fixture.expected.status === 'matched');
console.log(`
Fax-degraded scans with a valid case ID matched: ${degradedMatched}/${degraded.length} (${((100 * degradedMatched) / Math.max(1, degraded.length)).toFixed(1)} %)
Other shapes (turned, ID forms) matched:          ${shapes.filter((r) => r.correct).length}/${shapes.length}
All scans with a valid, known case ID matched:   ${summary.matched}/${summary.matchable}
Scans that must go to manual review and did:      ${unmatchedExpected.filter((r) => r.correct).length}/${unmatchedExpected.length}
Filed under a wrong case:                          ${summary.wrongCase}
Seconds per page (wall, routing only):             ${summary.secondsPerPage.toFixed(2)}`);
await rm(dir, { recursive: true, force: true });
process.exitCode = summary.wrongCase > 0 ? 1 : 0;
