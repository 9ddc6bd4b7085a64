import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { encodeTiffG4, encodeTiffGray } from '../../fixtures/lib/tiff-encode.js';
import { InputRejectedError } from '../../src/errors.js';
import { toGray } from '../../src/raster/gray.js';
import { loadScanPages } from '../../src/scan/load-scan.js';
import { FAX_WIDTH, agreement, blackOf, drawFaxPage, grayCard, inkOverlap, paintReply, withJfifDensity, withPngDensity } from './scan-samples.js';

const PAGE_INCHES = 11;

// What the decoder must return for a page stored at yDpi: every row repeated to square pixels (nearest row under each centre).
function stretchedRows(black: Uint8Array, height: number, outHeight: number): Uint8Array {
  const out = new Uint8Array(FAX_WIDTH * outHeight);
  for (let y = 0; y < outHeight; y++) {
    const from = Math.min(height - 1, Math.floor(((y + 0.5) * height) / outHeight));
    out.set(black.subarray(from * FAX_WIDTH, (from + 1) * FAX_WIDTH), y * FAX_WIDTH);
  }
  return out;
}

async function rejection(promise: Promise<unknown>): Promise<InputRejectedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InputRejectedError);
  return error as InputRejectedError;
}

describe('reading a faxed reply as a TIFF', () => {
  for (const [mode, yDpi] of [['standard', 98], ['fine', 196]] as const) {
    it(`decodes a three-page Group 4 fax in ${mode} mode (204 × ${yDpi} dpi) to square 204 dpi pages with the drawn content`, async () => {
      const sent = [1, 2, 3].map((page) => drawFaxPage(PAGE_INCHES, yDpi, paintReply(page)));
      const tiff = encodeTiffG4(sent.map((page) => ({ ...page, xDpi: 204, yDpi })));
      const pages = await loadScanPages(tiff, { maxPages: 30 });
      expect(pages).toHaveLength(3);
      pages.forEach((page, i) => {
        const { black, height } = sent[i]!;
        expect(page.dpi).toBe(204);
        expect(page.image.width).toBe(FAX_WIDTH);
        expect(page.image.height).toBe(Math.round((height * 204) / yDpi));
        expect(agreement(blackOf(page.image), stretchedRows(black, height, page.image.height))).toBe(1);
        const square = drawFaxPage(page.image.height / 204, 204, paintReply(i + 1));
        expect(agreement(blackOf(page.image), square.black)).toBeGreaterThanOrEqual(0.99);
        expect(inkOverlap(blackOf(page.image), square.black)).toBeGreaterThanOrEqual(0.9);
      });
    });
  }

  it('keeps each page apart: no page of a multi-page fax matches another', async () => {
    const sent = [1, 2].map((page) => drawFaxPage(PAGE_INCHES, 196, paintReply(page)));
    const [first, second] = await loadScanPages(encodeTiffG4(sent.map((page) => ({ ...page, xDpi: 204, yDpi: 196 }))), { maxPages: 2 });
    const square = drawFaxPage(first!.image.height / 204, 204, paintReply(1));
    expect(inkOverlap(blackOf(first!.image), square.black)).toBeGreaterThanOrEqual(0.9);
    expect(inkOverlap(blackOf(second!.image), square.black)).toBeLessThan(0.7);
  });

  it('decodes an uncompressed 8-bit gray TIFF exactly and widens pixels scanned at a coarser horizontal resolution', async () => {
    const card = grayCard(120, 80);
    const tiff = encodeTiffGray([
      { ...card, xDpi: 300, yDpi: 300 },
      { ...card, xDpi: 150, yDpi: 300 },
    ]);
    const [square, widened] = await loadScanPages(tiff, { maxPages: 5 });
    expect(square).toMatchObject({ dpi: 300, image: { width: 120, height: 80 } });
    expect(Buffer.from(square!.image.pixels).equals(Buffer.from(card.pixels))).toBe(true);
    expect(widened).toMatchObject({ dpi: 300, image: { width: 240, height: 80 } });
    for (let y = 0; y < 80; y++) {
      for (let x = 0; x < 240; x++) expect.soft(widened!.image.pixels[y * 240 + x]).toBe(card.pixels[y * 120 + (x >> 1)]);
    }
  });
});

