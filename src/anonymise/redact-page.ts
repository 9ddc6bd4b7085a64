import { findRemainingCodes } from '../barcode/verify-no-codes.js';
import { RedactionUnverifiedError } from '../errors.js';
import type { Box, Line, PageSize } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { burnBoxes } from '../raster/burn.js';
import type { GrayImage } from '../raster/gray.js';
import { mapLimit } from '../util/map-limit.js';
import { timed, type Timings } from '../util/timings.js';
import { detectDocument } from './detect/detect-document.js';
import type { Finding, KnownValues } from './detect/types.js';
import type { ReadPage } from './read-page.js';
import { readsAsLabelOnly } from './second-reading.js';

export interface RedactedPage {
  /** Sized for the fax sheet's content box (see layout/fax-sheet.ts). */
  image: GrayImage;
  size: PageSize;
}

const leakMessage = (page: number) =>
  `Kontrollen efter maskeringen hittade något som kan vara en personuppgift på sida ${page} i remissen. ` +
  'Inget har skapats för faxning. Följ den manuella rutinen: skriv ut remissen, maskera personuppgifterna för hand och faxa.';

// Burn the boxes into the output raster, then prove it clean: OCR it again and look for any identifier or code.
export async function redactPage(
  page: ReadPage,
  pageNumber: number,
  findings: readonly Finding[],
  known: KnownValues,
  ocr: OcrPool,
  timings: Timings,
): Promise<RedactedPage> {
  const boxes = findings.map((finding) => finding.box);
  const image = await timed(timings, 'burn', () => burnBoxes(page.raster, boxes, page.rasterDpi));
  await timed(timings, 'verify', () => verifyPage(image, page.rasterDpi, pageNumber, boxes, known, ocr));
  return { image, size: page.size };
}

// The finished page must show no code (two decoders, whole page and bands) and no identifier OCR can read.
export async function verifyPage(image: GrayImage, dpi: number, pageNumber: number, burnt: readonly Box[], known: KnownValues, ocr: OcrPool): Promise<void> {
  const [ocrPage, barcodes] = await Promise.all([ocr.recognize(image, dpi), findRemainingCodes(image, dpi)]);
  if (barcodes.length > 0) throw new RedactionUnverifiedError('barcode-remains', pageNumber, leakMessage(pageNumber));
  const visible = ocrPage.lines.map((line) => withoutBurntWords(line, burnt)).filter((line): line is Line => line !== undefined);
  const { findings } = detectDocument([{ page: pageNumber, source: 'ocr', lines: visible }], known, { valuesBelow: false });
  const misreadLabels = await mapLimit(findings, 1, async (finding) => finding.rule.startsWith('field-') && (await readsAsLabelOnly(image, dpi, finding.box, ocr)));
  const standing = findings.filter((_, i) => !misreadLabels[i]);
  if (standing.length > 0) throw new RedactionUnverifiedError('identifier-remains', pageNumber, leakMessage(pageNumber));
}

// OCR "reads" a black box as stray marks; those words are the redaction itself, not text.
function withoutBurntWords(line: Line, burnt: readonly Box[]): Line | undefined {
  const words = line.words.filter((word) => {
    const cx = (word.box.x0 + word.box.x1) / 2;
    const cy = (word.box.y0 + word.box.y1) / 2;
    return !burnt.some((box) => cx >= box.x0 && cx <= box.x1 && cy >= box.y0 && cy <= box.y1);
  });
  return words.length > 0 ? { ...line, words } : undefined;
}
