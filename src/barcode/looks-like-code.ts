import type { Box } from '../layout/types.js';
import type { GrayImage } from '../raster/gray.js';

// A dense region whose rows alternate dark and light many times per millimetre reads as a barcode or 2D code.
export function looksLikeCode(image: GrayImage, dpi: number, box: Box): boolean {
  const scale = dpi / 72;
  const x0 = Math.max(0, Math.floor(box.x0 * scale));
  const x1 = Math.min(image.width - 1, Math.ceil(box.x1 * scale));
  const y0 = Math.max(0, Math.floor(box.y0 * scale));
  const y1 = Math.min(image.height - 1, Math.ceil(box.y1 * scale));
  const widthMm = ((x1 - x0) / dpi) * 25.4;
  if (widthMm < 5 || ((y1 - y0) / dpi) * 25.4 < 4) return false;
  let transitions = 0;
  const samples = [0.25, 0.5, 0.75].map((f) => Math.round(y0 + f * (y1 - y0)));
  for (const y of samples) {
    let dark = image.pixels[y * image.width + x0]! < 128;
    for (let x = x0 + 1; x <= x1; x++) {
      const next = image.pixels[y * image.width + x]! < 128;
      if (next !== dark) transitions++;
      dark = next;
    }
  }
  return transitions / samples.length / widthMm >= 0.6;
}
