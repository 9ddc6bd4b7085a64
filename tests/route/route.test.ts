import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRouteEval, type RouteSummary } from '../../eval/route/run-route-eval.js';
import type { ReplyFixture } from '../../fixtures/replies/generate-replies.js';
import { configSchema } from '../../src/config/schema.js';
import { prepareHome } from '../../src/fs/home.js';
import { ocrPoolOptions, withOcrPool } from '../../src/ocr/ocr-pool.js';
import { routeReply } from '../../src/route/index.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { replyFixtures } from '../helpers/fixtures.js';
import { pdfPageCount } from '../helpers/pdf-pages.js';
import { makeTempDir } from '../helpers/run-cli.js';

let fixtures: ReplyFixture[];
let summary: RouteSummary;
let homeDir: string;

beforeAll(async () => {
  fixtures = await replyFixtures();
  homeDir = path.join(await makeTempDir(), 'home');
  summary = await runRouteEval(fixtures, homeDir);
}, 600_000);

describe('routing faxed replies', () => {
  it('files every clean and fax-degraded scan with a valid, known case ID under its own case', () => {
    const expectedMatches = summary.results.filter((r) => r.fixture.expected.status === 'matched');
    expect(expectedMatches.length).toBeGreaterThanOrEqual(10);
    expect(expectedMatches.filter((r) => !r.correct).map((r) => `${r.fixture.id}: ${JSON.stringify(r.outcome.status === 'matched' ? r.outcome.caseId : r.outcome.reason)}`)).toEqual([]);
  });

  it('sends scans without a case ID, with a wrong check symbol, with two IDs or with an unknown case to manual review, each for its reason', () => {
    const others = summary.results.filter((r) => r.fixture.expected.status === 'unmatched');
    expect(new Set(others.map((r) => r.fixture.expected.status === 'unmatched' && r.fixture.expected.reason))).toEqual(new Set(['no-case-id', 'check-failed', 'ambiguous', 'unknown-case']));
    expect(others.filter((r) => !r.correct).map((r) => `${r.fixture.id}: ${r.outcome.status === 'matched' ? r.outcome.caseId : r.outcome.reason}`)).toEqual([]);
  });

  it('never files a scan under a wrong case', () => {
    expect(summary.wrongCase).toBe(0);
  });

  it('puts the report, its internal case sheet and a unit copy where the administrators and the unit look', async () => {
    const store = openCaseStore(path.join(homeDir, 'state', 'cases.sqlite'));
    try {
      for (const result of summary.results) {
        if (result.outcome.status !== 'matched') continue;
        const { caseId } = result.outcome;
        const record = store.getCase(caseId)!;
        expect(record.status).toBe('reply-received');
        const report = path.join(homeDir, 'ris-admin', `${caseId}-utlatande.pdf`);
        expect(await pdfPageCount(report)).toBe(result.fixture.pages);
        const sheet = await readFile(path.join(homeDir, 'ris-admin', `${caseId}-utlatande.txt`), 'utf8');
        expect(sheet).toContain(caseId);
        expect(sheet).toContain(`arkiv/${caseId}-original.pdf`);
        expect(sheet).toContain(record.accessionNumber ?? 'saknas i remissen');
        if (record.referringUnit) {
          const copy = await readFile(path.join(homeDir, 'remitterande', record.referringUnit, `${caseId}-utlatande.pdf`));
          expect(copy.equals(await readFile(report))).toBe(true);
        } else {
          expect(sheet).toContain('ingen (okänd enhet)');
        }
      }
    } finally {
      store.close();
    }
  });

  it('keeps every unmatched scan byte for byte in manual review next to a Swedish note, under a name that is not the input name', async () => {
    const names = await readdir(path.join(homeDir, 'manuell-granskning'));
    for (const result of summary.results) {
      if (result.outcome.status !== 'unmatched') continue;
      const [scanFile, noteFile] = result.outcome.files;
      expect((await readFile(scanFile!)).equals(await readFile(result.fixture.file))).toBe(true);
      const note = await readFile(noteFile!, 'utf8');
      expect(note).toMatch(/^MANUELL GRANSKNING/);
      expect(note).toContain('Gör så här:');
      const listed = [...(note.split('Allt som lästes:')[1] ?? '').matchAll(/RF-[A-Z0-9]{5,7}/g)].map((m) => m[0]);
      for (const id of result.fixture.printedIds) expect(listed.some((read) => distance(read, id) <= 2), `${result.fixture.id} note lists ${id} as read`).toBe(true);
    }
    for (const fixture of fixtures) expect(names.some((name) => name.includes(fixture.id))).toBe(false);
  });

  it('names every case a multi-case sheet answers in its note, the one with a wrong check symbol marked as such', async () => {
    const stray = summary.results.find((r) => r.fixture.id === 'r25-second-case-wrong-check')!;
    const note = await readFile(stray.outcome.files[1]!, 'utf8');
    const wrong = stray.fixture.printedIds.at(-1)!;
    expect(note).toContain('Filen nämner mer än ett ärende');
    expect(note).toMatch(new RegExp(`${wrong} \\([^)]*kontrolltecknet stämmer inte`));
  });

  it('sends a second reply to an already answered case to manual review unless supplements are allowed', async () => {
    const first = summary.results.find((r) => r.outcome.status === 'matched')!;
    const scan = await readFile(first.fixture.file);
    const store = openCaseStore(path.join(homeDir, 'state', 'cases.sqlite'));
    try {
      const home = await prepareHome(homeDir, configSchema.parse({}));
      const again = await withOcrPool(ocrPoolOptions(configSchema.parse({}).anonymise), async (ocr) => {
        const strict = await routeReply({ scan, home, config: configSchema.parse({}), ocr, store });
        const lenient = await routeReply({ scan, home, config: configSchema.parse({ replies: { allowSupplements: true } }), ocr, store });
        return { strict, lenient };
      });
      expect(again.strict).toMatchObject({ status: 'unmatched', reason: 'already-replied' });
      expect(again.lenient).toMatchObject({ status: 'matched', kind: 'supplement' });
      expect(again.lenient.files.map((file) => path.basename(file))).toContain(`${first.fixture.expected.status === 'matched' ? first.fixture.expected.caseId : ''}-komplettering-2.pdf`);
    } finally {
      store.close();
    }
  }, 120_000);
});
