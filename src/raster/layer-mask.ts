import type { Box } from '../layout/types.js';
import type { GrayImage } from './gray.js';

/** One flag per pixel of a low-resolution layer: which parts of a page a check applies to. */
export interface LayerMask {
  width: number;
  height: number;
  dpi: number;
  cells: Uint8Array;
}

/** Anything a layer drew, however faint (anti-aliased edges of small text included). */
export const DRAWN_LEVEL = 230;

// True when the layer drew anything inside the box (points).
export function inkInBox(layer: GrayImage, dpi: number, box: Box): boolean {
  const { x0, y0, x1, y1 } = toPixels(layer, dpi, box);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) if (layer.pixels[y * layer.width + x]! < DRAWN_LEVEL) return true;
  }
  return false;
}

// An empty mask the size of a layer.
export function emptyMask(layer: GrayImage, dpi: number): LayerMask {
  return { width: layer.width, height: layer.height, dpi, cells: new Uint8Array(layer.width * layer.height) };
}

// Flag every pixel the layer drew.
export function markDrawn(mask: LayerMask, layer: GrayImage): void {
  for (let i = 0; i < mask.cells.length; i++) if (layer.pixels[i]! < DRAWN_LEVEL) mask.cells[i] = 1;
}

// Clear the flags inside the boxes (points).
export function clearInMask(mask: LayerMask, boxes: readonly Box[]): void {
  for (const box of boxes) {
    const { x0, y0, x1, y1 } = toPixels(mask, mask.dpi, box);
    for (let y = y0; y < y1; y++) mask.cells.fill(0, y * mask.width + x0, y * mask.width + x1);
  }
}

// True when any flagged pixel lies inside the box (points).
export function maskTouches(mask: LayerMask, box: Box): boolean {
  const { x0, y0, x1, y1 } = toPixels(mask, mask.dpi, box);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) if (mask.cells[y * mask.width + x]) return true;
  }
  return false;
}

// Grow the flagged area by `radius` pixels, so it covers the anti-aliased rim a finer raster sees.
export function dilateMask(mask: LayerMask, radius: number): LayerMask {
  const grown = new Uint8Array(mask.cells.length);
  const { width, height } = mask;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!mask.cells[y * width + x]) continue;
      for (let yy = Math.max(0, y - radius); yy <= Math.min(height - 1, y + radius); yy++) {
        grown.fill(1, yy * width + Math.max(0, x - radius), yy * width + Math.min(width, x + radius + 1));
      }
    }
  }
  return { ...mask, cells: grown };
}

// The same flags looked up for every pixel of a finer raster of the same page.
export function scaleMaskTo(mask: LayerMask, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height);
  const sx = mask.width / width;
  const sy = mask.height / height;
  const columns = Int32Array.from({ length: width }, (_, x) => Math.min(mask.width - 1, Math.floor(x * sx)));
  for (let y = 0; y < height; y++) {
    const row = Math.min(mask.height - 1, Math.floor(y * sy)) * mask.width;
    for (let x = 0; x < width; x++) out[y * width + x] = mask.cells[row + columns[x]!]!;
  }
  return out;
}

function toPixels(image: { width: number; height: number }, dpi: number, box: Box): { x0: number; y0: number; x1: number; y1: number } {
  const scale = dpi / 72;
  return {
    x0: Math.max(0, Math.floor(box.x0 * scale)),
    y0: Math.max(0, Math.floor(box.y0 * scale)),
    x1: Math.min(image.width, Math.ceil(box.x1 * scale)),
    y1: Math.min(image.height, Math.ceil(box.y1 * scale)),
  };
}
