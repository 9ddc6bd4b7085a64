import { shiftLine } from '../layout/boxes.js';
import type { Box, Line } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { cropGray, type GrayImage } from '../raster/gray.js';

const MARGIN_PT = 6;
const GAP_PX = 24;
const MAX_REGIONS = 24;

interface Piece {
  image: GrayImage;
  /** Where the piece came from on the page, in points. */
  origin: { x: number; y: number };
  /** Where the piece sits in the collage, in pixels. */
  top: number;
}

/**
 * Tesseract's page layout analysis sometimes drops whole lines (a sticker beside a title). Read every cluster
 * of unexplained ink again, stacked into one small collage so the second look costs one short OCR job.
 */
export async function recoverMissedText(image: GrayImage, dpi: number, clusters: readonly Box[], ocr: OcrPool): Promise<Line[]> {
  const scale = dpi / 72;
  const pieces: Piece[] = [];
  let top = GAP_PX;
  for (const region of [...clusters].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0).slice(0, MAX_REGIONS)) {
    const origin = { x: Math.max(0, region.x0 - MARGIN_PT), y: Math.max(0, region.y0 - MARGIN_PT) };
    const crop = cropGray(image, { x0: origin.x * scale, y0: origin.y * scale, x1: (region.x1 + MARGIN_PT) * scale, y1: (region.y1 + MARGIN_PT) * scale });
    pieces.push({ image: crop, origin, top });
    top += crop.height + GAP_PX;
  }
  if (pieces.length === 0) return [];
  const page = await ocr.recognize(collage(pieces, top), dpi, { whole: true });
  return page.lines.flatMap((line) => {
    const middle = ((line.box.y0 + line.box.y1) / 2) * scale;
    const piece = pieces.find((p) => middle >= p.top && middle < p.top + p.image.height);
    return piece ? [shiftLine(line, piece.origin.x, piece.origin.y - piece.top / scale)] : [];
  });
}

function collage(pieces: readonly Piece[], height: number): GrayImage {
  const width = Math.max(...pieces.map((p) => p.image.width)) + 2 * GAP_PX;
  const pixels = new Uint8Array(width * height).fill(255);
  for (const piece of pieces) {
    for (let row = 0; row < piece.image.height; row++) {
      pixels.set(piece.image.pixels.subarray(row * piece.image.width, (row + 1) * piece.image.width), (piece.top + row) * width);
    }
  }
  return { width, height, pixels };
}
