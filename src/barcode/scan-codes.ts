import { cropGray, type GrayImage } from '../raster/gray.js';
import type { DecodedSymbol } from './decoded-symbol.js';
import { scanWithZbar } from './zbar.js';
import { scanWithZxing } from './zxing.js';

/** What to scan: the whole image, and with `bandHeight` also overlapping horizontal bands of that height (pixels). */
export interface CodeScan {
  image: GrayImage;
  bandHeight?: number;
}

// Why: both decoders (zxing, zbar) read the whole image; with bands, zbar also reads each band of overlapping
// horizontal bands on its own, where a sliver of bars beside a black box is read alone. Runs in the code thread.
export async function scanCodes({ image, bandHeight }: CodeScan): Promise<DecodedSymbol[]> {
  const found = [...(await scanWithZxing(image)), ...(await scanWithZbar(image))];
  if (bandHeight === undefined) return found;
  for (let top = 0; top < image.height; top += Math.round(bandHeight / 2)) {
    const strip = cropGray(image, { x0: 0, y0: top, x1: image.width, y1: top + bandHeight });
    found.push(...(await scanWithZbar(strip)));
    if (top + bandHeight >= image.height) break;
  }
  return found;
}
