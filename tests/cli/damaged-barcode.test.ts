import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesWithBars } from '../../eval/check/bar-texture.js';
import { readBarcodesInPdf } from '../../eval/check/read-barcodes.js';
import { FOOTER_PT } from '../../src/layout/fax-sheet.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

describe('a torn barcode nobody can decode', () => {
  it('is blacked out as a code-like region, so no bars are left on the fax', async () => {
    const fixture = byId(await referralFixtures(), 'damaged-barcode');
    const input = await readFile(fixture.file);
    expect(await readBarcodesInPdf(input)).toEqual([]);
    expect(await pagesWithBars(input)).toEqual([1]);

    const work = await makeTempDir();
    const out = path.join(work, 'fax.pdf');
    const result = await runCli(['anonymise', fixture.file, '--out', out, '--home', path.join(work, 'home'), '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { redactions: { kind: string; rule: string; source: string }[] };
    expect(summary.redactions).toContainEqual({ page: 1, kind: 'barcode', source: 'barcode', rule: 'code-like-region' });
    // Page 1 is the cover sheet with its large case-ID QR code; the other pages' footer stamp carries a small one.
    const anonymisedPagesWithBars = (await pagesWithBars(await readFile(out), { ignoreBottomPt: FOOTER_PT })).filter((page) => page > 1);
    expect(anonymisedPagesWithBars).toEqual([]);
  }, 120_000);
});
