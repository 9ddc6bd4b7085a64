import { decodeBitmap } from './decode-bitmap.js';
import { decodePdfPages } from './decode-pdf.js';
import { decodeTiffPages } from './decode-tiff.js';
import { rejectScan } from './reject.js';
import { detectScanKind } from './scan-kind.js';
import type { ScanPage } from './scan-page.js';
import { DEFAULT_BUDGET, type RenderBudget } from '../pdf/budget.js';

export type { ScanPage } from './scan-page.js';

const FAX_DPI = 200;

/**
 * Decode every page of an incoming fax/scanner file (PDF, TIFF, PNG or JPEG) into upright gray rasters with square
 * pixels. A file that is none of these, damaged, or has more than `maxPages` pages is refused with an
 * InputRejectedError whose Swedish message says what is wrong.
 */
export async function loadScanPages(data: Uint8Array, options: { maxPages: number; pdfDpi?: number; budget?: RenderBudget }): Promise<ScanPage[]> {
  const dpi = options.pdfDpi ?? FAX_DPI;
  if (!Number.isInteger(options.maxPages) || options.maxPages < 1) throw new RangeError(`maxPages must be a positive integer, got ${options.maxPages}`);
  if (!(dpi >= 50 && dpi <= 600)) throw new RangeError(`pdfDpi must be between 50 and 600, got ${dpi}`);
  const kind = detectScanKind(data);
  const budget = options.budget ?? DEFAULT_BUDGET;
  if (kind === 'pdf') return decodePdfPages(data, options.maxPages, dpi, budget);
  if (kind === 'tiff') return decodeTiffPages(data, options.maxPages, budget);
  if (kind === 'png' || kind === 'jpeg') return [await decodeBitmap(data, kind, budget)];
  throw rejectScan('not-scan', 'not-scan');
}
