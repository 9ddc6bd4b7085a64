import { describe, expect, it } from 'vitest';
import { encodeJbig2Generic } from '../../fixtures/lib/jbig2-encode.js';
import { encodeJpx } from '../../fixtures/lib/jpx-encode.js';
import { imagePdf } from '../../fixtures/lib/codec-pdf.js';
import { useOcrPool } from '../helpers/ocr-pool.js';
import { renderCheckedPage } from '../../src/pdf/checked-render.js';
import { checkImagesRendered } from '../../src/pdf/image-check.js';
import { findImagePlacements } from '../../src/pdf/image-placements.js';
import { renderPage } from '../../src/pdf/render-page.js';
import { withPdf } from '../../src/pdf/with-pdf.js';
import { toGray, type GrayImage } from '../../src/raster/gray.js';
import { paintReferralScan, toBits } from './scan-bitmap.js';

const DPI = 200;
const ocr = useOcrPool();

const darkShare = (image: GrayImage) => image.pixels.reduce((n, p) => n + (p < 128 ? 1 : 0), 0) / image.pixels.length;

async function renderFirstPage(pdf: Uint8Array): Promise<{ gray: GrayImage; warnings: string[] }> {
  const warnings: string[] = [];
  const gray = await withPdf(pdf, 5, async (doc) => (await renderCheckedPage(await doc.getPage(1), DPI)).gray, { onWarning: (w) => warnings.push(w) });
  return { gray, warnings };
}

describe('scans stored with the JPEG 2000 and JBIG2 codecs', () => {
  it('renders a JPEG 2000 scan with its ink, and OCR of the render reads the referral', async () => {
    const scan = paintReferralScan();
    const pdf = imagePdf([{ data: await encodeJpx(scan), filter: 'JPXDecode', width: scan.width, height: scan.height, bitsPerComponent: 8 }]);
    const { gray, warnings } = await renderFirstPage(pdf);
    expect(darkShare(gray)).toBeGreaterThan(0.003);
    const text = (await ocr().recognize(gray, DPI)).lines.map((line) => line.words.map((w) => w.text).join(' ')).join('\n');
    expect(text).toMatch(/Frågeställning/);
    expect(warnings).toEqual([]);
  }, 60_000);

  it('renders a JBIG2 scan with the wasm decoder, without falling back, and OCR of the render reads the referral', async () => {
    const scan = paintReferralScan();
    const bits = toBits(scan);
    const pdf = imagePdf([{ data: encodeJbig2Generic(bits), filter: 'JBIG2Decode', width: bits.width, height: bits.height, bitsPerComponent: 1 }]);
    const { gray, warnings } = await renderFirstPage(pdf);
    expect(darkShare(gray)).toBeGreaterThan(0.003);
    const text = (await ocr().recognize(gray, DPI)).lines.map((line) => line.words.map((w) => w.text).join(' ')).join('\n');
    expect(text).toMatch(/Sandberg/);
    expect(warnings).toEqual([]);
  }, 60_000);

  it('places a full-page image on a small page at the page size, and passes it once it rendered', async () => {
    const scan = paintReferralScan();
    const pdf = imagePdf([{ data: await encodeJpx(scan), filter: 'JPXDecode', width: scan.width, height: scan.height, bitsPerComponent: 8 }], { width: 300, height: 400 });
    const { placements, problems } = await withPdf(pdf, 5, async (doc) => {
      const page = await doc.getPage(1);
      return { placements: await findImagePlacements(page), problems: await checkImagesRendered(page, toGray(await renderPage(page, DPI)), DPI) };
    });
    expect(placements.map((p) => p.box)).toEqual([{ x0: 0, y0: 0, x1: 300, y1: 400 }]);
    expect(problems).toEqual([]);
  }, 60_000);

  it('reports an image that the raster does not show where the image lies', async () => {
    const scan = paintReferralScan();
    const pdf = imagePdf([{ data: await encodeJpx(scan), filter: 'JPXDecode', width: scan.width, height: scan.height, bitsPerComponent: 8 }]);
    const problems = await withPdf(pdf, 5, async (doc) => {
      const page = await doc.getPage(1);
      const blank = toGray(await renderPage(page, DPI));
      blank.pixels.fill(255);
      return checkImagesRendered(page, blank, DPI);
    });
    expect(problems.map((p) => p.kind)).toEqual(['image-rendered-blank']);
    expect(problems[0]!.box.x1 - problems[0]!.box.x0).toBeCloseTo(595.28, 0);
    expect(problems[0]!.box.y1 - problems[0]!.box.y0).toBeCloseTo(841.89, 0);
  }, 60_000);
});
