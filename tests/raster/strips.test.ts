import { describe, expect, it } from 'vitest';
import { splitAtBlankRows } from '../../src/raster/strips.js';

// A white page with dark text-like bands at the given rows.
function page(height: number, inkRows: [number, number][]) {
  const width = 50;
  const pixels = new Uint8Array(width * height).fill(255);
  for (const [from, to] of inkRows) pixels.fill(0, from * width, to * width);
  return { width, height, pixels };
}

describe('splitting a page for parallel OCR', () => {
  it('cuts only through blank bands and keeps every row exactly once', () => {
    const image = page(400, [[10, 40], [90, 130], [180, 260], [300, 390]]);
    const strips = splitAtBlankRows(image, 2);
    expect(strips).toHaveLength(2);
    const cut = strips[1]!.top;
    for (const [from, to] of [[10, 40], [90, 130], [180, 260], [300, 390]]) expect(cut <= from! || cut >= to!).toBe(true);
    expect(strips.reduce((rows, strip) => rows + strip.image.height, 0)).toBe(400);
  });

  it('leaves a page whole when no blank band lies near the middle', () => {
    const strips = splitAtBlankRows(page(400, [[0, 400]]), 2);
    expect(strips).toHaveLength(1);
    expect(strips[0]!.image.height).toBe(400);
  });
});
