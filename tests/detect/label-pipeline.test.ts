import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractTextLayer, ocrPdf } from '../../eval/check/inspect-output.js';
import { containsIdentifier, containsKeep } from '../../eval/check/text-match.js';
import { renderSticker } from '../../fixtures/lib/label-sticker.js';
import { makePersonnummer } from '../../fixtures/lib/personnummer.js';
import { anonymiseReferral } from '../../src/anonymise/index.js';
import { buildFaxPdf } from '../../src/fax-pdf/index.js';
import { withOcrPool } from '../../src/ocr/ocr-pool.js';

// An invented patient whose given name is in no name list, printed surname first on a raster ward sticker.
const SURNAME = 'MWANGI-OTIENO';
const GIVEN = 'WANJIRU';
const pnr = makePersonnummer({ y: 1984, m: 5, d: 17 }, '238');

const ANAMNESIS = [
  'Anamnes',
  'Wanjiru har haft buksmärta i höger fossa sedan igår, nu feber 38,6.',
  'Wanjiru uppger illamående. Inga tidigare operationer.',
  'Frågeställning',
  'Appendicit? Abscess?',
  'Remitterande läkare: Erik Sandberg',
  'Remitterande enhet: Akutmottagningen NÄL',
];

// A one-page referral: text-layer anamnesis and referrer on the left, the sticker pasted as an image top right.
async function referralWithSticker(): Promise<Uint8Array> {
  const sticker = await renderSticker({
    lines: [`${SURNAME}, ${GIVEN}`, pnr.format('YYYYMMDD-NNNN'), 'Kvarnbäcksvägen 4', '453 31 LYSEKIL'],
    code128: pnr.digits12,
  });
  const doc = await PDFDocument.create();
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Röntgenremiss, akut', { x: 40, y: 800, size: 14, font });
  ANAMNESIS.forEach((text, i) => page.drawText(text, { x: 40, y: 640 - i * 18, size: 11, font }));
  const image = await doc.embedPng(sticker.png);
  const width = (sticker.widthMm * 72) / 25.4;
  const height = (sticker.heightMm * 72) / 25.4;
  page.drawImage(image, { x: 595.28 - 34 - width, y: 841.89 - 40 - height, width, height });
  return doc.save();
}

describe('a raster patient label through the whole anonymisation', () => {
  it('blacks out every name token of a surname-first sticker and the given name in the anamnesis, keeping the clinical text', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'reservfax-label-'));
    const input = await referralWithSticker();
    await writeFile(path.join(work, 'in.pdf'), input);
    expect(await extractTextLayer(input)).toContain('Wanjiru har haft');

    const result = await withOcrPool({ workers: 1, languages: ['swe', 'eng'] }, (ocr) =>
      anonymiseReferral({ pdf: input, maxPages: 5, minOcrConfidence: 55, maxUnexplainedInk: 0.005, ocr, parallelPages: 1 }),
    );
    const cover = { width: 1654, height: 2339, pixels: new Uint8Array(1654 * 2339).fill(255) };
    const output = await buildFaxPdf({ caseId: 'RF-TEST00', cover, pages: result.pages });
    await writeFile(path.join(work, 'out.pdf'), output);

    expect(await extractTextLayer(output)).toBe('');
    const text = (await ocrPdf(output)).slice(1).join('\n');
    for (const token of [...SURNAME.split('-'), GIVEN, 'Wanjiru', pnr.digits12]) expect(containsIdentifier(text, token)).toBe(false);
    for (const kept of ['buksmärta', 'feber', 'illamående', 'Appendicit', 'Erik Sandberg', 'Akutmottagningen']) expect(containsKeep(text, kept)).toBe(true);
  }, 240_000);
});
