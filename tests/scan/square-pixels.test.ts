import { describe, expect, it } from 'vitest';
import { applyOrientation } from '../../src/scan/orient.js';
import { squarePixels } from '../../src/scan/square-pixels.js';

const image = (width: number, height: number, values: number[]) => ({ width, height, pixels: Uint8Array.from(values) });

describe('squaring the pixels of a fax page', () => {
  it('repeats every row of a 204 × 98 dpi page about twice to reach 204 × 204 dpi', () => {
    const rows = Array.from({ length: 98 }, (_, y) => [y, y]).flat();
    const { image: out, dpi } = squarePixels(image(2, 98, rows), { x: 204, y: 98 });
    expect(dpi).toBe(204);
    expect([out.width, out.height]).toEqual([2, 204]);
    const sourceRows = Array.from({ length: 204 }, (_, y) => out.pixels[y * 2]!);
    expect(new Set(sourceRows).size).toBe(98);
    expect(sourceRows).toEqual([...sourceRows].sort((a, b) => a - b));
    expect(sourceRows[0]).toBe(0);
    expect(sourceRows[203]).toBe(97);
  });

  it('leaves a page with square pixels untouched and widens columns when the horizontal resolution is the coarser one', () => {
    const square = image(2, 2, [1, 2, 3, 4]);
    expect(squarePixels(square, { x: 200, y: 200 })).toEqual({ image: square, dpi: 200 });
    expect(squarePixels(square, { x: 100, y: 200 }).image).toEqual(image(4, 2, [1, 1, 2, 2, 3, 3, 4, 4]));
  });
});

describe('turning a TIFF page upright from its Orientation tag', () => {
  // Stored 3 × 2:  a b c / d e f
  const stored = image(3, 2, [1, 2, 3, 4, 5, 6]);
  const cases: [number, number, number, number[]][] = [
    [1, 3, 2, [1, 2, 3, 4, 5, 6]],
    [2, 3, 2, [3, 2, 1, 6, 5, 4]],
    [3, 3, 2, [6, 5, 4, 3, 2, 1]],
    [4, 3, 2, [4, 5, 6, 1, 2, 3]],
    [5, 2, 3, [1, 4, 2, 5, 3, 6]],
    [6, 2, 3, [4, 1, 5, 2, 6, 3]],
    [7, 2, 3, [6, 3, 5, 2, 4, 1]],
    [8, 2, 3, [3, 6, 2, 5, 1, 4]],
  ];
  for (const [orientation, width, height, pixels] of cases) {
    it(`shows a page stored with orientation ${orientation} the right way up`, () => {
      expect(applyOrientation(stored, orientation)).toEqual(image(width, height, pixels));
    });
  }
});
