import type { Box } from '../layout/types.js';
import type { GrayImage } from './gray.js';

// The paper's own tone: the 90th percentile of luminance, so grey scans and white pages both work.
function paperLevel(image: GrayImage): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < image.pixels.length; i += 3) histogram[image.pixels[i]!]!++;
  const target = Math.ceil((image.pixels.length / 3) * 0.1);
  let seen = 0;
  for (let level = 255; level >= 0; level--) {
    seen += histogram[level]!;
    if (seen >= target) return level;
  }
  return 255;
}

/**
 * Share of the page that carries ink no recognised word, text item or barcode accounts for.
 * Marks nobody could read (a blurred scan, handwriting, a photo of a label) make a redaction unverifiable.
 */
export function unexplainedInk(image: GrayImage, dpi: number, explained: readonly Box[]): number {
  const threshold = paperLevel(image) - 70;
  const scale = dpi / 72;
  const covered = new Uint8Array(image.width * image.height);
  for (const box of explained) {
    const x0 = Math.max(0, Math.floor(box.x0 * scale) - 2);
    const x1 = Math.min(image.width, Math.ceil(box.x1 * scale) + 2);
    const y0 = Math.max(0, Math.floor(box.y0 * scale) - 2);
    const y1 = Math.min(image.height, Math.ceil(box.y1 * scale) + 2);
    for (let y = y0; y < y1; y++) covered.fill(1, y * image.width + x0, y * image.width + x1);
  }
  let ink = 0;
  for (let i = 0; i < image.pixels.length; i++) {
    if (image.pixels[i]! < threshold && covered[i] === 0) ink++;
  }
  return ink / image.pixels.length;
}
