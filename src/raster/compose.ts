import type { GrayImage } from './gray.js';

interface Tap {
  first: number;
  weights: Float32Array;
}

/**
 * Shrink (or grow) a grey raster to the given pixel size by area averaging: each output pixel is the mean of the
 * source area it covers, so thin strokes keep their weight. Done on the grey bytes, not through a second canvas,
 * so a page's 300 dpi render is freed as soon as its grey copy exists.
 */
export function resampleGray(image: GrayImage, width: number, height: number): GrayImage {
  const columns = taps(image.width, width);
  const rows = taps(image.height, height);
  const across = new Float32Array(width * image.height);
  for (let y = 0; y < image.height; y++) {
    const source = y * image.width;
    for (let x = 0; x < width; x++) {
      const { first, weights } = columns[x]!;
      let sum = 0;
      for (let k = 0; k < weights.length; k++) sum += weights[k]! * image.pixels[source + first + k]!;
      across[y * width + x] = sum;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const { first, weights } = rows[y]!;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = 0; k < weights.length; k++) sum += weights[k]! * across[(first + k) * width + x]!;
      pixels[y * width + x] = Math.min(255, Math.max(0, Math.round(sum)));
    }
  }
  return { width, height, pixels };
}

// For each output index, the source indices it covers and each one's share of it (the shares sum to 1).
function taps(sourceSize: number, targetSize: number): Tap[] {
  const scale = sourceSize / targetSize;
  return Array.from({ length: targetSize }, (_, i) => {
    const start = i * scale;
    const end = Math.min(sourceSize, Math.max(start + 1e-6, (i + 1) * scale));
    const first = Math.min(sourceSize - 1, Math.floor(start));
    const last = Math.min(sourceSize - 1, Math.max(first, Math.ceil(end) - 1));
    const weights = new Float32Array(last - first + 1);
    for (let s = first; s <= last; s++) weights[s - first] = Math.max(0, Math.min(end, s + 1) - Math.max(start, s));
    const total = weights.reduce((sum, w) => sum + w, 0) || 1;
    for (let k = 0; k < weights.length; k++) weights[k] = weights[k]! / total;
    return { first, weights };
  });
}
