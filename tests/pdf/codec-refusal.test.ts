import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeJpx } from '../../fixtures/lib/jpx-encode.js';
import { imagePdf } from '../../fixtures/lib/codec-pdf.js';
import { referralRefusal } from '../../src/anonymise/pdf-refusal.js';
import { RedactionUnverifiedError } from '../../src/errors.js';
import { renderCheckedPage } from '../../src/pdf/checked-render.js';
import { checkImagesRendered } from '../../src/pdf/image-check.js';
import { renderPage } from '../../src/pdf/render-page.js';
import { withPdf } from '../../src/pdf/with-pdf.js';
import { toGray } from '../../src/raster/gray.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { paintReferralScan } from './scan-bitmap.js';

async function jpxReferralPdf(corrupt = false): Promise<Uint8Array> {
  const scan = paintReferralScan();
  const data = await encodeJpx(scan);
  if (corrupt) data[3] = 0x00;
  return imagePdf([{ data, filter: 'JPXDecode', width: scan.width, height: scan.height, bitsPerComponent: 8 }]);
}

describe('a scan whose image cannot be decoded', () => {
  it('is reported as missing image data when the JPEG 2000 decoder cannot be loaded', async () => {
    const warnings: string[] = [];
    const problems = await withPdf(
      await jpxReferralPdf(),
      5,
      async (doc) => {
        const page = await doc.getPage(1);
        return checkImagesRendered(page, toGray(await renderPage(page, 100)), 100);
      },
      { wasmUrl: '/nonexistent/wasm/', onWarning: (w) => warnings.push(w) },
    );
    expect(problems.map((p) => p.kind)).toEqual(['image-data-missing']);
    expect(warnings.some((w) => w.startsWith('JpxImage#instantiateWasm'))).toBe(true);
    expect(warnings.join('\n')).not.toContain('/nonexistent');
  }, 60_000);

  it('refuses the page as unverifiable, with a Swedish message, instead of returning a blank render', async () => {
    const refusal = withPdf(await jpxReferralPdf(), 5, async (doc) => renderCheckedPage(await doc.getPage(1), 100), { wasmUrl: '/nonexistent/wasm/' }).catch((error: unknown) => {
      throw referralRefusal(error);
    });
    await expect(refusal).rejects.toBeInstanceOf(RedactionUnverifiedError);
    await expect(refusal).rejects.toMatchObject({ reason: 'render-failed', page: 1, userMessage: expect.stringMatching(/^Sida 1 i remissen innehåller en bild/) });
  }, 60_000);

  it('makes reservfax anonymise exit 4 with no output file for a corrupt JPEG 2000 scan', async () => {
    const work = await makeTempDir();
    const input = path.join(work, 'remiss.pdf');
    const out = path.join(work, 'ut.pdf');
    await writeFile(input, await jpxReferralPdf(true));
    const result = await runCli(['anonymise', input, '--out', out, '--home', path.join(work, 'home')]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/inte kunde visas/);
    expect(result.stderr).toMatch(/manuella rutinen/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
