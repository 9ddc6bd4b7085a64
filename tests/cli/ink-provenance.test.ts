import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractTextLayer, ocrPdf } from '../../eval/check/inspect-output.js';
import { containsIdentifier, containsKeep } from '../../eval/check/text-match.js';
import type { FixtureCase } from '../../fixtures/lib/types.js';
import { provenanceFixtures } from '../helpers/fixtures.js';
import { useCheckWorker } from '../helpers/check-worker.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

let fixtures: FixtureCase[];
const checker = useCheckWorker();

beforeAll(async () => {
  fixtures = await provenanceFixtures();
}, 120_000);

const cases: [string, string][] = [
  ['prov-bordered-table', 'a ruled RIS printout with shaded bands and an 8 pt footer'],
  ['prov-outlined-patient', 'a referral whose patient block was converted to outlines'],
  ['prov-lying-tounicode', 'a referral whose font maps every character to the wrong letter'],
  ['prov-scan-hidden-text', 'a scan with misread invisible text laid under it'],
];

describe('reservfax anonymise on pages whose ink comes from different PDF operators', () => {
  for (const [id, shape] of cases) {
    it(`faxes ${shape} with every identifier gone and every kept item legible`, async () => {
      const fixture = fixtures.find((f) => f.id === id)!;
      const work = await makeTempDir();
      const out = path.join(work, 'att-faxa.pdf');
      const result = await runCli(['anonymise', fixture.file, '--out', out, '--home', path.join(work, 'home'), '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const pdf = await readFile(out);
      expect(await extractTextLayer(pdf)).toBe('');
      const pages = await ocrPdf(pdf, { worker: checker(), sparse: true });
      const leaked = fixture.identifiers.filter((identifier) => containsIdentifier(pages.join('\n'), identifier.value));
      expect(leaked).toEqual([]);
      const lost = fixture.keep.filter((keep) => !containsKeep(pages.slice(1).join('\n'), keep.value));
      expect(lost).toEqual([]);
    }, 180_000);
  }
});
