import { existsSync, readdirSync } from 'node:fs';
import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Database } from '../../src/store/sqlite-driver.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FixtureCase } from '../../fixtures/lib/types.js';
import { extractTextLayer, inspectStructure, ocrPdf } from '../../eval/check/inspect-output.js';
import { useCheckWorker } from '../helpers/check-worker.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli, type CliResult } from '../helpers/run-cli.js';
import { containsCaseId, containsIdentifier, containsKeep } from '../../eval/check/text-match.js';

let fixtures: FixtureCase[];

beforeAll(async () => {
  fixtures = await referralFixtures();
});

const referralIds = ['text-ris-export', 'scanned-referral', 'text-with-label', 'landscape-two-up'];
/** The RIS export is dropped under a patient's name, so the run also shows that no input name is kept anywhere. */
const NAMED_INPUT = 'Berg Anna-Karin remiss.pdf';

interface Run {
  home: string;
  out: string;
  result: CliResult;
}

// One `reservfax anonymise --json` per referral, in its own folder, started by the first test that needs it and
// shared by the tests that check different things about the same run.
const runs = new Map<string, Promise<Run>>();
function anonymiseOnce(id: string): Promise<Run> {
  let run = runs.get(id);
  if (!run) {
    run = (async () => {
      const fixture = byId(fixtures, id);
      const work = await makeTempDir();
      const home = path.join(work, 'home');
      const input = id === 'text-ris-export' ? path.join(work, NAMED_INPUT) : fixture.file;
      if (input !== fixture.file) await copyFile(fixture.file, input);
      const out = path.join(work, 'att-faxa.pdf');
      return { home, out, result: await runCli(['anonymise', input, '--out', out, '--home', home, '--json']) };
    })();
    runs.set(id, run);
  }
  return run;
}

