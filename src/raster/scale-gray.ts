import type { GrayImage } from './gray.js';

// Enlarge a raster smoothly (bilinear): a second OCR reading at another scale often reads what noise hid at the first.
export function scaleGray(image: GrayImage, factor: number): GrayImage {
  const width = Math.round(image.width * factor);
  const height = Math.round(image.height * factor);
  const pixels = new Uint8Array(width * height);
  const { pixels: source, width: sw, height: sh } = image;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(sh - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(sh - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(sw - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(sw - 1, x0 + 1);
      const wx = fx - x0;
      const top = source[y0 * sw + x0]! * (1 - wx) + source[y0 * sw + x1]! * wx;
      const bottom = source[y1 * sw + x0]! * (1 - wx) + source[y1 * sw + x1]! * wx;
      pixels[y * width + x] = Math.round(top * (1 - wy) + bottom * wy);
    }
  }
  return { width, height, pixels };
}