describe('reading a reply delivered as a picture or a PDF', () => {
  function card(): Canvas {
    const canvas = createCanvas(400, 300);
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, 400, 300);
    context.fillStyle = '#000000';
    context.fillRect(50, 40, 120, 90);
    context.fillStyle = '#808080';
    context.fillRect(250, 150, 100, 100);
    return canvas;
  }

  it('reads a PNG losslessly and takes its resolution from the pHYs chunk', async () => {
    const canvas = card();
    const [page] = await loadScanPages(withPngDensity(canvas.encodeSync('png'), 300, 300), { maxPages: 1 });
    expect(page).toMatchObject({ dpi: 300, image: { width: 400, height: 300 } });
    expect(Buffer.from(page!.image.pixels).equals(Buffer.from(toGray(canvas).pixels))).toBe(true);
  });

  it('doubles the rows of a PNG whose pHYs says 200 × 100 dpi and falls back to 200 dpi without pHYs', async () => {
    const png = card().encodeSync('png');
    const [stretched] = await loadScanPages(withPngDensity(png, 200, 100), { maxPages: 1 });
    expect(stretched).toMatchObject({ dpi: 200, image: { width: 400, height: 600 } });
    expect(stretched!.image.pixels[(2 * 60 + 1) * 400 + 100]).toBe(0);
    const [plain] = await loadScanPages(png, { maxPages: 1 });
    expect(plain).toMatchObject({ dpi: 200, image: { width: 400, height: 300 } });
  });

  it('reads a JPEG with its JFIF density and keeps the drawn boxes where they were', async () => {
    const [page] = await loadScanPages(withJfifDensity(card().encodeSync('jpeg', 95), 150, 150), { maxPages: 1 });
    expect(page).toMatchObject({ dpi: 150, image: { width: 400, height: 300 } });
    const at = (x: number, y: number): number => page!.image.pixels[y * 400 + x]!;
    expect(at(110, 85)).toBeLessThan(20);
    expect(Math.abs(at(300, 200) - 128)).toBeLessThan(12);
    expect(at(10, 280)).toBeGreaterThan(235);
  });

  it('renders every page of a PDF upright at 200 dpi by default and at the requested resolution otherwise', async () => {
    const doc = await PDFDocument.create();
    for (const x of [72, 300]) {
      const page = doc.addPage([595.28, 841.89]);
      page.drawRectangle({ x, y: 841.89 - 144 - 72, width: 144, height: 72, color: rgb(0, 0, 0) });
    }
    const pdf = await doc.save();
    const pages = await loadScanPages(pdf, { maxPages: 5 });
    expect(pages.map((page) => [page.dpi, page.image.width, page.image.height])).toEqual([
      [200, 1654, 2339],
      [200, 1654, 2339],
    ]);
    const at = (index: number, xPt: number, yPt: number): number => pages[index]!.image.pixels[Math.round((yPt * 200) / 72) * 1654 + Math.round((xPt * 200) / 72)]!;
    expect(at(0, 144, 180)).toBeLessThan(30);
    expect(at(0, 372, 180)).toBeGreaterThan(225);
    expect(at(1, 372, 180)).toBeLessThan(30);
    const [low] = await loadScanPages(pdf, { maxPages: 5, pdfDpi: 100 });
    expect(low).toMatchObject({ dpi: 100, image: { width: 827, height: 1170 } });
  });
});

describe('refusing files that cannot be read as a reply', () => {
  it('refuses a text file, whatever its name, with a Swedish message naming the accepted formats', async () => {
    const error = await rejection(loadScanPages(Buffer.from('Hej! Svaret kommer med posten.\n', 'utf8'), { maxPages: 30 }));
    expect(error.reason).toBe('not-scan');
    expect(error.userMessage).toMatch(/varken PDF, TIFF, PNG eller JPEG/);
    expect(error.userMessage).toMatch(/manuellt/);
  });

  it('refuses a TIFF cut off partway through as damaged', async () => {
    const fax = drawFaxPage(PAGE_INCHES, 196, paintReply(1));
    const tiff = encodeTiffG4([1, 2].map(() => ({ ...fax, xDpi: 204, yDpi: 196 })));
    const error = await rejection(loadScanPages(tiff.subarray(0, Math.floor(tiff.length * 0.7)), { maxPages: 30 }));
    expect(error.reason).toBe('damaged');
    expect(error.userMessage).toMatch(/TIFF-filen är skadad eller avkortad/);
  });

  it('refuses a TIFF whose Group 4 data breaks off mid-page instead of returning a page with blank rows', async () => {
    const fax = drawFaxPage(PAGE_INCHES, 196, paintReply(1));
    const tiff = encodeTiffG4([{ ...fax, xDpi: 204, yDpi: 196 }]);
    tiff.fill(0, 8 + 3000, 8 + 3200);
    const error = await rejection(loadScanPages(tiff, { maxPages: 30 }));
    expect(error.reason).toBe('damaged');
  });

  it('refuses a TIFF with more pages than allowed, and one with no pages at all', async () => {
    const fax = drawFaxPage(2, 98, paintReply(1));
    const tiff = encodeTiffG4([1, 2, 3].map(() => ({ ...fax, xDpi: 204, yDpi: 98 })));
    const tooMany = await rejection(loadScanPages(tiff, { maxPages: 2 }));
    expect(tooMany.reason).toBe('too-many-pages');
    expect(tooMany.userMessage).toMatch(/fler sidor än tillåtna 2/);
    const empty = await rejection(loadScanPages(Uint8Array.from([0x49, 0x49, 42, 0, 0, 0, 0, 0]), { maxPages: 2 }));
    expect(empty.reason).toBe('no-pages');
  });

  it('refuses a PDF with too many pages in words about the reply, not about anonymising a referral', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 3; i++) doc.addPage();
    const error = await rejection(loadScanPages(await doc.save(), { maxPages: 2 }));
    expect(error.reason).toBe('too-many-pages');
    expect(error.userMessage).toMatch(/Faxsvaret måste hanteras manuellt/);
    expect(error.userMessage).not.toMatch(/remiss/i);
  });
});
