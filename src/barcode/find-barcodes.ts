import type { Box } from '../layout/types.js';
import type { GrayImage } from '../raster/gray.js';
import { scanCodesInThread } from './code-thread.js';
import { symbolExtent } from './symbol-extent.js';

export interface FoundBarcode {
  /** The symbol's full extent with its quiet zone, in points. */
  box: Box;
  format: string;
  content: string;
}

// Every code either decoder (zxing, zbar) reads on the page, boxed to the whole symbol and its quiet zone, in points.
export async function findBarcodes(image: GrayImage, dpi: number): Promise<FoundBarcode[]> {
  const decoded = await scanCodesInThread({ image });
  const toPoints = 72 / dpi;
  return decoded.map((symbol) => {
    const box = symbolExtent(image, symbol);
    return {
      box: { x0: box.x0 * toPoints, y0: box.y0 * toPoints, x1: box.x1 * toPoints, y1: box.y1 * toPoints },
      format: symbol.format,
      content: symbol.content,
    };
  });
}
