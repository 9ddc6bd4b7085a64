import { growBox } from '../layout/boxes.js';
import type { Word } from '../layout/types.js';
import type { InkLayers } from '../pdf/render-layers.js';
import { markGlyphLikeShapes } from '../raster/glyph-like.js';
import { clearInMask, dilateMask, emptyMask, markDrawn, type LayerMask } from '../raster/layer-mask.js';

const RIM_PX = 2;

/**
 * What only OCR can read on a page: raster images, glyphs the text layer does not vouch for, and vector shapes
 * that look like glyphs. Table rules, shaded bands and logos drawn as paths are outside it, and so is vouched-for
 * text. One scope per set of vouched-for words (the first pass's trusted words, verification's agreed ones): the
 * image and glyph-like ink is found once and shared, only the text ink left uncovered differs.
 */
export function ocrScopes(layers: InkLayers, vouched: readonly (readonly Word[])[]): LayerMask[] {
  const base = emptyMask(layers.image, layers.dpi);
  markDrawn(base, layers.image);
  markGlyphLikeShapes(base, layers.vector);
  const textInk = emptyMask(layers.text, layers.dpi);
  markDrawn(textInk, layers.text);
  return vouched.map((words) => {
    const text = { ...textInk, cells: textInk.cells.slice() };
    clearInMask(text, words.map((word) => growBox(word.box, 1)));
    const scope = { ...base, cells: base.cells.slice() };
    for (let i = 0; i < scope.cells.length; i++) scope.cells[i] ||= text.cells[i]!;
    return dilateMask(scope, RIM_PX);
  });
}
