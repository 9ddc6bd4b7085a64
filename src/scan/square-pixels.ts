import type { GrayImage } from '../raster/gray.js';

export interface Resolution {
  x: number;
  y: number;
}

// The size a page will have once its coarser axis is stretched, known before any pixel is resampled.
export function squaredSize(width: number, height: number, resolution: Resolution): { width: number; height: number; dpi: number } {
  const dpi = Math.max(resolution.x, resolution.y);
  return {
    width: Math.max(1, Math.round((width * dpi) / resolution.x)),
    height: Math.max(1, Math.round((height * dpi) / resolution.y)),
    dpi,
  };
}

// Fax "normal" mode (204 × 98 dpi) has pixels twice as tall as wide; OCR, QR reading and the PDF writer assume square ones.
export function squarePixels(image: GrayImage, resolution: Resolution): { image: GrayImage; dpi: number } {
  const { width, height, dpi } = squaredSize(image.width, image.height, resolution);
  if (width === image.width && height === image.height) return { image, dpi };
  const columns = sourceIndices(width, image.width);
  const rows = sourceIndices(height, image.height);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const from = rows[y]! * image.width;
    const to = y * width;
    for (let x = 0; x < width; x++) pixels[to + x] = image.pixels[from + columns[x]!]!;
  }
  return { image: { width, height, pixels }, dpi };
}

// Nearest-neighbour sampling keeps bitonal fax strokes crisp; each output pixel takes the source pixel under its centre.
function sourceIndices(outputLength: number, sourceLength: number): Uint32Array {
  const indices = new Uint32Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    indices[i] = Math.min(sourceLength - 1, Math.floor(((i + 0.5) * sourceLength) / outputLength));
  }
  return indices;
}
