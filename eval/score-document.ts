import type { FixtureCase } from '../fixtures/lib/types.js';
import { extractTextLayer, ocrPdf, type OcrWorker } from './check/inspect-output.js';
import { readBarcodesInPdf } from './check/read-barcodes.js';
import { containsIdentifier, containsKeep } from './check/text-match.js';

export interface DocumentScore {
  leaked: FixtureCase['identifiers'];
  removed: FixtureCase['identifiers'];
  kept: FixtureCase['keep'];
  lost: FixtureCase['keep'];
}

// Score one fax PDF against its ground truth, reading it back independently: text layer, 300 dpi OCR, zxing
// (the case ID QR codes reservfax prints itself are the only codes allowed).
export async function scoreDocument(pdf: Uint8Array, fixture: FixtureCase, worker: OcrWorker, caseId: string): Promise<DocumentScore> {
  const textLayer = await extractTextLayer(pdf);
  const pages = await ocrPdf(pdf, { worker, sparse: true });
  const everything = `${textLayer}\n${pages.join('\n')}`;
  const anonymisedPages = pages.slice(1).join('\n');
  const codes = fixture.identifiers.some((i) => i.kind === 'barcode') ? await readBarcodesInPdf(pdf) : [];
  const barcodes = codes.filter((code) => code !== caseId);
  const leaked = fixture.identifiers.filter((identifier) =>
    identifier.kind === 'barcode' ? barcodes.length > 0 : containsIdentifier(everything, identifier.value),
  );
  const kept = fixture.keep.filter((keep) => containsKeep(anonymisedPages, keep.value));
  return {
    leaked,
    removed: fixture.identifiers.filter((identifier) => !leaked.includes(identifier)),
    kept,
    lost: fixture.keep.filter((keep) => !kept.includes(keep)),
  };
}
