import type { PageSize } from './types.js';

export const FAX_DPI = 200;
export const FOOTER_PT = 30;
const A4 = { short: 595.28, long: 841.89 };

export interface FaxSheet {
  /** The A4 sheet, landscape when the page is. */
  sheet: PageSize;
  sheetPx: { width: number; height: number };
  /** Where the anonymised page goes on the sheet, in pixels, above the footer stamp. */
  content: { x: number; y: number; width: number; height: number };
  /** Pixels per point of the original page inside the content box (≤ 200 dpi). */
  pxPerPt: number;
}

// Where a page of a given size lands on the fax: fitted to A4 at 200 dpi above a footer band.
export function faxSheetFor(page: PageSize): FaxSheet {
  const landscape = page.width > page.height;
  const sheet = landscape ? { width: A4.long, height: A4.short } : { width: A4.short, height: A4.long };
  const scale = FAX_DPI / 72;
  const sheetPx = { width: Math.round(sheet.width * scale), height: Math.round(sheet.height * scale) };
  const area = { width: sheetPx.width, height: sheetPx.height - Math.round(FOOTER_PT * scale) };
  const pxPerPt = Math.min(area.width / page.width, area.height / page.height);
  const width = Math.floor(page.width * pxPerPt);
  const height = Math.floor(page.height * pxPerPt);
  return {
    sheet,
    sheetPx,
    content: { x: Math.floor((area.width - width) / 2), y: Math.floor((area.height - height) / 2), width, height },
    pxPerPt,
  };
}
