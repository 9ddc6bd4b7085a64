import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FixtureCase } from '../../fixtures/lib/types.js';
import { ocrScopes } from '../../src/anonymise/ocr-scope.js';
import { judgeTextLayer } from '../../src/anonymise/text-trust.js';
import { renderInkLayers, type InkLayers } from '../../src/pdf/render-layers.js';
import { extractTextWords } from '../../src/pdf/text-words.js';
import { withPdf } from '../../src/pdf/with-pdf.js';
import { maskTouches, type LayerMask } from '../../src/raster/layer-mask.js';
import type { Word } from '../../src/layout/types.js';
import { provenanceFixtures } from '../helpers/fixtures.js';

let fixtures: FixtureCase[];

beforeAll(async () => {
  fixtures = await provenanceFixtures();
});

async function firstPage(id: string): Promise<{ layers: InkLayers; words: Word[] }> {
  const fixture = fixtures.find((f) => f.id === id)!;
  return withPdf(await readFile(fixture.file), 10, async (pdf) => {
    const page = await pdf.getPage(1);
    return { layers: await renderInkLayers(page, 100), words: await extractTextWords(page) };
  });
}

// The OCR words a reader would take from the page: here the text layer's own words, which a good OCR agrees with.
const readAsPrinted = (words: readonly Word[]) => words.map((word) => ({ ...word, confidence: 95 }));

const share = (mask: LayerMask) => mask.cells.reduce((sum, cell) => sum + cell, 0) / mask.cells.length;

describe('where the ink of a page comes from', () => {
  it('puts text, images and paths of a ruled RIS printout in separate layers', async () => {
    const { layers } = await firstPage('prov-bordered-table');
    const drawn = (image: InkLayers['text']) => image.pixels.filter((v) => v < 200).length;
    expect(drawn(layers.text)).toBeGreaterThan(2000);
    expect(drawn(layers.vector)).toBeGreaterThan(2000);
    expect(drawn(layers.image)).toBe(0);
  });

  it('leaves table rules, shaded bands and trusted text of a digital page outside what OCR must vouch for', async () => {
    const { layers, words } = await firstPage('prov-bordered-table');
    const trust = judgeTextLayer(words, readAsPrinted(words), layers);
    expect(trust.untrusted).toEqual([]);
    expect(share(ocrScopes(layers, [trust.trusted])[0]!)).toBeLessThan(0.001);
  });

  it('counts text converted to outlines as something only OCR can read, but not the logo or the rules', async () => {
    const { layers, words } = await firstPage('prov-outlined-patient');
    const scope = ocrScopes(layers, [judgeTextLayer(words, readAsPrinted(words), layers).trusted])[0]!;
    const nameLine = { x0: 60, y0: 140, x1: 200, y1: 152 };
    const logo = { x0: 50, y0: 50, x1: 90, y1: 90 };
    expect(maskTouches(scope, nameLine)).toBe(true);
    expect(maskTouches(scope, logo)).toBe(false);
  });

  it('distrusts a whole text layer whose font maps every character to the wrong letter', async () => {
    const { layers, words } = await firstPage('prov-lying-tounicode');
    const printed = (await firstPage('prov-bordered-table')).words;
    expect(words.some((word) => word.text.startsWith('Obno'))).toBe(true);
    const ocrOfPixels = words.map((word) => ({ ...word, text: word.text.replace(/[b-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 1)), confidence: 92 }));
    const trust = judgeTextLayer(words, ocrOfPixels, layers);
    expect(trust.trusted).toEqual([]);
    expect(share(ocrScopes(layers, [trust.trusted])[0]!)).toBeGreaterThan(0.005);
    expect(judgeTextLayer(printed, readAsPrinted(printed), (await firstPage('prov-bordered-table')).layers).untrusted).toEqual([]);
  });

  it('never lets invisible text laid under a scan vouch for the pixels', async () => {
    const { layers, words } = await firstPage('prov-scan-hidden-text');
    expect(words.length).toBeGreaterThan(20);
    const trust = judgeTextLayer(words, readAsPrinted(words), layers);
    expect(trust.trusted).toEqual([]);
    expect(share(ocrScopes(layers, [[]])[0]!)).toBeGreaterThan(0.005);
  });
});
