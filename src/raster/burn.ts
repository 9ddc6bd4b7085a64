import type { Box } from '../layout/types.js';
import type { GrayImage } from './gray.js';

// Paint opaque black over each box (points) on a copy of a raster at `dpi`; the pixels underneath are gone.
export function burnBoxes(image: GrayImage, boxes: readonly Box[], dpi: number): GrayImage {
  const pixels = new Uint8Array(image.pixels);
  const scale = dpi / 72;
  for (const box of boxes) {
    const x0 = Math.max(0, Math.floor(box.x0 * scale));
    const y0 = Math.max(0, Math.floor(box.y0 * scale));
    const x1 = Math.min(image.width, Math.ceil(box.x1 * scale));
    const y1 = Math.min(image.height, Math.ceil(box.y1 * scale));
    if (x1 <= x0) continue;
    for (let y = y0; y < y1; y++) pixels.fill(0, y * image.width + x0, y * image.width + x1);
  }
  return { width: image.width, height: image.height, pixels };
}
