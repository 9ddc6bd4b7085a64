import { findBarcodes } from '../barcode/find-barcodes.js';
import type { Line } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { findUprightTurnOf, wellReadWords } from '../ocr/upright-turn.js';
import type { GrayImage } from '../raster/gray.js';
import { scaleGray } from '../raster/scale-gray.js';
import { turnGray } from '../raster/turn.js';
import { readCaseIdInCode, readCaseIdsInText } from '../case-id/read-case-id.js';
import type { CaseIdSighting } from './decide-match.js';

export interface ScanImage {
  image: GrayImage;
  dpi: number;
  textLines?: string[];
}

// A page that reads this many sure words as it lies is upright; only pages that read worse are tried turned, and
// then what OCR made of the page as it lay (turned text gives junk that can look like an ID) is set aside.
const UPRIGHT_WORDS = 15;
// When no page showed anything case-ID-like, every page is read once more at this larger scale before giving up.
const SECOND_SCALE = 1.5;

/**
 * Every case-ID-like reading on every page: QR codes and a PDF text layer (exact), and OCR of the printed text
 * (look-alikes corrected). A page that reads badly is read again the way round it reads best: fax pages are fed
 * upside down or sideways often enough. A scan where nothing was read at all gets a second OCR
 * reading at a larger scale.
 */
export async function readCaseIds(pages: readonly ScanImage[], ocr: OcrPool): Promise<CaseIdSighting[]> {
  const first = await readEveryPage(pages, ocr);
  if (first.length > 0) return first;
  const second = await Promise.all(
    pages.map(async ({ image, dpi }, index) => readLines((await ocr.recognize(scaleGray(image, SECOND_SCALE), dpi * SECOND_SCALE)).lines, index + 1)),
  );
  return second.flat();
}

async function readEveryPage(pages: readonly ScanImage[], ocr: OcrPool): Promise<CaseIdSighting[]> {
  const perPage = await Promise.all(
    pages.map(async ({ image, dpi, textLines }, index) => {
      const page = index + 1;
      const [codes, text] = await Promise.all([findBarcodes(image, dpi), ocr.recognize(image, dpi)]);
      const sightings: CaseIdSighting[] = [];
      for (const code of codes) {
        const reading = readCaseIdInCode(code.content);
        if (reading) sightings.push({ ...reading, source: 'qr', page });
      }
      for (const line of textLines ?? []) {
        for (const reading of readCaseIdsInText(line)) sightings.push({ ...reading, source: 'text', page });
      }
      if (wellReadWords(text.lines) >= UPRIGHT_WORDS) return [...sightings, ...readLines(text.lines, page)];
      const turn = await findUprightTurnOf(image, dpi, text.lines, ocr);
      if (turn === 0) return [...sightings, ...readLines(text.lines, page)];
      const turned = await ocr.recognize(turnGray(image, turn), dpi);
      return [...sightings, ...readLines(turned.lines, page).map((sighting) => ({ ...sighting, turn }))];
    }),
  );
  return perPage.flat();
}

function readLines(lines: readonly Line[], page: number): CaseIdSighting[] {
  return lines.flatMap((line) => readCaseIdsInText(line.words.map((word) => word.text).join(' ')).map((reading) => ({ ...reading, source: 'ocr' as const, page })));
}
