import { readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ocrPdf } from '../../eval/check/inspect-output.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

describe('the internal review copy', () => {
  it('is written only when the config asks, owner-only, marked INTERN — FAXAS EJ, with the redacted areas labelled', async () => {
    const fixture = byId(await referralFixtures(), 'text-with-label');
    const work = await makeTempDir();
    const home = path.join(work, 'home');
    await mkdir(home);
    await writeFile(path.join(home, 'reservfax.config.json'), JSON.stringify({ reviewCopy: { enabled: true } }));
    const result = await runCli(['anonymise', fixture.file, '--out', path.join(work, 'fax.pdf'), '--home', home, '--json']);
    expect(result.code).toBe(0);
    const { caseId } = JSON.parse(result.stdout) as { caseId: string };

    const folder = path.join(home, 'intern-granskning');
    expect(await readdir(folder)).toEqual([`${caseId}-granskning.pdf`]);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(folder, `${caseId}-granskning.pdf`))).mode & 0o777).toBe(0o600);

    const review = await ocrPdf(await readFile(path.join(folder, `${caseId}-granskning.pdf`)), { dpi: 200 });
    for (const page of review) expect(page).toMatch(/INTERN\s*[—–-]\s*FAXAS EJ/);
    expect(review.join('\n')).toMatch(/födelsedatum/);
    expect(review.join('\n')).toMatch(/streckkod/);
    const fax = await ocrPdf(await readFile(path.join(work, 'fax.pdf')), { dpi: 200 });
    expect(fax.join('\n')).not.toMatch(/FAXAS EJ/);
  }, 120_000);
  // That none is written by default is checked on the default run of tests/cli/anonymise.test.ts.
});
