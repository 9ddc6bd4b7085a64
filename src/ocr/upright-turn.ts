import type { Line } from '../layout/types.js';
import type { QuarterTurn } from '../pdf/page-turn.js';
import { cropGray, type GrayImage } from '../raster/gray.js';
import { textLineAxis, turnGray } from '../raster/turn.js';
import type { OcrPool } from './ocr-pool.js';

const WELL_READ_CONFIDENCE = 75;
const BETTER_BY = 2;
const MIN_WORDS = 8;

/**
 * The quarter turn that makes a page that reads badly read well: a scan or fax fed upside down or sideways. OCR
 * reads the page each way round and the turn is taken only when it gives far more well-read words than the page as
 * it lies; 0 when no turn clearly reads better. The page's own reading decides, not its size or its producer.
 */
export async function findUprightTurnOf(image: GrayImage, dpi: number, asItLies: readonly Line[], ocr: OcrPool): Promise<QuarterTurn> {
  const axis = textLineAxis(image);
  const candidates: QuarterTurn[] = axis === 'rows' ? [180] : axis === 'columns' ? [90, 270] : [90, 180, 270];
  const scores = await Promise.all(candidates.map(async (turn) => wellReadWords((await ocr.recognize(middleBand(turnGray(image, turn)), dpi)).lines)));
  const best = scores.indexOf(Math.max(...scores));
  const current = wellReadWords(asItLies);
  return scores[best]! >= MIN_WORDS && scores[best]! >= BETTER_BY * current ? candidates[best]! : 0;
}

// Words OCR is sure of that look like words (three letters or more): garbage read from turned text rarely is both.
export function wellReadWords(lines: readonly Line[]): number {
  return lines.flatMap((line) => line.words).filter((word) => word.confidence >= WELL_READ_CONFIDENCE && /\p{L}{3}/u.test(word.text)).length;
}

// The middle half of a page, top to bottom: enough running text to tell, at half the cost of the whole page.
function middleBand(image: GrayImage): GrayImage {
  return cropGray(image, { x0: 0, y0: image.height * 0.25, x1: image.width, y1: image.height * 0.75 });
}
