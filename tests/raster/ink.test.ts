import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../../src/barcode/looks-like-code.js';
import { analyseInk } from '../../src/raster/ink.js';

const DPI = 200;

// A white A6-sized raster to draw dark rectangles (in pixels) on.
function canvas(): { width: number; height: number; pixels: Uint8Array; fill: (x0: number, y0: number, x1: number, y1: number) => void } {
  const width = 800;
  const height = 600;
  const pixels = new Uint8Array(width * height).fill(255);
  return {
    width,
    height,
    pixels,
    fill: (x0, y0, x1, y1) => {
      for (let y = y0; y < y1; y++) pixels.fill(0, y * width + x0, y * width + x1);
    },
  };
}

describe('ink no recognised text explains', () => {
  it('reports a striped block nobody decoded as a dense region that looks like a code', () => {
    const image = canvas();
    for (let x = 100; x < 300; x += 6) image.fill(x, 100, x + 3, 180);
    const { denseRegions, unexplained } = analyseInk(image, DPI, []);
    expect(denseRegions).toHaveLength(1);
    const [region] = denseRegions;
    expect(region!.x0 * (DPI / 72)).toBeLessThanOrEqual(100);
    expect(region!.x1 * (DPI / 72)).toBeGreaterThanOrEqual(297);
    expect(looksLikeCode(image, DPI, region!)).toBe(true);
    expect(unexplained).toBeLessThan(0.001);
  });

  it('ignores ink that recognised words explain, and thin rules', () => {
    const image = canvas();
    image.fill(100, 100, 400, 130);
    image.fill(50, 300, 750, 302);
    const words = [{ x0: 100 * (72 / DPI), y0: 100 * (72 / DPI), x1: 400 * (72 / DPI), y1: 130 * (72 / DPI) }];
    const { denseRegions } = analyseInk(image, DPI, words);
    expect(denseRegions).toEqual([]);
  });

  it('counts scattered marks it cannot explain, so an unreadable page can be refused', () => {
    const image = canvas();
    for (let y = 20; y < 580; y += 14) for (let x = 20; x < 780; x += 14) image.fill(x, y, x + 4, y + 4);
    const { denseRegions, unexplained } = analyseInk(image, DPI, []);
    expect(denseRegions).toEqual([]);
    expect(unexplained).toBeGreaterThan(0.005);
  });
});
