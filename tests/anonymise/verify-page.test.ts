import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { KnownValues } from '../../src/detect/types.js';
import { verifyPage, type FirstReading } from '../../src/anonymise/verify-page.js';
import { RedactionUnverifiedError } from '../../src/errors.js';
import type { Box, Line } from '../../src/layout/types.js';
import { withOcrPool } from '../../src/ocr/ocr-pool.js';
import { burnBoxes } from '../../src/raster/burn.js';
import { toGray, type GrayImage } from '../../src/raster/gray.js';
import type { LayerMask } from '../../src/raster/layer-mask.js';
import { inventedPersonnummer } from '../barcode/code-pages.js';

const DPI = 200;
const PAGE_PT = { width: 595, height: 842 };
const nothingKnown = (): KnownValues => ({ nameTokens: new Set(), referrerTokens: new Set(), referrerNumbers: new Set(), numbers: new Map(), codes: new Map() });

// A finished page at fax resolution with one line "Personnummer: <number>" printed at 40 pt from the left edge.
function printedPage(pnr: string): { image: GrayImage; line: Line; numberBox: Box } {
  const canvas = createCanvas(Math.round((PAGE_PT.width * DPI) / 72), Math.round((PAGE_PT.height * DPI) / 72));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(DPI / 72, DPI / 72);
  ctx.fillStyle = '#000000';
  ctx.font = '12px sans-serif';
  const label = 'Personnummer:';
  ctx.fillText(label, 40, 200);
  const labelWidth = ctx.measureText(label).width;
  const number = `${pnr.slice(0, 8)}-${pnr.slice(8)}`;
  ctx.fillText(number, 40 + labelWidth + 6, 200);
  const labelBox = { x0: 40, y0: 190, x1: 40 + labelWidth, y1: 203 };
  const numberBox = { x0: 40 + labelWidth + 6, y0: 190, x1: 40 + labelWidth + 6 + ctx.measureText(number).width, y1: 203 };
  const words = [
    { text: label, box: labelBox, confidence: 96 },
    { text: number, box: numberBox, confidence: 96 },
  ];
  return { image: toGray(canvas), line: { words, box: { ...labelBox, x1: numberBox.x1 } }, numberBox };
}

// A first-pass scope mask (100 dpi) flagging the given boxes (points) as readable only by OCR.
function scopeOver(boxes: readonly Box[]): LayerMask {
  const dpi = 100;
  const width = Math.round((PAGE_PT.width * dpi) / 72);
  const height = Math.round((PAGE_PT.height * dpi) / 72);
  const cells = new Uint8Array(width * height);
  for (const box of boxes) {
    for (let y = Math.floor((box.y0 * dpi) / 72); y < Math.ceil((box.y1 * dpi) / 72); y++) {
      cells.fill(1, y * width + Math.floor((box.x0 * dpi) / 72), y * width + Math.ceil((box.x1 * dpi) / 72));
    }
  }
  return { width, height, dpi, cells };
}

async function verdict(image: GrayImage, burnt: readonly Box[], first: FirstReading): Promise<string> {
  return withOcrPool({ workers: 1, languages: ['swe'] }, (ocr) =>
    verifyPage(image, DPI, 1, burnt, nothingKnown(), ocr, first).then(
      () => 'clean',
      (error: unknown) => (error instanceof RedactionUnverifiedError ? error.reason : String(error)),
    ),
  );
}

describe('verification of a digital page from its first reading', () => {
  const pnr = inventedPersonnummer('tests/anonymise/verify-page');

  it('refuses a page where a personnummer in text both readings agreed on was left unburnt', async () => {
    const { image, line } = printedPage(pnr);
    expect(await verdict(image, [], { scope: scopeOver([]), agreedLines: [line], ocrLines: [line] })).toBe('identifier-remains');
  });

  it('accepts the same page once the number is burnt black', async () => {
    const { image, line, numberBox } = printedPage(pnr);
    const burnt = [numberBox];
    expect(await verdict(burnImage(image, burnt), burnt, { scope: scopeOver([]), agreedLines: [line], ocrLines: [line] })).toBe('clean');
  });

  it('refuses a page whose burnt box is not black on the pixels', async () => {
    const { image, line, numberBox } = printedPage(pnr);
    expect(await verdict(image, [numberBox], { scope: scopeOver([]), agreedLines: [line], ocrLines: [line] })).toBe('identifier-remains');
  });

  it('reads the scope afresh: a number only OCR can read is found on the finished page', async () => {
    const { image, line, numberBox } = printedPage(pnr);
    const labelOnly = { ...line, words: line.words.slice(0, 1) };
    expect(await verdict(image, [], { scope: scopeOver([numberBox]), agreedLines: [labelOnly], ocrLines: [labelOnly] })).toBe('identifier-remains');
  }, 60_000);
});

function burnImage(image: GrayImage, boxes: readonly Box[]): GrayImage {
  return burnBoxes(image, boxes, DPI);
}
