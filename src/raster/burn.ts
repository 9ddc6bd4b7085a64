import type { Box } from '../layout/types.js';
import type { GrayImage } from './gray.js';

// Paint opaque black over each box (points) on a copy of a raster at `dpi`; the pixels underneath are gone.
export function burnBoxes(image: GrayImage, boxes: readonly Box[], dpi: number): GrayImage {
  const pixels = new Uint8Array(image.pixels);
  for (const box of boxes) {
    const { x0, y0, x1, y1 } = boxPixels(image, box, dpi);
    if (x1 <= x0) continue;
    for (let y = y0; y < y1; y++) pixels.fill(0, y * image.width + x0, y * image.width + x1);
  }
  return { width: image.width, height: image.height, pixels };
}

// The pixels a box (points) covers on a raster at `dpi`: every pixel it touches, less `inset` pixels on each side,
// clipped to the raster.
export function boxPixels(image: { width: number; height: number }, box: Box, dpi: number, inset = 0): { x0: number; y0: number; x1: number; y1: number } {
  const scale = dpi / 72;
  return {
    x0: Math.max(0, Math.floor(box.x0 * scale) + inset),
    y0: Math.max(0, Math.floor(box.y0 * scale) + inset),
    x1: Math.min(image.width, Math.ceil(box.x1 * scale) - inset),
    y1: Math.min(image.height, Math.ceil(box.y1 * scale) - inset),
  };
}
