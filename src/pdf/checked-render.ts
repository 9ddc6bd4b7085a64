import type { Canvas } from '@napi-rs/canvas';
import { toGray, type GrayImage } from '../raster/gray.js';
import { checkAnnotationsRendered } from './annotation-check.js';
import { imageBudgetRejection } from './budget.js';
import { checkImagesRendered } from './image-check.js';
import { PdfProblem } from './pdf-problem.js';
import { renderPage, type PdfPage } from './render-page.js';

/** A rendered page whose every image and filled field is known to have reached the raster. */
export interface CheckedRender {
  gray: GrayImage;
}

// Rasterise a page and refuse it (never release it) when pdf.js failed, or drew an image or field as blank.
export async function renderCheckedPage(page: PdfPage, dpi: number): Promise<CheckedRender> {
  const refuse = (cause?: unknown) => new PdfProblem('render-failed', { page: page.pageNumber }, cause);
  try {
    const canvas = await renderPage(page, dpi);
    const gray = toGray(canvas);
    const problems = [...(await checkImagesRendered(page, gray, dpi)), ...(await checkAnnotationsRendered(page, gray, dpi))];
    if (problems.length > 0) throw refuse();
    release(canvas);
    return { gray };
  } catch (error) {
    throw error instanceof PdfProblem ? error : (imageBudgetRejection(error) ?? refuse(error));
  }
}

// Give the canvas's pixel memory back now: V8 does not see the native surface (35 MB at 300 dpi), so a dropped
// canvas can wait for a garbage collection while the next page renders.
function release(canvas: Canvas): void {
  canvas.width = 1;
  canvas.height = 1;
}
