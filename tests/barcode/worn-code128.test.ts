import { describe, expect, it } from 'vitest';
import { anonymiseReferral } from '../../src/anonymise/index.js';
import { withOcrPool } from '../../src/ocr/ocr-pool.js';
import { toGray } from '../../src/raster/gray.js';
import { inventedPersonnummer, readAnything, referralWithImage, wornCode128 } from './code-pages.js';

describe('a Code128 of a personnummer whose lower bars are faint and scratched', () => {
  it('is blacked out to its last row, so neither zxing nor zbar reads anything from the anonymised page', async () => {
    const pnr = inventedPersonnummer('tests/barcode/worn-code128');
    const label = await wornCode128(pnr);
    expect(await readAnything(toGray(label), 40)).toContain(pnr);
    const pdf = await referralWithImage(label, 330, 140, 200);

    const result = await withOcrPool({ workers: 2, languages: ['swe', 'eng'] }, (ocr) =>
      anonymiseReferral({ pdf, maxPages: 5, minOcrConfidence: 60, maxUnexplainedInk: 0.02, ocr, parallelPages: 1 }),
    );

    expect(result.redactions).toContainEqual(expect.objectContaining({ page: 1, kind: 'barcode', source: 'barcode' }));
    const page = result.pages[0]!.image;
    const bandPx = Math.round(page.height / (29.7 / 1.5));
    expect(await readAnything(page, bandPx)).toEqual([]);
  }, 120_000);
});
