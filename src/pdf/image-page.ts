import { deflateSync } from 'node:zlib';
import { concatTransformationMatrix, drawObject, PDFDocument, PDFName, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import type { PageSize } from '../layout/types.js';
import type { GrayImage } from '../raster/gray.js';

// One DeviceGray image filling the page, and nothing else in the page dictionary.
export function addImagePage(doc: PDFDocument, image: GrayImage, sheet: PageSize): void {
  const stream = doc.context.stream(deflateSync(image.pixels, { level: 6 }), {
    Type: 'XObject',
    Subtype: 'Image',
    Width: image.width,
    Height: image.height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 8,
    Filter: 'FlateDecode',
  });
  const page = doc.addPage([sheet.width, sheet.height]);
  const name = page.node.newXObject('Page', doc.context.register(stream));
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(sheet.width, 0, 0, sheet.height, 0, 0), drawObject(name), popGraphicsState());
  page.node.delete(PDFName.of('Annots'));
  const resources = page.node.Resources();
  resources?.delete(PDFName.of('Font'));
  resources?.delete(PDFName.of('ExtGState'));
}

// An image-only PDF of gray rasters, each page sized from its resolution: a clean copy of a scan.
export async function buildImagePdf(pages: readonly { image: GrayImage; dpi: number }[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (const { image, dpi } of pages) addImagePage(doc, image, { width: (image.width * 72) / dpi, height: (image.height * 72) / dpi });
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}
