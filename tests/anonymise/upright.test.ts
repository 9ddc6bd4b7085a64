import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ocrPdf } from '../../eval/check/inspect-output.js';
import { containsIdentifier, containsKeep } from '../../eval/check/text-match.js';
import { anonymiseReferral } from '../../src/anonymise/index.js';
import { buildFaxPdf } from '../../src/fax-pdf/index.js';
import { textLineAxis, turnGray } from '../../src/raster/turn.js';
import { byId, corpusFixtures } from '../helpers/fixtures.js';
import { useOcrPool } from '../helpers/ocr-pool.js';

const ocr = useOcrPool();
const COVER = { width: 1654, height: 2339, pixels: new Uint8Array(1654 * 2339).fill(255) };

// Three text lines drawn as dark bars on white, for the line-direction signal.
function linedPage(): { width: number; height: number; pixels: Uint8Array } {
  const width = 300;
  const height = 400;
  const pixels = new Uint8Array(width * height).fill(255);
  for (const top of [100, 160, 220]) for (let y = top; y < top + 12; y++) for (let x = 40; x < 260; x += 3) pixels[y * width + x] = 0;
  return { width, height, pixels };
}

describe('a scan fed into the scanner the wrong way round', () => {
  it('tells from the ink alone whether text lines run across or down the page', () => {
    expect(textLineAxis(linedPage())).toBe('rows');
    expect(textLineAxis(turnGray(linedPage(), 90))).toBe('columns');
    const turnedTwice = turnGray(turnGray(linedPage(), 90), 270);
    expect(Buffer.from(turnedTwice.pixels).equals(Buffer.from(linedPage().pixels))).toBe(true);
  });

  for (const id of ['c37-labelled-scan-upside-down', 'c38-letter-scan-sideways']) {
    it(`is read upright, redacted and faxed upright instead of being refused (${id})`, async () => {
      const built = byId(await corpusFixtures(), id);
      const result = await anonymiseReferral({ pdf: new Uint8Array(await readFile(built.file)), maxPages: 5, minOcrConfidence: 55, maxUnexplainedInk: 0.005, ocr: ocr(), parallelPages: 1 });
      const output = await buildFaxPdf({ caseId: 'RF-TEST00', cover: COVER, pages: result.pages });
      const text = (await ocrPdf(output)).slice(1).join('\n');
      for (const identifier of built.identifiers) expect(containsIdentifier(text, identifier.value), identifier.kind).toBe(false);
      const kept = built.keep.filter((item) => containsKeep(text, item.value));
      expect(kept.length / built.keep.length).toBeGreaterThanOrEqual(0.9);
    }, 240_000);
  }
});
