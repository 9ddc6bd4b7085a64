import type { Box } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { cropGray, type GrayImage } from '../raster/gray.js';
import { findLabels } from '../detect/labels.js';

const MARGIN_PT = 3;
const SCALE = 2;

/**
 * Verification reads the finished page once; beside a field label it can take the next label, misread ("Pnr:" as
 * "Po."), for that field's value. A second reading of only that spot at twice the scale that finds nothing but a
 * field label there shows the ink is a label, not a value. Anything else, a blank or unclear reading included,
 * leaves the finding standing.
 */
export async function readsAsLabelOnly(image: GrayImage, dpi: number, box: Box, ocr: OcrPool): Promise<boolean> {
  const px = dpi / 72;
  const crop = cropGray(image, { x0: (box.x0 - MARGIN_PT) * px, y0: (box.y0 - MARGIN_PT) * px, x1: (box.x1 + MARGIN_PT) * px, y1: (box.y1 + MARGIN_PT) * px });
  const page = await ocr.recognize(upscale(crop, SCALE), dpi * SCALE, { whole: true });
  const text = page.lines.map((line) => line.words.map((word) => word.text).join(' ')).join(' ').trim();
  const labels = findLabels(text);
  if (labels.length === 0) return false;
  let rest = text;
  for (const label of [...labels].reverse()) rest = rest.slice(0, label.start) + rest.slice(label.end);
  return !/[\p{L}\d]/u.test(rest);
}

// Nearest-neighbour enlargement with a white border, so a short word is not read against the crop's edge.
function upscale(image: GrayImage, scale: number): GrayImage {
  const border = 8 * scale;
  const width = image.width * scale + 2 * border;
  const height = image.height * scale + 2 * border;
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < image.height * scale; y++) {
    for (let x = 0; x < image.width * scale; x++) {
      pixels[(y + border) * width + x + border] = image.pixels[Math.floor(y / scale) * image.width + Math.floor(x / scale)]!;
    }
  }
  return { width, height, pixels };
}