describe('reservfax anonymise on the synthetic referrals', () => {
  const checker = useCheckWorker();

  for (const id of referralIds) {
    it(`turns ${id} into an image-only fax PDF with no identifier left and the kept fields legible`, async () => {
      const fixture = fixtures.find((f) => f.id === id)!;
      const { out, result } = await anonymiseOnce(id);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const summary = JSON.parse(result.stdout) as { caseId: string; pages: number; output: string; redactions: { page: number; kind: string; source: string }[] };
      expect(summary.output).toBe(out);
      for (const identifier of fixture.identifiers) expect(result.stdout).not.toContain(identifier.value);

      const pdf = await readFile(out);
      expect(await extractTextLayer(pdf)).toBe('');
      const structure = await inspectStructure(pdf);
      expect(structure.pageCount).toBe(summary.pages);
      const landscapeIn = id.startsWith('landscape');
      structure.pageSizes.slice(1).forEach((size) => expect(size.width > size.height).toBe(landscapeIn));
      expect(structure.infoKeys).toEqual([]);
      expect(structure.catalogKeys.sort()).toEqual(['/Pages', '/Type']);
      expect(structure.pagesWithAnnotations).toBe(0);
      expect(structure.pagesWithFonts).toBe(0);

      const pages = await ocrPdf(pdf, { worker: checker() });
      const anonymised = pages.slice(1).join('\n');
      const leaked = fixture.identifiers.filter((identifier) => identifier.kind !== 'barcode' && containsIdentifier(pages.join('\n'), identifier.value));
      expect(leaked.map((l) => l.kind)).toEqual([]);
      const lost = fixture.keep.filter((keep) => !containsKeep(anonymised, keep.value));
      expect(lost).toEqual([]);
      const cover = (await ocrPdf(pdf, { dpi: 200, pages: 1, worker: checker() }))[0]!;
      expect(containsCaseId(cover, summary.caseId)).toBe(true);
      expect(cover).toContain('+46 31 745 96 10');
      const footers = await ocrPdf(pdf, { dpi: 200, bottomPt: 30, worker: checker() });
      footers.slice(1).forEach((footer, i) => {
        expect(containsCaseId(footer, summary.caseId)).toBe(true);
        expect(footer).toMatch(new RegExp(`Sida\\s*${i + 2}\\s*av\\s*${summary.pages}`));
        expect(footer).toContain('ANONYMISERAD');
      });
    }, 180_000);
  }

  it('redacts the barcode on a pasted patient label: the only codes left are the case ID QR codes reservfax printed', async () => {
    const { out, result } = await anonymiseOnce('text-with-label');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { caseId: string; pages: number; redactions: { kind: string; source: string }[] };
    expect(summary.redactions).toContainEqual(expect.objectContaining({ kind: 'barcode', source: 'barcode' }));
    const { readBarcodesInPdf } = await import('../../eval/check/read-barcodes.js');
    const codes = await readBarcodesInPdf(await readFile(out));
    expect(codes).toEqual(Array.from({ length: summary.pages }, () => summary.caseId));
  }, 180_000);

  it('registers the case in the home with the original retained privately and no input file name anywhere', async () => {
    const { home, result } = await anonymiseOnce('text-ris-export');
    expect(result.code).toBe(0);
    const { caseId } = JSON.parse(result.stdout) as { caseId: string };
    expect(caseId).toMatch(/^RF-[A-Z0-9]{6}$/);
    const db = new Database(path.join(home, 'state', 'cases.sqlite'), { readonly: true });
    const row = db.prepare('SELECT * FROM cases WHERE case_id = ?').get(caseId) as Record<string, string>;
    db.close();
    expect(row.status).toBe('awaiting-reply');
    expect(row.referring_unit).toBe('Akutmottagningen NÄL');
    expect(row.accession_number).toBe('NAL26-004711');
    expect(JSON.stringify(row)).not.toMatch(/Berg|Anna/);
    expect(existsSync(row.original_path!)).toBe(true);
    const { statSync } = await import('node:fs');
    expect(statSync(row.original_path!).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(home, 'arkiv')).mode & 0o777).toBe(0o700);
    const stored = readdirSync(path.join(home, 'arkiv')).concat(readdirSync(path.join(home, 'state')));
    expect(stored.join(' ')).not.toMatch(/Berg|Anna|remiss/);
    expect(result.stdout + result.stderr).not.toMatch(/Berg|Anna|remiss\.pdf/);
  }, 180_000);

  it('writes no internal review copy unless the config asks for one', async () => {
    const { home, result } = await anonymiseOnce('text-ris-export');
    expect(result.code).toBe(0);
    expect(await readdir(path.join(home, 'intern-granskning'))).toEqual([]);
  }, 180_000);
});

describe('reservfax anonymise on bad input', () => {
  for (const id of ['not-a-pdf', 'damaged', 'encrypted', 'zero-pages', 'too-many-pages']) {
    it(`rejects ${id} with exit code 3, a Swedish message and no output file`, async () => {
      const fixture = fixtures.find((f) => f.id === id)!;
      const work = await makeTempDir();
      const out = path.join(work, 'ut.pdf');
      const result = await runCli(['anonymise', fixture.file, '--out', out, '--home', path.join(work, 'home')]);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/manuella rutinen/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(work).filter((name) => name !== 'home')).toEqual([]);
    }, 60_000);
  }

  it('refuses an unreadable scan with exit code 4 and leaves nothing to fax', async () => {
    const fixture = fixtures.find((f) => f.id === 'unreadable-scan')!;
    const work = await makeTempDir();
    const out = path.join(work, 'ut.pdf');
    const result = await runCli(['anonymise', fixture.file, '--out', out, '--home', path.join(work, 'home')]);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/manuella rutinen/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('reports a wrong config value by key, expectation and value found, with exit code 2', async () => {
    const work = await makeTempDir();
    const config = path.join(work, 'reservfax.config.json');
    await (await import('node:fs/promises')).writeFile(config, JSON.stringify({ anonymise: { maxPages: 'trettio' } }));
    const fixture = fixtures.find((f) => f.id === 'text-ris-export')!;
    const result = await runCli(['anonymise', fixture.file, '--out', path.join(work, 'ut.pdf'), '--config', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('anonymise.maxPages');
    expect(result.stderr).toContain('"trettio"');
  });

  it('explains a missing --out with exit code 2', async () => {
    const result = await runCli(['anonymise', 'x.pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out');
  });
});
