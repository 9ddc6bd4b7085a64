import { createCanvas } from '@napi-rs/canvas';
import { concatTransformationMatrix, drawObject, PDFDocument, PDFName, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { ensureFonts } from '../raster/fonts.js';
import { grayToCanvas } from '../raster/compose.js';
import { toGray, type GrayImage } from '../raster/gray.js';

export interface FaxPdfInput {
  caseId: string;
  dpi: number;
  cover: GrayImage;
  pages: { image: GrayImage; size: { width: number; height: number } }[];
}

const A4 = { short: 595.28, long: 841.89 };
const FOOTER_PT = 30;

/**
 * Assemble the fax-ready PDF: the cover sheet, then each anonymised page fitted to A4 above a footer
 * stamp (case ID, "Sida x av n", ANONYMISERAD). Image-only: no text layer, metadata, forms or scripts.
 */
export async function buildFaxPdf(input: FaxPdfInput): Promise<Uint8Array> {
  const total = input.pages.length + 1;
  const doc = await PDFDocument.create({ updateMetadata: false });
  await addImagePage(doc, input.cover, { width: A4.short, height: A4.long });
  for (const [index, page] of input.pages.entries()) {
    const landscape = page.size.width > page.size.height;
    const sheet = landscape ? { width: A4.long, height: A4.short } : { width: A4.short, height: A4.long };
    const stamp = `${input.caseId}   ·   Sida ${index + 2} av ${total}   ·   ANONYMISERAD`;
    await addImagePage(doc, stampedPage(page.image, sheet, stamp, input.dpi), sheet);
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}

// One DeviceGray image filling the page, and nothing else in the page dictionary.
async function addImagePage(doc: PDFDocument, image: GrayImage, sheet: { width: number; height: number }): Promise<void> {
  const stream = doc.context.flateStream(image.pixels, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.width,
    Height: image.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
  });
  const page = doc.addPage([sheet.width, sheet.height]);
  const name = page.node.newXObject('Page', doc.context.register(stream));
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(sheet.width, 0, 0, sheet.height, 0, 0), drawObject(name), popGraphicsState());
  page.node.delete(PDFName.of('Annots'));
  const resources = page.node.Resources();
  resources?.delete(PDFName.of('Font'));
  resources?.delete(PDFName.of('ExtGState'));
}

function stampedPage(image: GrayImage, sheet: { width: number; height: number }, stamp: string, dpi: number): GrayImage {
  const scale = dpi / 72;
  const canvas = createCanvas(Math.round(sheet.width * scale), Math.round(sheet.height * scale));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const area = { width: canvas.width, height: canvas.height - FOOTER_PT * scale };
  const fit = Math.min(area.width / image.width, area.height / image.height);
  const width = image.width * fit;
  const height = image.height * fit;
  context.drawImage(grayToCanvas(image), (area.width - width) / 2, (area.height - height) / 2, width, height);
  context.fillStyle = '#000000';
  context.fillRect(0, area.height, canvas.width, 1.5 * scale);
  context.font = `bold ${10 * scale}px "${ensureFonts()}"`;
  context.textBaseline = 'middle';
  context.textAlign = 'center';
  context.fillText(stamp, canvas.width / 2, area.height + (FOOTER_PT * scale) / 2);
  return toGray(canvas);
}
