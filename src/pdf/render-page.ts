import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';
import { operatorListFailure } from './operator-list-errors.js';
import { uprightViewport } from './page-turn.js';

export type PdfPage = PDFPageProxy;

/** How annotations are drawn: every raster of a page (full render and provenance layers) must use the same mode. */
export const RENDER_ANNOTATION_MODE = 1;

export interface RenderOptions {
  /** Which operators of the page's operator list to draw (pdf.js `operationsFilter`); all when left out. */
  keep?: (index: number) => boolean;
  /** The colour under the page; white unless a caller must tell drawn white from the page. */
  background?: string;
}

// Rasterise a page upright (its /Rotate applied) at the given resolution, on white unless told otherwise; a render that
// pdf.js ended early (its operators failed part way) throws that failure instead of returning part of the page.
export async function renderPage(page: PdfPage, dpi: number, options: RenderOptions = {}): Promise<Canvas> {
  const background = options.background ?? '#ffffff';
  const viewport = uprightViewport(page, dpi / 72);
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
    annotationMode: RENDER_ANNOTATION_MODE,
    ...(options.keep ? { operationsFilter: options.keep } : {}),
    background,
  }).promise;
  const failure = operatorListFailure(page);
  if (failure !== undefined) throw failure;
  return canvas;
}

// The upright page size in points.
export function pageSize(page: PdfPage): { width: number; height: number } {
  const viewport = uprightViewport(page, 1);
  return { width: viewport.width, height: viewport.height };
}
