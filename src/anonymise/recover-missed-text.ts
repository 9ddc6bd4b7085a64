import type { Box, Line } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { cropGray, type GrayImage } from '../raster/gray.js';

const MARGIN_PT = 6;
const MAX_REGIONS = 12;

/**
 * Tesseract's page layout analysis sometimes drops whole lines (a sticker beside a title). Read every cluster
 * of unexplained ink again on its own, so text that exists only as pixels is never skipped silently.
 */
export async function recoverMissedText(image: GrayImage, dpi: number, clusters: readonly Box[], ocr: OcrPool): Promise<Line[]> {
  const scale = dpi / 72;
  const regions = [...clusters].sort((a, b) => area(b) - area(a)).slice(0, MAX_REGIONS);
  const pages = await Promise.all(
    regions.map(async (region) => {
      const x0 = Math.max(0, region.x0 - MARGIN_PT);
      const y0 = Math.max(0, region.y0 - MARGIN_PT);
      const crop = cropGray(image, { x0: x0 * scale, y0: y0 * scale, x1: (region.x1 + MARGIN_PT) * scale, y1: (region.y1 + MARGIN_PT) * scale });
      const page = await ocr.recognize(crop, dpi);
      return page.lines.map((line) => shift(line, x0, y0));
    }),
  );
  return pages.flat();
}

function shift(line: Line, dx: number, dy: number): Line {
  const move = (box: Box): Box => ({ x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy });
  return { box: move(line.box), words: line.words.map((word) => ({ ...word, box: move(word.box) })) };
}

function area(box: Box): number {
  return (box.x1 - box.x0) * (box.y1 - box.y0);
}
