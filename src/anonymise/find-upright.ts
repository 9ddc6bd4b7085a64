import type { Line } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { findUprightTurnOf } from '../ocr/upright-turn.js';
import type { QuarterTurn } from '../pdf/page-turn.js';
import { renderPage, type PdfPage } from '../pdf/render-page.js';
import { toGray } from '../raster/gray.js';

const PROBE_DPI = 200;

// The quarter turn that makes a referral page that reads badly read well, judged on a fresh render of the page.
export async function findUprightTurn(page: PdfPage, asItLies: readonly Line[], ocr: OcrPool): Promise<QuarterTurn> {
  return findUprightTurnOf(toGray(await renderPage(page, PROBE_DPI)), PROBE_DPI, asItLies, ocr);
}
