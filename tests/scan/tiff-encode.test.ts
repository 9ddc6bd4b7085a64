import { PDFDocument, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { encodeG4 } from '../../fixtures/lib/ccitt-t6.js';
import { mulberry32 } from '../../fixtures/lib/prng.js';
import { renderPage } from '../../src/pdf/render-page.js';
import { withPdf } from '../../src/pdf/with-pdf.js';
import { toGray } from '../../src/raster/gray.js';
import { agreement, drawFaxPage, paintReply } from './scan-samples.js';

// pdf.js has its own CCITT decoder: wrapping the coded page as a PDF image reads it back without UTIF.js or our reader.
async function decodeWithPdfjs(coded: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([width, height]);
  const image = doc.context.stream(coded, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: width,
    Height: height,
    ColorSpace: 'DeviceGray',
    BitsPerComponent: 1,
    Filter: 'CCITTFaxDecode',
    DecodeParms: { K: -1, Columns: width, Rows: height },
  });
  const name = page.node.newXObject('Fax', doc.context.register(image));
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(width, 0, 0, height, 0, 0), drawObject(name), popGraphicsState());
  const gray = await withPdf(await doc.save(), 1, async (pdf) => toGray(await renderPage(await pdf.getPage(1), 72)));
  expect([gray.width, gray.height]).toEqual([width, height]);
  return gray.pixels.map((value) => (value < 128 ? 1 : 0));
}

describe('the Group 4 encoder that makes the fax test data', () => {
  it('codes a drawn reply page so that an independent CCITT decoder reads back every pixel', async () => {
    const page = drawFaxPage(3, 196, paintReply(2));
    const decoded = await decodeWithPdfjs(encodeG4(page.black, page.width, page.height), page.width, page.height);
    expect(agreement(decoded, page.black)).toBe(1);
  });

  it('codes long runs, an odd width and all-black and all-white rows the same way', async () => {
    const rng = mulberry32(20260115);
    const width = 2777;
    const height = 120;
    const black = new Uint8Array(width * height);
    for (let y = 0; y < height; y++) {
      if (y % 40 === 7) black.fill(1, y * width, (y + 1) * width);
      if (y % 40 === 7 || y % 40 === 8) continue;
      for (let x = 0, colour = 0; x < width; colour = 1 - colour) {
        const run = rng.chance(0.1) ? rng.int(1000, 2700) : rng.int(0, 70);
        black.fill(colour, y * width + x, y * width + Math.min(width, x + run));
        x += run;
      }
    }
    const decoded = await decodeWithPdfjs(encodeG4(black, width, height), width, height);
    expect(agreement(decoded, black)).toBe(1);
  });
});
