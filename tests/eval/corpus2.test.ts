import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBarcodesInPdf } from '../../eval/check/read-barcodes.js';
import { generateCorpus2, type Corpus2Document } from '../../fixtures/corpus2/generate-corpus2.js';
import { isLuhnValidPnr } from '../../fixtures/lib/personnummer.js';
import type { FixtureCase } from '../../fixtures/lib/types.js';
import { corpus2Fixtures } from '../helpers/fixtures.js';

const WASM = path.join(path.dirname(path.resolve('node_modules/pdfjs-dist/package.json')), 'wasm') + path.sep;
const squash = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ');

interface PageText {
  text: string;
  annotations: string;
  hasImage: boolean;
}

// Reads each page the way a PDF viewer would: text layer, annotation and field values, and whether an image is painted.
async function readPages(file: string): Promise<PageText[]> {
  const pdf = await getDocument({ data: new Uint8Array(await readFile(file)), wasmUrl: WASM, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const annotations = (await page.getAnnotations()) as { contentsObj?: { str?: string }; fieldValue?: unknown }[];
      const ops = await page.getOperatorList();
      pages.push({
        text: squash(content.items.map((item) => ('str' in item ? item.str : '')).join(' ')),
        annotations: squash(annotations.map((a) => `${a.contentsObj?.str ?? ''} ${typeof a.fieldValue === 'string' ? a.fieldValue : ''}`).join(' ')),
        hasImage: ops.fnArray.includes(85),
      });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

describe('corpus 2, the held-out evaluation corpus', () => {
  let cases: FixtureCase[];
  const docs = new Map<string, Omit<Corpus2Document, 'bytes'>>();

  // The corpus globalSetup generated for this run; the last test generates it once more, to compare the bytes.
  beforeAll(async () => {
    const generated = await corpus2Fixtures();
    cases = generated.cases;
    for (const doc of generated.docs) docs.set(doc.id, doc);
  });

  it('generates at least fourteen documents, each a different person with a Luhn-valid number', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    const numbers = cases.map((c) => c.identifiers.find((i) => ['personnummer', 'samordningsnummer'].includes(i.kind))?.value.replace(/\D/g, '').slice(-10));
    expect(new Set(numbers).size).toBe(cases.length);
    const surnames = cases.map((c) => c.identifiers.filter((i) => i.kind === 'name').map((i) => i.value.toLowerCase()).join(' '));
    expect(new Set(surnames).size).toBe(cases.length);
    for (const c of cases) {
      for (const id of c.identifiers.filter((i) => i.kind === 'personnummer' || i.kind === 'samordningsnummer')) expect(isLuhnValidPnr(id.value), `${c.id} ${id.kind}`).toBe(true);
      expect(JSON.parse(await readFile(c.truthFile, 'utf8'))).toEqual(c);
    }
  });

  it('prints every truth value where a reader of the PDF finds it: text layer, form field, annotation or a painted image', async () => {
    for (const c of cases) {
      const doc = docs.get(c.id)!;
      const pages = await readPages(c.file);
      expect(pages.length, c.id).toBe(doc.pages);
      for (const entry of [...c.identifiers, ...c.keep].filter((e) => e.kind !== 'barcode')) {
        const where = doc.printed.filter((p) => squash(p.text).includes(squash(entry.value)));
        expect(where.length, `${c.id}: ${entry.kind}`).toBeGreaterThan(0);
        const found = where.some(({ page, medium }) => {
          const seen = pages[page - 1]!;
          if (medium === 'text') return seen.text.includes(squash(entry.value));
          if (medium === 'image') return seen.hasImage;
          return seen.annotations.includes(squash(entry.value));
        });
        expect(found, `${c.id}: ${entry.kind} "${entry.value}"`).toBe(true);
      }
    }
  });

  it('draws decodable barcodes of exactly the values the ground truth lists', async () => {
    for (const c of cases.filter((x) => x.identifiers.some((i) => i.kind === 'barcode'))) {
      const decoded = await readBarcodesInPdf(new Uint8Array(await readFile(c.file)));
      const wanted = c.identifiers.filter((i) => i.kind === 'barcode').map((i) => i.value);
      expect(new Set(decoded), c.id).toEqual(new Set(wanted));
    }
  });

  it('writes the owner-password PDF encrypted yet openable without a password, and the same bytes every time', async () => {
    const encrypted = cases.find((c) => c.id.includes('krypterad'))!;
    expect(Buffer.from(await readFile(encrypted.file)).toString('latin1')).toContain('/Encrypt');
    expect((await readPages(encrypted.file))[0]!.text).toContain('Remiss');
    const again = await mkdtemp(path.join(tmpdir(), 'corpus2-again-'));
    try {
      const second = await generateCorpus2(again);
      const hash = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');
      for (const [i, c] of cases.entries()) expect(await hash(second[i]!.file), c.id).toBe(await hash(c.file));
    } finally {
      await rm(again, { recursive: true, force: true });
    }
  });
});
