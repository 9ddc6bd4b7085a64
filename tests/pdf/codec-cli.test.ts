import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ocrPdf } from '../../eval/check/inspect-output.js';
import { useCheckWorker } from '../helpers/check-worker.js';
import { buildEncryptedPdf } from '../../fixtures/lib/encrypted-pdf.js';
import { encodeJbig2Generic } from '../../fixtures/lib/jbig2-encode.js';
import { encodeJpx } from '../../fixtures/lib/jpx-encode.js';
import { imagePdf } from '../../fixtures/lib/codec-pdf.js';
import { containsIdentifier } from '../../eval/check/text-match.js';
import { makePersonnummer } from '../../fixtures/lib/personnummer.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { referralFormPdf } from './form-pdf.js';
import { paintReferralScan, toBits } from './scan-bitmap.js';

const FILE_ID = Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + 11) & 0xff);

const checker = useCheckWorker();

// Run `reservfax anonymise` on one PDF in a fresh folder; the output path is returned whether or not it was written.
async function anonymise(pdf: Uint8Array): Promise<{ code: number | null; stderr: string; out: string }> {
  const work = await makeTempDir();
  const input = path.join(work, 'remiss.pdf');
  const out = path.join(work, 'ut.pdf');
  await writeFile(input, pdf);
  const result = await runCli(['anonymise', input, '--out', out, '--home', path.join(work, 'home')]);
  return { code: result.code, stderr: result.stderr, out };
}

describe('reservfax anonymise on codec scans and encrypted files', () => {
  it('faxes a JPEG 2000 scan with its text legible, not a blank page', async () => {
    const scan = paintReferralScan();
    const result = await anonymise(imagePdf([{ data: await encodeJpx(scan), filter: 'JPXDecode', width: scan.width, height: scan.height, bitsPerComponent: 8 }]));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pages = await ocrPdf(await readFile(result.out), { worker: checker() });
    expect(pages.slice(1).join('\n')).toMatch(/Frågeställning/);
  }, 180_000);

  it('faxes a JBIG2 scan with its text legible', async () => {
    const bits = toBits(paintReferralScan());
    const result = await anonymise(imagePdf([{ data: encodeJbig2Generic(bits), filter: 'JBIG2Decode', width: bits.width, height: bits.height, bitsPerComponent: 1 }]));
    expect(result.code).toBe(0);
    const pages = await ocrPdf(await readFile(result.out), { worker: checker() });
    expect(pages.slice(1).join('\n')).toMatch(/Sandberg/);
  }, 180_000);

  it('processes a PDF encrypted with an owner password only, which opens without a password', async () => {
    const result = await anonymise(buildEncryptedPdf('', 'agare-nyckel', FILE_ID, 'Remiss rontgen: fraktur i handleden? Remittent Dr Sandberg'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(result.out)).toBe(true);
  }, 180_000);

  it('rejects a PDF that needs a password to open with exit code 3 and no output file', async () => {
    const result = await anonymise(buildEncryptedPdf('remiss2026', 'agare-nyckel', FILE_ID, 'Remiss rontgen'));
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/lösenordsskyddad/);
    expect(existsSync(result.out)).toBe(false);
  }, 60_000);
});

describe('reservfax anonymise on a filled form', () => {
  it('faxes the referrer and the question typed into form fields, and blacks out the personnummer typed into one', async () => {
    const pnr = makePersonnummer({ y: 1957, m: 3, d: 14 }, '482').format('YYYYMMDD-NNNN');
    const result = await anonymise(await referralFormPdf({ pnr, referrer: 'Dr Erik Sandberg', question: 'Fraktur i handleden?' }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const text = (await ocrPdf(await readFile(result.out), { worker: checker() })).slice(1).join('\n');
    expect(text).toMatch(/Sandberg/);
    expect(text).toMatch(/handleden/);
    expect(containsIdentifier(text, pnr)).toBe(false);
  }, 180_000);
});
