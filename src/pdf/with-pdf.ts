import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import { loadPdfjs, PDFJS_ASSETS } from './pdfjs.js';
import { collectPdfjsWarnings } from './pdfjs-warnings.js';
import { watchOperatorLists } from './operator-list-errors.js';
import { checkPageBudget, DEFAULT_BUDGET, imageBudgetRejection, type RenderBudget } from './budget.js';
import { checkStreamBudget } from './stream-budget.js';
import { PdfProblem } from './pdf-problem.js';

export type PdfDocument = PDFDocumentProxy;

export interface PdfOpenOptions {
  /** Where pdf.js finds its JPEG 2000 and JBIG2 decoders; tests point it elsewhere to see a decoder missing. */
  wasmUrl?: string;
  /** pdf.js warnings, reduced to their fixed wording (no document content), for a debug log. */
  onWarning?: (warning: string) => void;
  /** Pixel limits checked before any page is rendered; the defaults unless the config sets `limits`. */
  budget?: RenderBudget;
  /** The highest resolution any page of this document will be rendered at, for the page budget. */
  renderDpi?: number;
}

const VERBOSITY_WARNINGS = 1;
const DEFAULT_RENDER_DPI = 300;

// Open a PDF for reading, map pdf.js failures to PdfProblem codes, and always destroy it afterwards.
export async function withPdf<T>(data: Uint8Array, maxPages: number, fn: (pdf: PdfDocument) => Promise<T>, options: PdfOpenOptions = {}): Promise<T> {
  return collectPdfjsWarnings(options.onWarning ?? (() => {}), () => openAndRun(data, maxPages, fn, options));
}

async function openAndRun<T>(data: Uint8Array, maxPages: number, fn: (pdf: PdfDocument) => Promise<T>, options: PdfOpenOptions): Promise<T> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  if (!looksLikePdf(data)) {
    throw new PdfProblem('not-pdf');
  }
  await checkStreamBudget(data, budget);
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    standardFontDataUrl: PDFJS_ASSETS.standardFontDataUrl,
    cMapUrl: PDFJS_ASSETS.cMapUrl,
    cMapPacked: true,
    wasmUrl: options.wasmUrl ?? PDFJS_ASSETS.wasmUrl,
    useWasm: true,
    maxImageSize: budget.maxImagePixels,
    isEvalSupported: false,
    enableXfa: false,
    stopAtErrors: true,
    verbosity: VERBOSITY_WARNINGS,
  });
  let pdf: PdfDocument;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    throw rejectionFor(error);
  }
  try {
    watchOperatorLists(pdf);
    if (pdf.numPages === 0) {
      throw new PdfProblem('no-pages');
    }
    if (pdf.numPages > maxPages) {
      throw new PdfProblem('too-many-pages', { pages: pdf.numPages, maxPages });
    }
    await checkPageBudget(pdf, options.renderDpi ?? DEFAULT_RENDER_DPI, budget);
    return await fn(pdf);
  } catch (error) {
    const tooLarge = imageBudgetRejection(error);
    if (tooLarge) throw tooLarge;
    if (error instanceof Error && isPdfjsError(error)) {
      throw rejectionFor(error);
    }
    throw error;
  } finally {
    await pdf.destroy();
  }
}

function looksLikePdf(data: Uint8Array): boolean {
  const head = Buffer.from(data.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function isPdfjsError(error: Error): boolean {
  return ['InvalidPDFException', 'FormatError', 'UnknownErrorException', 'PasswordException'].includes(error.name);
}

// Why: only a PDF that needs a password to open fails here (PasswordException); one locked by an owner password alone opens and is read like any other.
function rejectionFor(error: unknown): PdfProblem {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new PdfProblem('encrypted', {}, error);
  }
  return new PdfProblem('damaged', {}, error);
}
