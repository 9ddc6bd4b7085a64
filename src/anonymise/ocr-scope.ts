import { growBox } from '../layout/boxes.js';
import type { Word } from '../layout/types.js';
import type { InkLayers } from '../pdf/render-layers.js';
import { markGlyphLikeShapes } from '../raster/glyph-like.js';
import { clearInMask, dilateMask, emptyMask, markDrawn, type LayerMask } from '../raster/layer-mask.js';

const RIM_PX = 2;

/**
 * What only OCR can read on a page: raster images, glyphs the text layer does not vouch for, and vector shapes
 * that look like glyphs. Table rules, shaded bands and logos drawn as paths are outside it, and so is trusted text.
 */
export function ocrScope(layers: InkLayers, trusted: readonly Word[]): LayerMask {
  const scope = emptyMask(layers.image, layers.dpi);
  markDrawn(scope, layers.image);
  const text = emptyMask(layers.text, layers.dpi);
  markDrawn(text, layers.text);
  clearInMask(text, trusted.map((word) => growBox(word.box, 1)));
  for (let i = 0; i < scope.cells.length; i++) scope.cells[i] ||= text.cells[i]!;
  markGlyphLikeShapes(scope, layers.vector);
  return dilateMask(scope, RIM_PX);
}
