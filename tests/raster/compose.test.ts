import { describe, expect, it } from 'vitest';
import { resampleGray } from '../../src/raster/compose.js';
import type { GrayImage } from '../../src/raster/gray.js';

function blank(width: number, height: number): GrayImage {
  return { width, height, pixels: new Uint8Array(width * height).fill(255) };
}

const mean = (image: GrayImage) => image.pixels.reduce((sum, value) => sum + value, 0) / image.pixels.length;

describe('area-averaged resampling of a grey page', () => {
  it('keeps a one-pixel stroke of a 300 dpi page visible at fax resolution', () => {
    const page = blank(300, 300);
    for (let y = 0; y < 300; y++) page.pixels[y * 300 + 150] = 0;
    const fax = resampleGray(page, 200, 200);
    const darkest = Math.min(...Array.from({ length: 200 }, (_, x) => fax.pixels[100 * 200 + x]!));
    expect(darkest).toBeLessThan(128);
  });

  it('keeps the page as dark on average as it was', () => {
    const page = blank(310, 437);
    for (let i = 0; i < page.pixels.length; i += 7) page.pixels[i] = 0;
    expect(Math.abs(mean(resampleGray(page, 199, 281)) - mean(page))).toBeLessThan(1);
  });

  it('leaves a white page white and gives exactly the size asked for', () => {
    const fax = resampleGray(blank(2481, 3508), 1595, 2256);
    expect([fax.width, fax.height]).toEqual([1595, 2256]);
    expect(fax.pixels.every((value) => value === 255)).toBe(true);
  });
});
