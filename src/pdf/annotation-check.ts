import type { Box } from '../layout/types.js';
import type { GrayImage } from '../raster/gray.js';
import { visibleAnnotationTexts } from './annotation-words.js';
import { inkFraction, rasterSamples, toPixels } from './image-check.js';
import type { PdfPage } from './render-page.js';

/** A form field or FreeText whose text pdf.js did not draw (no appearance it can build in Node, a missing font). */
export interface AnnotationRenderProblem {
  kind: 'annotation-rendered-blank';
  box: Box;
}

const BORDER_INSET = 3;
const MIN_TEXT_INK = 0.003;

// Why: a field value the fax does not show is a referral item silently lost; the page must be refused instead.
export async function checkAnnotationsRendered(page: PdfPage, rendered: GrayImage, dpi: number): Promise<AnnotationRenderProblem[]> {
  const problems: AnnotationRenderProblem[] = [];
  for (const { box } of await visibleAnnotationTexts(page)) {
    const inner = { x0: box.x0 + BORDER_INSET, y0: box.y0 + BORDER_INSET, x1: box.x1 - BORDER_INSET, y1: box.y1 - BORDER_INSET };
    const area = toPixels(inner.x1 > inner.x0 && inner.y1 > inner.y0 ? inner : box, dpi, rendered);
    if (area && inkFraction(rasterSamples(rendered, area)) < MIN_TEXT_INK) problems.push({ kind: 'annotation-rendered-blank', box });
  }
  return problems;
}
