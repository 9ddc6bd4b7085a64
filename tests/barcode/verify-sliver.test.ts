import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { KnownValues } from '../../src/detect/types.js';
import { verifyPage } from '../../src/anonymise/verify-page.js';
import { RedactionUnverifiedError } from '../../src/errors.js';
import { withOcrPool } from '../../src/ocr/ocr-pool.js';
import { toGray } from '../../src/raster/gray.js';
import { inventedPersonnummer, wornCode128 } from './code-pages.js';

const DPI = 200;
const nothingKnown = (): KnownValues => ({ nameTokens: new Set(), referrerTokens: new Set(), referrerNumbers: new Set(), numbers: new Map(), codes: new Map() });

// A page where a black box covers a worn Code128 except its bottom `rows` pixel rows of faint bars, as a short box would.
async function pageWithSliver(text: string, rows: number) {
  const bars = await wornCode128(text);
  const canvas = createCanvas(1595, 2256);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const left = 900;
  const top = 400;
  ctx.drawImage(bars, left, top);
  ctx.fillStyle = '#000000';
  ctx.fillRect(left - 30, top - 20, bars.width + 60, bars.height + 20 - rows);
  const boxPt = { x0: ((left - 30) * 72) / DPI, y0: ((top - 20) * 72) / DPI, x1: ((left + bars.width + 30) * 72) / DPI, y1: ((top + bars.height - rows) * 72) / DPI };
  return { image: toGray(canvas), boxPt };
}

describe('verification of a finished page', () => {
  it('refuses the page when only the bottom 2 pixel rows of a faint Code128 are left under the black box', async () => {
    const { image, boxPt } = await pageWithSliver(inventedPersonnummer('tests/barcode/verify-sliver'), 2);
    const outcome = await withOcrPool({ workers: 1, languages: ['swe', 'eng'] }, (ocr) =>
      verifyPage(image, DPI, 1, [boxPt], nothingKnown(), ocr).then(() => undefined, (error: unknown) => error),
    );
    expect(outcome).toBeInstanceOf(RedactionUnverifiedError);
    expect((outcome as RedactionUnverifiedError).reason).toBe('barcode-remains');
  }, 60_000);

  it('accepts the same page once the black box covers every row of the code', async () => {
    const { image, boxPt } = await pageWithSliver(inventedPersonnummer('tests/barcode/verify-sliver'), 0);
    await withOcrPool({ workers: 1, languages: ['swe', 'eng'] }, (ocr) => verifyPage(image, DPI, 1, [boxPt], nothingKnown(), ocr));
  }, 60_000);
});
