import type { PDFDocumentProxy as PdfDocument } from 'pdfjs-dist/types/src/display/api.js';
import { uprightViewport } from './page-turn.js';
import { PdfProblem } from './pdf-problem.js';

/** How much one document may ask of the machine, checked before anything is rendered (config `limits`). */
export interface RenderBudget {
  /** Pixels of one page at the resolution it will be rendered at. */
  maxPagePixels: number;
  /** Pixels of all pages together at that resolution. */
  maxDocumentPixels: number;
  /** Pixels of one embedded image (pdf.js `maxImageSize`): a larger one stops the page, it is never decoded. */
  maxImagePixels: number;
}

// Fits a 2-core, 2 GB machine: an A3 page at 300 dpi is 17 Mpx, 30 A4 pages 261 Mpx, an A4 scan at 600 dpi 35 Mpx.
export const DEFAULT_BUDGET: RenderBudget = { maxPagePixels: 40_000_000, maxDocumentPixels: 600_000_000, maxImagePixels: 60_000_000 };

const IMAGE_TOO_LARGE = 'Image exceeded maximum allowed size';

// Refuse a document whose pages would need more pixels than the budget allows at `dpi`, before any is rendered.
export async function checkPageBudget(pdf: PdfDocument, dpi: number, budget: RenderBudget): Promise<void> {
  let total = 0;
  for (let number = 1; number <= pdf.numPages; number++) {
    const { width, height } = uprightViewport(await pdf.getPage(number), dpi / 72);
    const pixels = Math.ceil(width) * Math.ceil(height);
    if (!(pixels > 0) || pixels > budget.maxPagePixels) {
      const cm = (points: number) => Math.round((points / dpi) * 2.54 * 10) / 10;
      throw new PdfProblem('page-too-large', { page: number, widthCm: cm(width), heightCm: cm(height) });
    }
    total += pixels;
    if (total > budget.maxDocumentPixels) throw new PdfProblem('document-too-large', { pages: pdf.numPages });
  }
}

// pdf.js stops a page whose image is over `maxImageSize`; that is a file too large, not a damaged one.
export function imageBudgetRejection(error: unknown): PdfProblem | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return message.includes(IMAGE_TOO_LARGE) ? new PdfProblem('image-too-large', {}, error) : undefined;
}
