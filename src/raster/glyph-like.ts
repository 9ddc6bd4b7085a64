import type { GrayImage } from './gray.js';
import type { LayerMask } from './layer-mask.js';

const SOLID_LEVEL = 200;
const MIN_GLYPH_PT = 2;
const MAX_GLYPH_PT = 30;

/**
 * Flag the parts of a vector layer that are shaped like glyphs: text converted to outlines must still be read.
 * Table rules and frames (long, or one connected grid), shaded bands and large shapes are left out.
 */
export function markGlyphLikeShapes(mask: LayerMask, layer: GrayImage): void {
  const { width, height } = layer;
  const perPt = mask.dpi / 72;
  const [minSize, maxSize] = [MIN_GLYPH_PT * perPt, MAX_GLYPH_PT * perPt];
  const seen = new Uint8Array(width * height);
  const stack: number[] = [];
  const members: number[] = [];
  for (let start = 0; start < seen.length; start++) {
    if (seen[start] || layer.pixels[start]! >= SOLID_LEVEL) continue;
    members.length = 0;
    let [x0, y0, x1, y1] = [width, height, 0, 0];
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const cell = stack.pop()!;
      members.push(cell);
      const x = cell % width;
      const y = (cell - x) / width;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
      for (const next of [x > 0 ? cell - 1 : -1, x < width - 1 ? cell + 1 : -1, y > 0 ? cell - width : -1, y < height - 1 ? cell + width : -1]) {
        if (next >= 0 && !seen[next] && layer.pixels[next]! < SOLID_LEVEL) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    const size = Math.max(x1 - x0 + 1, y1 - y0 + 1);
    if (size >= minSize && size <= maxSize) for (const cell of members) mask.cells[cell] = 1;
  }
}
