import type { FixtureCase } from '../fixtures/lib/types.js';
import { extractTextLayer, ocrPdf, type OcrWorker } from './check/inspect-output.js';
import { readBarcodesInPdf } from './check/read-barcodes.js';
import { containsIdentifier, containsKeep } from './check/text-match.js';

export interface DocumentScore {
  leaked: FixtureCase['identifiers'];
  removed: FixtureCase['identifiers'];
  kept: FixtureCase['keep'];
  lost: FixtureCase['keep'];
  /** With `asFaxed`: the keep items not legible once the pages are turned black and white as a fax machine would. */
  lostAsFaxed?: FixtureCase['keep'];
}

// Score one fax PDF against its ground truth, reading it back independently: text layer, 300 dpi OCR, zxing
// (the case ID QR codes reservfax prints itself are the only codes allowed). With `asFaxed`, the keep items are also
// read on the pages as the fax machine would send them.
export async function scoreDocument(pdf: Uint8Array, fixture: FixtureCase, worker: OcrWorker, caseId: string, asFaxed = false): Promise<DocumentScore> {
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
  const faxedPages = asFaxed ? (await ocrPdf(pdf, { worker, sparse: true, asFaxed })).slice(1).join('\n') : undefined;
  return {
    ...(faxedPages === undefined ? {} : { lostAsFaxed: fixture.keep.filter((keep) => !containsKeep(faxedPages, keep.value)) }),
    leaked,
    removed: fixture.identifiers.filter((identifier) => !leaked.includes(identifier)),
    kept,
    lost: fixture.keep.filter((keep) => !kept.includes(keep)),
  };
}
