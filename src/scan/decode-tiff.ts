import { setImmediate as nextTurn } from 'node:timers/promises';
import UTIF from 'utif2';
import type { RenderBudget } from '../pdf/budget.js';
import type { GrayImage } from '../raster/gray.js';
import { decodeFaxGuarded } from './fax-guard.js';
import type { ScanPage } from './scan-page.js';
import { applyOrientation } from './orient.js';
import { checkPageSize, rejectScan } from './reject.js';
import { squarePixels, squaredSize, type Resolution } from './square-pixels.js';
import { readTiffPages, tiffDamaged, type TiffTags } from './tiff-directory.js';
import { applyFillOrder, CCITT_COMPRESSIONS, checkStripLengths, describeTiffPage, type TiffLayout } from './tiff-strips.js';

const FAX_WIDTH = 1728;
const FINE_FAX: Resolution = { x: 204, y: 196 };
const SCANNER: Resolution = { x: 200, y: 200 };

// Every page is checked before any is decoded (each within the page budget, all within the document budget), so a bad
// last page costs no decoding of the first ones; decoding yields between pages so a long fax does not stall the service.
export async function decodeTiffPages(data: Uint8Array, maxPages: number, budget: RenderBudget): Promise<ScanPage[]> {
  const pages = readTiffPages(data, maxPages);
  const own = data.slice();
  let total = 0;
  const layouts = pages.map((tags, i) => {
    const layout = describeTiffPage(tags, data.length, i + 1);
    const squared = squaredSize(layout.width, layout.height, resolutionOf(tags, layout.width));
    checkPageSize(layout.width, layout.height, i + 1, budget.maxPagePixels);
    checkPageSize(squared.width, squared.height, i + 1, budget.maxPagePixels);
    total += squared.width * squared.height;
    if (total > budget.maxDocumentPixels) throw rejectScan('too-large', 'tiff-too-large', { pages: pages.length });
    applyFillOrder(own, tags, layout);
    checkStripLengths(own, layout, i + 1);
    return layout;
  });
  const decoded: ScanPage[] = [];
  for (const [i, tags] of pages.entries()) {
    if (i > 0) await nextTurn();
    decoded.push(decodePage(own, tags, layouts[i]!, i + 1));
  }
  return decoded;
}

function decodePage(data: Uint8Array, tags: TiffTags, layout: TiffLayout, page: number): ScanPage {
  const ifd = { ...tags } as unknown as UTIF.IFD;
  const decode = (): void => UTIF.decodeImage(data.buffer as ArrayBuffer, ifd);
  const fax = CCITT_COMPRESSIONS.has(layout.compression);
  let rgba: Uint8Array;
  let rows = layout.height;
  try {
    if (fax) rows = decodeFaxGuarded(layout, decode);
    else decode();
    rgba = UTIF.toRGBA8(ifd);
  } catch (error) {
    throw tiffDamaged('undecodable', { page }, error);
  }
  if (rows < layout.height) throw tiffDamaged('fax-rows', { page, rows, height: layout.height });
  const squared = squarePixels(rgbaToGray(rgba, layout.width, layout.height), resolutionOf(tags, layout.width));
  return { image: applyOrientation(squared.image, tags.t274?.[0] ?? 1), dpi: squared.dpi };
}

// Fax pages say 204 × 98 or 204 × 196 dpi; without a usable tag a 1728-pixel-wide page is taken as a fine-mode fax.
function resolutionOf(tags: TiffTags, width: number): Resolution {
  const unit = tags.t296?.[0] ?? 2;
  const scale = unit === 2 ? 1 : unit === 3 ? 2.54 : Number.NaN;
  const x = (tags.t282?.[0] ?? Number.NaN) * scale;
  const y = (tags.t283?.[0] ?? Number.NaN) * scale;
  if (x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y)) return { x, y };
  return width === FAX_WIDTH ? FINE_FAX : SCANNER;
}

// Same luminance weights as raster/gray.ts, with any alpha laid over white paper.
function rgbaToGray(rgba: Uint8Array, width: number, height: number): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < pixels.length; i++, j += 4) {
    const luma = (rgba[j]! * 77 + rgba[j + 1]! * 150 + rgba[j + 2]! * 29) >> 8;
    const alpha = rgba[j + 3]!;
    pixels[i] = alpha === 255 ? luma : (luma * alpha + 255 * (255 - alpha)) / 255;
  }
  return { width, height, pixels };
}
