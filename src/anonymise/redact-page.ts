import type { PageSize } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { burnBoxes } from '../raster/burn.js';
import type { GrayImage } from '../raster/gray.js';
import { timed, type Timings } from '../util/timings.js';
import type { Finding, KnownValues } from '../detect/types.js';
import type { ReadPage } from './read-page.js';
import { verifyPage } from './verify-page.js';

export interface RedactedPage {
  /** Sized for the fax sheet's content box (see layout/fax-sheet.ts). */
  image: GrayImage;
  size: PageSize;
}

// Burn the boxes into the output raster, then prove it clean (see verify-page.ts).
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
  const first = { scope: page.verifyScope, agreedLines: page.agreedLines, ocrLines: page.ocrLines };
  await timed(timings, 'verify', () => verifyPage(image, page.rasterDpi, pageNumber, boxes, known, ocr, first));
  return { image, size: page.size };
}
