import type { GrayImage } from './gray.js';

/** For each output index: the first source index it covers and `span` weights (zero-padded), flat for speed. */
interface Taps {
  first: Int32Array;
  weights: Float32Array;
  span: number;
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
  const source = image.pixels;
  for (let y = 0; y < image.height; y++) {
    const row = y * image.width;
    for (let x = 0; x < width; x++) {
      const start = row + columns.first[x]!;
      const w = x * columns.span;
      let sum = 0;
      for (let k = 0; k < columns.span; k++) sum += columns.weights[w + k]! * (source[start + k] ?? 255);
      across[y * width + x] = sum;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const w = y * rows.span;
    const first = rows.first[y]!;
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = 0; k < rows.span; k++) {
        const weight = rows.weights[w + k]!;
        if (weight !== 0) sum += weight * across[(first + k) * width + x]!;
      }
      pixels[y * width + x] = sum < 0 ? 0 : sum > 255 ? 255 : Math.round(sum);
    }
  }
  return { width, height, pixels };
}

// For each output index, the source indices it covers and each one's share of it (the shares sum to 1).
function taps(sourceSize: number, targetSize: number): Taps {
  const scale = sourceSize / targetSize;
  const span = Math.ceil(scale) + 1;
  const first = new Int32Array(targetSize);
  const weights = new Float32Array(targetSize * span);
  for (let i = 0; i < targetSize; i++) {
    const start = i * scale;
    const end = Math.min(sourceSize, Math.max(start + 1e-6, (i + 1) * scale));
    first[i] = Math.min(sourceSize - 1, Math.floor(start));
    let total = 0;
    for (let k = 0; k < span; k++) {
      const s = first[i]! + k;
      const share = s < sourceSize ? Math.max(0, Math.min(end, s + 1) - Math.max(start, s)) : 0;
      weights[i * span + k] = share;
      total += share;
    }
    for (let k = 0; k < span; k++) weights[i * span + k] = weights[i * span + k]! / (total || 1);
  }
  return { first, weights, span };
}
