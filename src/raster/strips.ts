import type { GrayImage } from './gray.js';

export interface Strip {
  image: GrayImage;
  top: number;
}

const DARK = 160;
const MAX_SPECKS = 2;
const BAND = 3;

/**
 * Cut a page into up to `parts` horizontal strips, only through blank bands between text lines,
 * so OCR workers can share one page without a line ever being split. Falls back to fewer strips.
 */
export function splitAtBlankRows(image: GrayImage, parts: number): Strip[] {
  const cuts: number[] = [];
  for (let k = 1; k < parts; k++) {
    const cut = blankRowNear(image, Math.round((k * image.height) / parts), Math.round(image.height / (2 * parts)));
    if (cut !== undefined && cut > (cuts[cuts.length - 1] ?? 0)) cuts.push(cut);
  }
  const bounds = [0, ...cuts, image.height];
  return bounds.slice(0, -1).map((top, i) => ({
    top,
    image: {
      width: image.width,
      height: bounds[i + 1]! - top,
      pixels: image.pixels.subarray(top * image.width, bounds[i + 1]! * image.width),
    },
  }));
}

function blankRowNear(image: GrayImage, target: number, reach: number): number | undefined {
  for (let offset = 0; offset <= reach; offset++) {
    for (const row of [target - offset, target + offset]) {
      if (row - BAND < 0 || row + BAND >= image.height) continue;
      let blank = true;
      for (let r = row - BAND; r <= row + BAND && blank; r++) blank = isBlankRow(image, r);
      if (blank) return row;
    }
  }
  return undefined;
}

function isBlankRow(image: GrayImage, row: number): boolean {
  let dark = 0;
  const start = row * image.width;
  for (let x = 0; x < image.width; x++) {
    if (image.pixels[start + x]! < DARK && ++dark > MAX_SPECKS) return false;
  }
  return true;
}
