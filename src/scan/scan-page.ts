import type { GrayImage } from '../raster/gray.js';

/** One page of a reply scan: 8-bit gray with square pixels, `dpi` in both axes. */
export interface ScanPage {
  image: GrayImage;
  dpi: number;
  /** Lines of the PDF's text layer, when the file has one (a born-digital report). */
  textLines?: string[];
}
