// `npm run eval`: generate the corpus, run the pipeline on it, print the table, write JSON under eval/results/.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../fixtures/corpus/generate-corpus.js';
import { formatComparison, readPrevious } from './compare-results.js';
import { formatTable } from './summarise-results.js';
import { runEval, writeResults } from './run-eval.js';

const { values } = parseArgs({ options: { limit: { type: 'string' }, only: { type: 'string' }, out: { type: 'string' } } });
const corpusDir = await mkdtemp(path.join(tmpdir(), 'reservfax-corpus-'));
let fixtures = await generateCorpus(corpusDir);
if (values.only) fixtures = fixtures.filter((f) => values.only!.split(',').includes(f.id));
if (values.limit) fixtures = fixtures.slice(0, Number(values.limit));
console.log(`reservfax eval — ${fixtures.length} synthetic referrals`);
const summary = await runEval(fixtures, (result, index) => {
  const flags = [result.score?.leaked.length ? `${result.score.leaked.length} LEAKED` : '', result.score?.lost.length ? `${result.score.lost.length} lost` : ''].filter(Boolean).join(', ');
  console.log(`  [${index + 1}/${fixtures.length}] ${result.id}: ${result.status} in ${result.seconds.toFixed(1)} s${flags ? ` — ${flags}` : ''}`);
});
console.log(`\n${formatTable(summary)}`);
const resultsDir = values.out ?? path.resolve(import.meta.dirname, 'results');
const previous = await readPrevious(path.join(resultsDir, 'latest.json'));
if (previous) console.log(`\n${formatComparison(previous, summary)}`);
const file = await writeResults(summary, resultsDir);
console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
