import { findRemainingCodes } from '../barcode/verify-no-codes.js';
import { RedactionUnverifiedError } from '../errors.js';
import { shiftLine } from '../layout/boxes.js';
import type { Box, Line, Word } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { boxPixels } from '../raster/burn.js';
import { cropGray, type GrayImage } from '../raster/gray.js';
import { dilateMask, maskTouches, scaleMaskTo, type LayerMask } from '../raster/layer-mask.js';
import { mapLimit } from '../util/map-limit.js';
import { detectDocument } from '../detect/detect-document.js';
import type { KnownValues, PageLines } from '../detect/types.js';
import { readsAsLabelOnly } from './second-reading.js';
import { message } from '../messages.js';

/**
 * What the first pass already read twice the same way. Outside `scope` the finished page holds the first pass's
 * pixels unchanged (the same render, resampled) except where boxes were burnt, so its readings of that area stand:
 * the text layer's words there agreed with the OCR of those very pixels.
 */
export interface FirstReading {
  /** Everything only OCR can read: images, glyphs whose two readings did not agree, glyph-like paths. */
  scope: LayerMask;
  /** Text-layer lines made of words the first OCR read the same way. */
  agreedLines: Line[];
  /** The first pass's OCR lines of the whole page. */
  ocrLines: Line[];
}

/** The scope grows by this many of its cells (about 2 pt) so the finer finished raster keeps each glyph's rim. */
const FRESH_RIM_CELLS = 3;
/** A burnt pixel is black; anything lighter means the box was not burnt where the finding lies. */
const BURNT_LEVEL = 16;

const leakMessage = (page: number) => message('referral.identifier-found', { page });

/**
 * The finished page must show no code (two decoders, whole page and bands) and no identifier: each burnt box is
 * black on the pixels, OCR reads afresh everything in the first reading's scope (the whole page without a first
 * reading), and the detector finds nothing in what stays visible of the fresh reading and of the first readings
 * outside the scope.
 */
export async function verifyPage(image: GrayImage, dpi: number, pageNumber: number, burnt: readonly Box[], known: KnownValues, ocr: OcrPool, first?: FirstReading): Promise<void> {
  if (!allBurnt(image, dpi, burnt)) throw new RedactionUnverifiedError('identifier-remains', pageNumber, leakMessage(pageNumber));
  const region = first ? dilateMask(first.scope, FRESH_RIM_CELLS) : undefined;
  const [fresh, barcodes] = await Promise.all([readInRegion(image, dpi, region, ocr), findRemainingCodes(image, dpi)]);
  if (barcodes.length > 0) throw new RedactionUnverifiedError('barcode-remains', pageNumber, leakMessage(pageNumber));
  const lines: PageLines[] = [{ page: pageNumber, source: 'ocr', lines: visible(fresh, burnt) }];
  if (first && region) {
    const outside = (word: Word) => !maskTouches(region, word.box);
    lines.push({ page: pageNumber, source: 'ocr', lines: visible(first.ocrLines, burnt, outside) });
    lines.push({ page: pageNumber, source: 'text', lines: visible(first.agreedLines, burnt, outside) });
  }
  const { findings } = detectDocument(lines, known, { valuesBelow: false });
  const misreadLabels = await mapLimit(findings, 1, async (finding) => finding.rule.startsWith('field-') && (await readsAsLabelOnly(image, dpi, finding.box, ocr)));
  if (findings.some((_, i) => !misreadLabels[i])) throw new RedactionUnverifiedError('identifier-remains', pageNumber, leakMessage(pageNumber));
}

// Every pixel of every burnt box is black on the finished raster: the very pixels burnBoxes paints, one pixel in
// from their edges (a box drawn by other means may round to pixels one differently).
function allBurnt(image: GrayImage, dpi: number, boxes: readonly Box[]): boolean {
  return boxes.every((box) => {
    const { x0, y0, x1, y1 } = boxPixels(image, box, dpi, 1);
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) if (image.pixels[y * image.width + x]! > BURNT_LEVEL) return false;
    }
    return true;
  });
}

// OCR of the finished page inside the region only: each run of region rows is cut out to its width, with the
// pixels outside the region blanked (OCR time follows the area and the text it finds).
async function readInRegion(image: GrayImage, dpi: number, region: LayerMask | undefined, ocr: OcrPool): Promise<Line[]> {
  if (!region) return (await ocr.recognize(image, dpi)).lines;
  if (!region.cells.includes(1)) return [];
  const inside = scaleMaskTo(region, image.width, image.height);
  const toPt = 72 / dpi;
  const parts = await Promise.all(
    regionRects(inside, image.width, image.height).map(async (rect) => {
      const crop = cropGray(image, rect);
      for (let y = 0; y < crop.height; y++) {
        for (let x = 0; x < crop.width; x++) if (!inside[(rect.y0 + y) * image.width + rect.x0 + x]) crop.pixels[y * crop.width + x] = 255;
      }
      const { lines } = await ocr.recognize(crop, dpi);
      return lines.map((line) => shiftLine(line, rect.x0 * toPt, rect.y0 * toPt));
    }),
  );
  return parts.flat();
}

// Runs of rows that hold region pixels, each as the rectangle of its leftmost to rightmost region pixel.
function regionRects(inside: Uint8Array, width: number, height: number): { x0: number; y0: number; x1: number; y1: number }[] {
  const rects: { x0: number; y0: number; x1: number; y1: number }[] = [];
  let open: { x0: number; y0: number; x1: number; y1: number } | undefined;
  for (let y = 0; y < height; y++) {
    const row = inside.subarray(y * width, (y + 1) * width);
    const first = row.indexOf(1);
    if (first < 0) {
      if (open) rects.push(open);
      open = undefined;
      continue;
    }
    const last = row.lastIndexOf(1) + 1;
    open = open ? { x0: Math.min(open.x0, first), y0: open.y0, x1: Math.max(open.x1, last), y1: y + 1 } : { x0: first, y0: y, x1: last, y1: y + 1 };
  }
  if (open) rects.push(open);
  return rects;
}

function visible(lines: readonly Line[], burnt: readonly Box[], keep: (word: Word) => boolean = () => true): Line[] {
  return lines.map((line) => visibleWords(line, burnt, keep)).filter((line): line is Line => line !== undefined);
}

function visibleWords(line: Line, burnt: readonly Box[], keep: (word: Word) => boolean): Line | undefined {
  const words = line.words.filter((word) => {
    if (!keep(word)) return false;
    const cx = (word.box.x0 + word.box.x1) / 2;
    const cy = (word.box.y0 + word.box.y1) / 2;
    return !burnt.some((box) => cx >= box.x0 && cx <= box.x1 && cy >= box.y0 && cy <= box.y1);
  });
  return words.length > 0 ? { ...line, words } : undefined;
}
