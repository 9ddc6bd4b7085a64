import type { PageViewport } from 'pdfjs-dist/types/src/display/display_utils.js';
import type { PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

export type QuarterTurn = 0 | 90 | 180 | 270;

const turns = new WeakMap<PDFPageProxy, QuarterTurn>();

// A scan fed into the scanner upside down or sideways is read, redacted and faxed turned upright. Every raster,
// text box and image placement of the page goes through `uprightViewport`, so they all agree on the turn.
export function turnPage(page: PDFPageProxy, turn: QuarterTurn): void {
  turns.set(page, turn);
}

// The page's viewport at a scale, with its own /Rotate and any turn found by reading it.
export function uprightViewport(page: PDFPageProxy, scale: number): PageViewport {
  return page.getViewport({ scale, rotation: (page.rotate + (turns.get(page) ?? 0)) % 360 });
}
