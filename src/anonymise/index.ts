import { RedactionUnverifiedError } from '../errors.js';
import { overlapRatio } from '../layout/boxes.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { withPdf } from '../pdf/with-pdf.js';
import { mapLimit } from '../util/map-limit.js';
import { timed, type Timings } from '../util/timings.js';
import { detectDocument } from './detect/detect-document.js';
import type { Finding, IdentifierKind, KeptFields, PageLines } from './detect/types.js';
import { readPage, type ReadPage } from './read-page.js';
import { redactPage, type RedactedPage } from './redact-page.js';

export type { IdentifierKind, KeptFields } from './detect/types.js';
export type { RedactedPage } from './redact-page.js';

export interface AnonymiseInput {
  pdf: Uint8Array;
  maxPages: number;
  minOcrConfidence: number;
  maxUnexplainedInk: number;
  ocr: OcrPool;
  parallelPages: number;
}

export interface Redaction {
  page: number;
  kind: IdentifierKind;
  source: 'text' | 'ocr' | 'barcode';
  rule: string;
}

export interface AnonymiseResult {
  pages: RedactedPage[];
  redactions: Redaction[];
  kept: KeptFields;
  timings: Timings;
}

const lowConfidenceMessage = (page: number) =>
  `Sida ${page} i remissen går inte att läsa säkert (otydlig skanning eller bild), så anonymiseringen kan inte kontrolleras. ` +
  'Inget har skapats för faxning. Följ den manuella rutinen: skriv ut remissen, maskera personuppgifterna för hand och faxa.';

/**
 * Turn a referral PDF into verified, identifier-free page rasters.
 * Throws InputRejectedError for unusable input and RedactionUnverifiedError when any page cannot be proven clean.
 */
export async function anonymiseReferral(input: AnonymiseInput): Promise<AnonymiseResult> {
  const timings: Timings = {};
  return withPdf(input.pdf, input.maxPages, async (pdf) => {
    const pages = await timed(timings, 'load', () => Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1))));
    const read = await mapLimit(pages, input.parallelPages, (page) => readPage(page, input.ocr, timings));
    read.forEach((page, i) => assertReadable(page, i + 1, input));
    const detection = await timed(timings, 'detect', () => detectDocument(toPageLines(read)));
    const findings = [...detection.findings, ...barcodeFindings(read)];
    const redacted = await mapLimit(read, input.parallelPages, (page, i) =>
      redactPage(page, i + 1, findings.filter((f) => f.page === i + 1), detection.known, input.ocr, timings),
    );
    return { pages: redacted, redactions: summarise(findings), kept: detection.kept, timings };
  });
}

function toPageLines(read: readonly ReadPage[]): PageLines[] {
  return read.flatMap((page, i) => [
    { page: i + 1, source: 'text' as const, lines: page.textLines },
    { page: i + 1, source: 'ocr' as const, lines: page.ocrLines },
  ]);
}

// Fail closed on pages OCR cannot read well, or where marks remain that no recognised text explains.
function assertReadable(page: ReadPage, pageNumber: number, limits: Pick<AnonymiseInput, 'minOcrConfidence' | 'maxUnexplainedInk'>): void {
  const lowConfidence = page.ocrWordCount >= 5 && page.ocrConfidence < limits.minOcrConfidence;
  if (lowConfidence || page.unexplainedInk > limits.maxUnexplainedInk) {
    throw new RedactionUnverifiedError('low-ocr-confidence', pageNumber, lowConfidenceMessage(pageNumber));
  }
}

function barcodeFindings(read: readonly ReadPage[]): Finding[] {
  return read.flatMap((page, i) =>
    page.barcodes.map((barcode) => ({ page: i + 1, source: 'barcode' as const, kind: 'barcode' as const, rule: `barcode-${barcode.format}`, box: barcode.box, value: barcode.content })),
  );
}

// One entry per redacted area: a text-layer box and the OCR box over the same identifier count once.
function summarise(findings: readonly Finding[]): Redaction[] {
  const distinct: Finding[] = [];
  for (const finding of findings) {
    const twin = distinct.find((d) => d.page === finding.page && d.kind === finding.kind && overlapRatio(d.box, finding.box) > 0.5);
    if (!twin) distinct.push(finding);
  }
  return distinct.map(({ page, kind, source, rule }) => ({ page, kind, source, rule }));
}
