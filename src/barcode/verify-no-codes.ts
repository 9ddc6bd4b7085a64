import { cropGray, type GrayImage } from '../raster/gray.js';
import type { DecodedSymbol } from './decoded-symbol.js';
import { scanWithZbar } from './zbar.js';
import { scanWithZxing } from './zxing.js';

const BAND_CM = 1.5;

// Every code still readable on a finished page, by two independent decoders: zxing and zbar on the whole page,
// and zbar on overlapping horizontal bands, where a sliver of bars beside a black box is read on its own.
export async function findRemainingCodes(image: GrayImage, dpi: number): Promise<DecodedSymbol[]> {
  const found = [...(await scanWithZxing(image)), ...(await scanWithZbar(image))];
  const band = Math.max(16, Math.round((BAND_CM / 2.54) * dpi));
  for (let top = 0; top < image.height; top += Math.round(band / 2)) {
    const strip = cropGray(image, { x0: 0, y0: top, x1: image.width, y1: top + band });
    found.push(...(await scanWithZbar(strip)));
    if (top + band >= image.height) break;
  }
  return found;
}
