import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import { addImagePage } from '../pdf/image-page.js';
import { FAX_DPI, faxSheetFor, FOOTER_PT } from '../layout/fax-sheet.js';
import type { PageSize } from '../layout/types.js';
import { ensureFonts } from '../raster/fonts.js';
import { toGray, type GrayImage } from '../raster/gray.js';
import { drawQrCode } from '../raster/qr-code.js';

export interface FaxPdfInput {
  caseId: string;
  /** A4 portrait at 200 dpi. */
  cover: GrayImage;
  /** Each already sized for its sheet's content box (layout/fax-sheet.ts). */
  pages: { image: GrayImage; size: PageSize }[];
}

/**
 * Assemble the fax-ready PDF: the cover sheet, then each anonymised page on A4 above a footer stamp
 * (case ID, "Sida x av n", ANONYMISERAD, and the case ID as a QR code). Image-only: no text layer, metadata, forms or scripts.
 */
export async function buildFaxPdf(input: FaxPdfInput): Promise<Uint8Array> {
  const total = input.pages.length + 1;
  const doc = await PDFDocument.create({ updateMetadata: false });
  addImagePage(doc, input.cover, { width: 595.28, height: 841.89 });
  for (const [index, page] of input.pages.entries()) {
    const layout = faxSheetFor(page.size);
    const sheet = blankSheet(layout.sheetPx.width, layout.sheetPx.height);
    paste(sheet, page.image, layout.content.x, layout.content.y);
    const stamp = await stampStrip(`${input.caseId}   ·   Sida ${index + 2} av ${total}   ·   ANONYMISERAD`, input.caseId, sheet.width);
    paste(sheet, stamp, 0, sheet.height - stamp.height);
    addImagePage(doc, sheet, layout.sheet);
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}

function blankSheet(width: number, height: number): GrayImage {
  return { width, height, pixels: new Uint8Array(width * height).fill(255) };
}

function paste(target: GrayImage, source: GrayImage, x: number, y: number): void {
  for (let row = 0; row < source.height; row++) {
    const from = source.pixels.subarray(row * source.width, (row + 1) * source.width);
    target.pixels.set(from.subarray(0, Math.min(source.width, target.width - x)), (y + row) * target.width + x);
  }
}

async function stampStrip(text: string, caseId: string, width: number): Promise<GrayImage> {
  const scale = FAX_DPI / 72;
  const canvas = createCanvas(width, Math.round(FOOTER_PT * scale));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000000';
  context.fillRect(0, 0, canvas.width, Math.round(1.5 * scale));
  context.font = `bold ${10 * scale}px "${ensureFonts()}"`;
  context.textBaseline = 'middle';
  context.textAlign = 'center';
  context.fillText(text, canvas.width / 2, canvas.height / 2 + scale);
  const qr = canvas.height - Math.round(3 * scale);
  await drawQrCode(context, caseId, canvas.width - qr - Math.round(12 * scale), Math.round(2.5 * scale), qr);
  return toGray(canvas);
}
