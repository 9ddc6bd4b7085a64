import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { ensureFonts, fontSpec } from '../../fixtures/lib/render-canvas.js';
import { readsAsLabelOnly } from '../../src/anonymise/second-reading.js';
import { toGray } from '../../src/raster/gray.js';
import { useOcrPool } from '../helpers/ocr-pool.js';

const DPI = 200;
const ocr = useOcrPool();

// A strip of page at 200 dpi with one word at 11 pt, and that word's box in points.
function wordOnPage(word: string) {
  ensureFonts();
  const canvas = createCanvas(800, 120);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  context.font = fontSpec('regular', (11 * DPI) / 72);
  context.fillText(word, 100, 70);
  const width = context.measureText(word).width;
  const pt = 72 / DPI;
  return { image: toGray(canvas), box: { x0: 100 * pt - 1.5, y0: 40 * pt - 1.5, x1: (100 + width) * pt + 1.5, y1: 76 * pt + 1.5 } };
}

describe('a second reading of a value verification found beside a label', () => {
  it('recognises a field label that the first reading took for a value', async () => {
    const { image, box } = wordOnPage('Pnr:');
    expect(await readsAsLabelOnly(image, DPI, box, ocr())).toBe(true);
  });

  it('leaves a surname standing as a value', async () => {
    const { image, box } = wordOnPage('Wennerholm');
    expect(await readsAsLabelOnly(image, DPI, box, ocr())).toBe(false);
  });

  it('leaves a label followed by a name standing, because the name is still there', async () => {
    const { image, box } = wordOnPage('Pnr: Lundqvist');
    expect(await readsAsLabelOnly(image, DPI, box, ocr())).toBe(false);
  });
});
