import { findBarcodes, type FoundBarcode } from '../barcode/find-barcodes.js';
import { groupIntoLines } from '../layout/group-lines.js';
import type { Line, PageSize } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { renderPage, pageSize, type PdfPage } from '../pdf/render-page.js';
import { extractTextWords } from '../pdf/text-words.js';
import { unexplainedInk } from '../raster/ink.js';
import { toGray } from '../raster/gray.js';
import { timed, type Timings } from '../util/timings.js';

export const OCR_DPI = 300;
const TRUSTED_WORD_CONFIDENCE = 50;

export interface ReadPage {
  size: PageSize;
  textLines: Line[];
  ocrLines: Line[];
  ocrConfidence: number;
  ocrWordCount: number;
  unexplainedInk: number;
  barcodes: FoundBarcode[];
}

// Everything the detector needs from one page: text-layer lines, OCR lines of the rendered page, barcodes.
export async function readPage(page: PdfPage, ocr: OcrPool, timings: Timings): Promise<ReadPage> {
  const canvas = await timed(timings, 'render', () => renderPage(page, OCR_DPI));
  const gray = toGray(canvas);
  const textWords = await timed(timings, 'load', () => extractTextWords(page));
  const [ocrPage, barcodes] = await Promise.all([
    timed(timings, 'ocr', () => ocr.recognize(gray, OCR_DPI)),
    timed(timings, 'detect', () => findBarcodes(gray, OCR_DPI)),
  ]);
  const trusted = ocrPage.lines.flatMap((line) => line.words).filter((word) => word.confidence >= TRUSTED_WORD_CONFIDENCE);
  const explained = [...textWords, ...trusted].map((word) => word.box).concat(barcodes.map((barcode) => barcode.box));
  return {
    size: pageSize(page),
    textLines: groupIntoLines(textWords),
    ocrLines: ocrPage.lines,
    ocrConfidence: ocrPage.confidence,
    ocrWordCount: ocrPage.lines.reduce((n, line) => n + line.words.length, 0),
    unexplainedInk: unexplainedInk(gray, OCR_DPI, explained),
    barcodes,
  };
}
