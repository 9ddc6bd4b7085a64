import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import type { Box, PageSize } from '../layout/types.js';
import { faxSheetFor } from '../layout/fax-sheet.js';
import { ensureFonts } from '../raster/fonts.js';
import type { GrayImage } from '../raster/gray.js';

export interface ReviewPage {
  /** The original page, not redacted, sized like the fax page's content box. */
  image: GrayImage;
  size: PageSize;
  redactions: { box: Box; kind: string }[];
}

export interface ReviewCopyInput {
  pages: ReviewPage[];
  /** Banner per page, already filled in ("INTERN — FAXAS EJ …"). */
  banner: (page: number, pages: number) => string;
  kindLabel: (kind: string) => string;
}

const BANNER_PX = 44;
const GUTTER_PX = 360;

/**
 * Build the nurse's internal review copy: every original page with each redacted area outlined in red and
 * labelled by kind, under an "INTERN — FAXAS EJ" banner. It carries patient data and is never faxed.
 */
export async function buildReviewCopy(input: ReviewCopyInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const family = ensureFonts();
  for (const [index, page] of input.pages.entries()) {
    const scale = faxSheetFor(page.size).pxPerPt;
    const canvas = createCanvas(page.image.width + GUTTER_PX, page.image.height + BANNER_PX);
    const context = canvas.getContext('2d');
    const data = context.createImageData(page.image.width, page.image.height);
    page.image.pixels.forEach((v, i) => data.data.set([v, v, v, 255], i * 4));
    context.putImageData(data, 0, BANNER_PX);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, BANNER_PX);
    context.fillStyle = '#a00000';
    context.fillRect(0, BANNER_PX - 4, canvas.width, 4);
    context.font = `bold 24px "${family}"`;
    context.textBaseline = 'middle';
    context.fillText(input.banner(index + 1, input.pages.length), 16, BANNER_PX / 2);
    context.strokeStyle = '#e00000';
    context.lineWidth = 3;
    context.font = `bold 24px "${family}"`;
    context.textBaseline = 'middle';
    context.fillStyle = '#c00000';
    let nextFree = BANNER_PX;
    for (const { box, kind } of [...page.redactions].sort((a, b) => a.box.y0 - b.box.y0)) {
      const x = box.x0 * scale;
      const y = box.y0 * scale + BANNER_PX;
      const height = (box.y1 - box.y0) * scale;
      context.strokeRect(x, y, (box.x1 - box.x0) * scale, height);
      const labelY = Math.max(y + height / 2, nextFree + 14);
      nextFree = labelY + 14;
      context.lineWidth = 1;
      context.beginPath();
      context.moveTo(box.x1 * scale, y + height / 2);
      context.lineTo(page.image.width + 12, labelY);
      context.stroke();
      context.lineWidth = 3;
      context.fillText(input.kindLabel(kind), page.image.width + 16, labelY);
    }
    const png = await doc.embedPng(canvas.toBuffer('image/png'));
    const sheet = doc.addPage([canvas.width / scale, canvas.height / scale]);
    sheet.drawImage(png, { x: 0, y: 0, width: sheet.getWidth(), height: sheet.getHeight() });
  }
  return doc.save();
}
