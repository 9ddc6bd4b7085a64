import type { GrayImage } from '../raster/gray.js';
import { scanCodesInThread } from './code-thread.js';
import type { DecodedSymbol } from './decoded-symbol.js';

const BAND_CM = 1.5;

// Every code still readable on a finished page, by two independent decoders: zxing and zbar on the whole page,
// and zbar on overlapping horizontal bands, where a sliver of bars beside a black box is read on its own.
export async function findRemainingCodes(image: GrayImage, dpi: number): Promise<DecodedSymbol[]> {
  return scanCodesInThread({ image, bandHeight: Math.max(16, Math.round((BAND_CM / 2.54) * dpi)) });
}
