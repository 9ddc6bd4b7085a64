import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { constantFlate } from '../../fixtures/hostile/flate-bomb.js';
import { imagePagePdf, manyPagesPdf, onePagePdf, REFERRAL_LINES, textOperators } from '../../fixtures/hostile/raw-pages.js';
import { grayPng } from '../../fixtures/hostile/raw-images.js';
import { referralRefusal } from '../../src/anonymise/pdf-refusal.js';
import { parseConfig } from '../../src/config/load-config.js';
import { InputRejectedError } from '../../src/errors.js';
import { readInputFile } from '../../src/fs/read-input.js';
import { DEFAULT_BUDGET } from '../../src/pdf/budget.js';
import { renderCheckedPage } from '../../src/pdf/checked-render.js';
import { renderPage, type PdfPage } from '../../src/pdf/render-page.js';
import { withPdf, type PdfOpenOptions } from '../../src/pdf/with-pdf.js';
import { loadScanPages } from '../../src/scan/load-scan.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

const OCR_DPI = 300;
const HUGE = 40_000;
const hugeImagePdf = () =>
  imagePagePdf(
    `<< /Type /XObject /Subtype /Image /Width ${HUGE} /Height ${HUGE} /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns ${HUGE} /Rows ${HUGE} >> >>`,
    Buffer.concat([Buffer.alloc(HUGE / 8, 0xff), Buffer.from([0x00, 0x10, 0x01])]),
  );

// Open a PDF as the anonymiser does and count how often the caller's function got as far as a page.
async function openCounting(pdf: Uint8Array, options: PdfOpenOptions, read: (page: PdfPage) => Promise<unknown> = async () => undefined) {
  let reached = 0;
  const result = withPdf(pdf, 30, async (doc) => {
    reached += 1;
    return read(await doc.getPage(1));
  }, { renderDpi: OCR_DPI, ...options });
  return { outcome: await result.then(() => undefined, (error: unknown) => referralRefusal(error)), reached: () => reached };
}

describe('the render budget', () => {
  it('refuses a page larger than the page budget with a Swedish message before any page is rendered', async () => {
    const { outcome, reached } = await openCounting(onePagePdf({ mediaBox: '[0 0 14400 14400]' }), {});
    expect(outcome).toBeInstanceOf(InputRejectedError);
    expect(outcome).toMatchObject({ reason: 'too-large', userMessage: expect.stringMatching(/^Sida 1 är för stor för att läsas \(508 × 508 cm\)\. Följ den manuella rutinen/) });
    expect(reached()).toBe(0);
  });

  it('refuses pages that are each within the page budget but together exceed the document budget', async () => {
    const { outcome, reached } = await openCounting(manyPagesPdf(20, '[0 0 1300 1600]'), {});
    expect(outcome).toMatchObject({ reason: 'too-large', userMessage: expect.stringMatching(/^Dokumentets sidor är tillsammans för stora/) });
    expect(reached()).toBe(0);
  });

  it('refuses an image larger than the image budget by its size alone, without decoding it', async () => {
    const started = performance.now();
    const { outcome } = await openCounting(hugeImagePdf(), {}, (page) => renderCheckedPage(page, OCR_DPI));
    expect(outcome).toBeInstanceOf(InputRejectedError);
    expect(outcome).toMatchObject({ reason: 'too-large', userMessage: expect.stringMatching(/^En bild i PDF-filen är för stor för att läsas\./) });
    expect(String((outcome as Error).cause)).toMatch(/Image exceeded maximum allowed size/);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('never hands back part of a page when pdf.js stops in the middle of its operators', async () => {
    const rendered = await withPdf(hugeImagePdf(), 30, async (doc) => renderPage(await doc.getPage(1), 72).then(() => 'the whole page', (error: Error) => error.message));
    expect(rendered).toMatch(/Image exceeded maximum allowed size/);
  }, 60_000);

  it('refuses a stream that inflates beyond the budget before pdf.js reads any of it', async () => {
    const bomb = onePagePdf({ content: constantFlate(0x20, 400_000_000, Buffer.from(textOperators(REFERRAL_LINES), 'latin1')), contentDict: '<< /Filter /FlateDecode >>' });
    const started = performance.now();
    const { outcome, reached } = await openCounting(bomb, {});
    expect(outcome).toMatchObject({ reason: 'too-large', userMessage: expect.stringMatching(/^En del av PDF-filen är för stor när den packas upp \(mer än 180 MB\)/) });
    expect(reached()).toBe(0);
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('refuses a file above limits.maxFileMegabytes before reading it, saying how large it is', async () => {
    const work = await makeTempDir();
    const file = path.join(work, 'stor.pdf');
    await writeFile(file, Buffer.alloc(2_400_000, 0x20));
    const read = readInputFile(file, 1e6, (megabytes) => `Filen är för stor (${megabytes} MB).`);
    await expect(read).rejects.toBeInstanceOf(InputRejectedError);
    await expect(read).rejects.toMatchObject({ reason: 'too-large', userMessage: 'Filen är för stor (2 MB).' });
    await expect(readInputFile(file, 3e6, () => '')).resolves.toHaveLength(2_400_000);
  });

  it('takes lower limits from the config, for referrals and reply scans alike', async () => {
    const limits = parseConfig({ limits: { maxPagePixels: 1_000_000, maxImagePixels: 1_000_000 } }).limits;
    expect(DEFAULT_BUDGET).toMatchObject({ maxPagePixels: parseConfig({}).limits.maxPagePixels, maxImagePixels: parseConfig({}).limits.maxImagePixels });
    const a4 = onePagePdf();
    expect((await openCounting(a4, {})).outcome).toBeUndefined();
    expect((await openCounting(a4, { budget: limits })).outcome).toMatchObject({ reason: 'too-large' });
    const png = grayPng(1200, 1200, constantFlate(0xff, 1201 * 1200));
    await expect(loadScanPages(png, { maxPages: 30 })).resolves.toHaveLength(1);
    await expect(loadScanPages(png, { maxPages: 30, budget: limits })).rejects.toMatchObject({ reason: 'too-large', userMessage: expect.stringMatching(/för stor/) });
  });

  it('makes reservfax anonymise exit 3 with no output when the config lowers the file limit below the referral', async () => {
    const work = await makeTempDir();
    const input = path.join(work, 'remiss.pdf');
    const config = path.join(work, 'config.json');
    await writeFile(input, Buffer.concat([Buffer.from(onePagePdf()), Buffer.alloc(1_600_000, 0x0a)]));
    await writeFile(config, JSON.stringify({ limits: { maxFileMegabytes: 1 } }));
    const result = await runCli(['anonymise', input, '--out', path.join(work, 'ut.pdf'), '--home', path.join(work, 'home'), '--config', config]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Remissfilen är för stor \(2 MB, högst 1 MB\)\. Följ den manuella rutinen/);
  }, 60_000);
});
