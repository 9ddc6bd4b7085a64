import { describe, expect, it } from 'vitest';
import { runEval } from '../../eval/run-eval.js';
import { corpusFixtures } from '../helpers/fixtures.js';

const SAMPLE = ['c06-labelled-sticker', 'c17-letter-scan-ros', 'c21-two-column-samordning'];

describe('the evaluation on a sample of the corpus', () => {
  it('leaks no identifier from a sticker referral, a scanned letter and a two-column form', async () => {
    const corpus = await corpusFixtures();
    const sample = corpus.filter((fixture) => SAMPLE.includes(fixture.id));
    expect(sample.map((fixture) => fixture.id).sort()).toEqual(SAMPLE);
    const summary = await runEval(sample);
    const leaked = summary.perDocument.flatMap((doc) => doc.leaked.map((value) => `${doc.id} ${value}`));
    expect(leaked).toEqual([]);
    expect(summary.errors).toBe(0);
    expect(summary.faxed).toBe(SAMPLE.length);
  }, 300_000);
});
