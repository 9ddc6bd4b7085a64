import type { Canvas } from '@napi-rs/canvas';
import { RedactionUnverifiedError } from '../errors.js';
import { toGray, type GrayImage } from '../raster/gray.js';
import { checkAnnotationsRendered } from './annotation-check.js';
import { imageBudgetRejection } from './budget.js';
import { checkImagesRendered } from './image-check.js';
import { renderPage, type PdfPage } from './render-page.js';

const renderFailedMessage = (page: number) =>
  `Sida ${page} i remissen innehåller en bild eller ett formulärfält som inte kunde visas (okänt eller skadat format), ` +
  'så anonymiseringen kan inte kontrolleras. Inget har skapats för faxning. ' +
  'Följ den manuella rutinen: skriv ut remissen, maskera personuppgifterna för hand och faxa.';

/** A rendered page whose every image and filled field is known to have reached the raster. */
export interface CheckedRender {
  gray: GrayImage;
}

// Rasterise a page and refuse it (never release it) when pdf.js failed, or drew an image or field as blank.
export async function renderCheckedPage(page: PdfPage, dpi: number): Promise<CheckedRender> {
  const refuse = (cause?: unknown) => {
    const error = new RedactionUnverifiedError('render-failed', page.pageNumber, renderFailedMessage(page.pageNumber));
    if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause });
    return error;
  };
  try {
    const canvas = await renderPage(page, dpi);
    const gray = toGray(canvas);
    const problems = [...(await checkImagesRendered(page, gray, dpi)), ...(await checkAnnotationsRendered(page, gray, dpi))];
    if (problems.length > 0) throw refuse();
    release(canvas);
    return { gray };
  } catch (error) {
    throw error instanceof RedactionUnverifiedError ? error : (imageBudgetRejection(error) ?? refuse(error));
  }
}

// Give the canvas's pixel memory back now: V8 does not see the native surface (35 MB at 300 dpi), so a dropped
// canvas can wait for a garbage collection while the next page renders.
function release(canvas: Canvas): void {
  canvas.width = 1;
  canvas.height = 1;
}
