import type { GrayImage } from '../raster/gray.js';
import { decodeBitmap } from './decode-bitmap.js';
import { decodePdfPages } from './decode-pdf.js';
import { decodeTiffPages } from './decode-tiff.js';
import { rejectScan } from './reject.js';
import { DEFAULT_BUDGET, type RenderBudget } from '../pdf/budget.js';

/** One page of a reply scan: 8-bit gray with square pixels, `dpi` in both axes. */
export interface ScanPage {
  image: GrayImage;
  dpi: number;
  /** Lines of the PDF's text layer, when the file has one (a born-digital report). */
  textLines?: string[];
}

export type ScanKind = 'pdf' | 'tiff' | 'png' | 'jpeg';

const FAX_DPI = 200;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const TIFF_SIGNATURES = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x49, 0x49, 0x2b, 0x00],
  [0x4d, 0x4d, 0x00, 0x2b],
];

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
  throw rejectScan('not-scan', 'Filen är varken PDF, TIFF, PNG eller JPEG och kan inte läsas som ett faxat svar.');
}

// The type comes from the first bytes, never from the file name, which a fax server or a person may have got wrong.
export function detectScanKind(data: Uint8Array): ScanKind | undefined {
  const startsWith = (signature: number[]): boolean => signature.every((byte, i) => data[i] === byte);
  if (TIFF_SIGNATURES.some(startsWith)) return 'tiff';
  if (startsWith(PNG_SIGNATURE)) return 'png';
  if (startsWith([0xff, 0xd8, 0xff])) return 'jpeg';
  if (Buffer.from(data.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return 'pdf';
  return undefined;
}
