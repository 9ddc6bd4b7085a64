// `npm run eval`: generate both corpora, run the pipeline on them, print one table per corpus, write JSON under eval/results/.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../fixtures/corpus/generate-corpus.js';
import { generateCorpus2 } from '../fixtures/corpus2/generate-corpus2.js';
import type { FixtureCase } from '../fixtures/lib/types.js';
import { formatComparison, previousFor, readPrevious } from './compare-results.js';
import { formatTable, type EvalSummary } from './summarise-results.js';
import { runEval, writeResults } from './run-eval.js';

const CORPORA = {
  '1': { label: 'corpus 1 (tuned)', generate: generateCorpus },
  '2': { label: 'corpus 2 (held out)', generate: generateCorpus2 },
} as const;

const { values } = parseArgs({ options: { limit: { type: 'string' }, only: { type: 'string' }, out: { type: 'string' }, corpus: { type: 'string', default: 'all' }, 'as-faxed': { type: 'boolean', default: false } } });
if (!['1', '2', 'all'].includes(values.corpus!)) throw new Error(`--corpus must be 1, 2 or all, got "${values.corpus}"`);
const chosen = (values.corpus === 'all' ? ['1', '2'] : [values.corpus]) as (keyof typeof CORPORA)[];
const resultsDir = values.out ?? path.resolve(import.meta.dirname, 'results');
const previous = await readPrevious(path.join(resultsDir, 'latest.json'));
const summaries: Partial<Record<keyof typeof CORPORA, EvalSummary>> = {};

for (const key of chosen) {
  const { label, generate } = CORPORA[key];
  const corpusDir = await mkdtemp(path.join(tmpdir(), `reservfax-corpus${key}-`));
  let fixtures: FixtureCase[] = await generate(corpusDir);
  if (values.only) fixtures = fixtures.filter((f) => values.only!.split(',').includes(f.id));
  if (values.limit) fixtures = fixtures.slice(0, Number(values.limit));
  if (fixtures.length === 0) {
    await rm(corpusDir, { recursive: true, force: true });
    continue;
  }
  console.log(`\nreservfax eval — ${label}: ${fixtures.length} synthetic referrals`);
  const summary = await runEval(fixtures, (result, index) => {
    const flags = [result.score?.leaked.length ? `${result.score.leaked.length} LEAKED` : '', result.score?.lost.length ? `${result.score.lost.length} lost` : ''].filter(Boolean).join(', ');
    console.log(`  [${index + 1}/${fixtures.length}] ${result.id}: ${result.status} in ${result.seconds.toFixed(1)} s${flags ? ` — ${flags}` : ''}`);
  }, { asFaxed: values['as-faxed'] });
  summaries[key] = { ...summary, corpus: label };
  await rm(corpusDir, { recursive: true, force: true });
}

for (const key of chosen) {
  const summary = summaries[key];
  if (!summary) continue;
  console.log(`\n=== ${CORPORA[key].label} ===\n${formatTable(summary)}`);
  const before = previous && previousFor(previous, key);
  if (before) console.log(`\n${formatComparison(before, summary)}`);
}
// A run of one corpus keeps the other corpus's last summary, so both baselines survive in latest.json.
const corpora = { ...(previous ? { '1': previousFor(previous, '1'), '2': previousFor(previous, '2') } : {}), ...summaries };
for (const key of Object.keys(corpora) as (keyof typeof corpora)[]) if (!corpora[key]) delete corpora[key];
const main = corpora['1'] ?? corpora['2'];
if (chosen.some((key) => summaries[key]) && main) {
  const { corpora: _, ...top } = main;
  const file = await writeResults({ ...top, corpora }, resultsDir);
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
}
