import { RedactionUnverifiedError } from '../errors.js';
import { growBox, overlapRatio } from '../layout/boxes.js';
import type { Box, PageSize } from '../layout/types.js';
import type { GrayImage } from '../raster/gray.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import type { RenderBudget } from '../pdf/budget.js';
import type { IdentityReading } from '../store/identity-rows.js';
import { turnPage } from '../pdf/page-turn.js';
import type { PdfPage } from '../pdf/render-page.js';
import { withPdf } from '../pdf/with-pdf.js';
import { findReferringUnit, type UnitLine } from '../units/find-referring-unit.js';
import type { ConfiguredUnit, FoundUnit } from '../units/types.js';
import { mapLimit } from '../util/map-limit.js';
import { timed, type Timings } from '../util/timings.js';
import { detectDocument } from '../detect/detect-document.js';
import { readPatientIdentity } from '../detect/patient-identity.js';
import { findUprightTurn } from './find-upright.js';
import type { Finding, IdentifierKind, KeptFields, PageLines } from '../detect/types.js';
import { OCR_DPI, readPage, type ReadPage } from './read-page.js';
import { redactPage, type RedactedPage } from './redact-page.js';
import { message } from '../messages.js';
import { referralRefusal } from './pdf-refusal.js';

export type { IdentifierKind, KeptFields } from '../detect/types.js';
export type { RedactedPage } from './redact-page.js';

export interface AnonymiseInput {
  pdf: Uint8Array;
  maxPages: number;
  minOcrConfidence: number;
  maxUnexplainedInk: number;
  ocr: OcrPool;
  parallelPages: number;
  /** Also return the unredacted pages with their boxes, for the internal review copy. */
  keepOriginals?: boolean;
  /** Pixel limits checked before rendering; the defaults of pdf/budget.ts unless given. */
  budget?: RenderBudget;
  /** Told each pdf.js warning, its content stripped (a missing font, an image it could not decode). */
  onPdfWarning?: (warning: string) => void;
  /** The hospital's referring units, its sites and the department's own name: the referring unit is read from the pages. */
  units?: { units: readonly ConfiguredUnit[]; ownUnit: string; sites: readonly string[] };
}

export interface OriginalPage {
  image: GrayImage;
  size: PageSize;
  redactions: { box: Box; kind: IdentifierKind }[];
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
  /** Who the referral is about, for copies inside the hospital only: never printed, logged or faxed. */
  identity: IdentityReading;
  /** The referring unit and where it was read; absent when unknown (or no units were given). */
  referringUnit?: FoundUnit;
  timings: Timings;
  originals?: OriginalPage[];
}

const MAX_MARK_AREA = 0.15;

const lowConfidenceMessage = (page: number) => message('referral.page-unclear', { page });

/**
 * Turn a referral PDF into verified, identifier-free page rasters, and read which unit referred it (when given the units).
 * Throws InputRejectedError for unusable input and RedactionUnverifiedError when any page cannot be proven clean.
 */
export async function anonymiseReferral(input: AnonymiseInput): Promise<AnonymiseResult> {
  const timings: Timings = {};
  const options = { renderDpi: OCR_DPI, ...(input.budget ? { budget: input.budget } : {}), ...(input.onPdfWarning ? { onWarning: input.onPdfWarning } : {}) };
  return withPdf(input.pdf, input.maxPages, async (pdf) => {
    const pages = await timed(timings, 'load', () => Promise.all(Array.from({ length: pdf.numPages }, (_, i) => pdf.getPage(i + 1))));
    const read = await mapLimit(pages, input.parallelPages, (page, i) => readUpright(page, i + 1, input, timings));
    const lines = toPageLines(read);
    const detection = await timed(timings, 'detect', () => detectDocument(lines));
    const findings = [...detection.findings, ...barcodeFindings(read)];
    const redacted = await mapLimit(read, input.parallelPages, (page, i) =>
      redactPage(page, i + 1, findings.filter((f) => f.page === i + 1), detection.known, input.ocr, timings),
    );
    const distinct = distinctFindings(findings);
    const originals = input.keepOriginals
      ? read.map((page, i) => ({ image: page.raster, size: page.size, redactions: distinct.filter((f) => f.page === i + 1).map(({ box, kind }) => ({ box, kind })) }))
      : undefined;
    const redactions = distinct.map(({ page, kind, source, rule }) => ({ page, kind, source, rule }));
    const referringUnit = input.units
      ? findReferringUnit({ pages: unitLines(read), labelled: detection.kept.unit, patientWords: detection.known.nameTokens, ...input.units })
      : undefined;
    const identity = readPatientIdentity(findings, lines);
    return { pages: redacted, redactions, kept: detection.kept, identity, timings, ...(referringUnit ? { referringUnit } : {}), ...(originals ? { originals } : {}) };
  }, options).catch((error: unknown) => {
    throw referralRefusal(error);
  });
}

function toPageLines(read: readonly ReadPage[]): PageLines[] {
  return read.flatMap((page, i) => [
    { page: i + 1, source: 'text' as const, lines: page.textLines },
    { page: i + 1, source: 'ocr' as const, lines: page.ocrLines },
  ]);
}

// Each page's lines once per reading, with how far down the page each starts: the unit is printed at the top, the foot
// or in a signature.
function unitLines(read: readonly ReadPage[]): UnitLine[][] {
  return read.flatMap((page) =>
    [page.textLines, page.ocrLines].map((lines) => lines.map((line) => ({ text: line.words.map((w) => w.text).join(' '), top: line.box.y0 / page.size.height }))),
  );
}

// Read a page; one that reads badly is tried the other ways round (a scan fed upside down or sideways) and read
// again turned upright. A page that still reads badly is refused.
async function readUpright(page: PdfPage, pageNumber: number, input: AnonymiseInput, timings: Timings): Promise<ReadPage> {
  const read = await readPage(page, input.ocr, timings);
  const problem = unreadableReason(read, pageNumber, input);
  if (!problem) return read;
  const turn = await timed(timings, 'ocr', () => findUprightTurn(page, read.ocrLines, input.ocr));
  if (turn === 0) throw problem;
  turnPage(page, turn);
  const turned = await readPage(page, input.ocr, timings);
  const stillUnreadable = unreadableReason(turned, pageNumber, input);
  if (stillUnreadable) throw stillUnreadable;
  return turned;
}

// Fail closed on pages OCR cannot read well, or where marks remain that no recognised text explains. Both
// measures cover only what OCR alone can read (see ocr-scope.ts): rules, bands and trusted text never count.
function unreadableReason(page: ReadPage, pageNumber: number, limits: Pick<AnonymiseInput, 'minOcrConfidence' | 'maxUnexplainedInk'>): RedactionUnverifiedError | undefined {
  if (page.ocrWordCount >= 5 && page.ocrConfidence < limits.minOcrConfidence) {
    return new RedactionUnverifiedError('low-ocr-confidence', pageNumber, lowConfidenceMessage(pageNumber));
  }
  const markArea = page.marks.reduce((sum, { box: b }) => sum + (b.x1 - b.x0) * (b.y1 - b.y0), 0) / (page.size.width * page.size.height);
  if (page.unexplainedInk > limits.maxUnexplainedInk || markArea > MAX_MARK_AREA) {
    return new RedactionUnverifiedError('unexplained-ink', pageNumber, lowConfidenceMessage(pageNumber));
  }
  return undefined;
}

// Decoded codes, and dense marks nobody could read (a damaged code reads as one): both are blacked out.
function barcodeFindings(read: readonly ReadPage[]): Finding[] {
  return read.flatMap((page, i) => [
    ...page.barcodes.map((barcode) => ({ page: i + 1, source: 'barcode' as const, kind: 'barcode' as const, rule: `barcode-${barcode.format}`, box: barcode.box, value: barcode.content })),
    ...page.marks.map(({ box, code }) => ({
      page: i + 1,
      source: 'barcode' as const,
      kind: code ? ('barcode' as const) : ('unreadable-mark' as const),
      rule: code ? 'code-like-region' : 'dense-unreadable-mark',
      box: growBox(box, 2),
      value: '',
    })),
  ]);
}

// One entry per redacted area: a text-layer box and the OCR box over the same identifier count once.
function distinctFindings(findings: readonly Finding[]): Finding[] {
  const distinct: Finding[] = [];
  for (const finding of findings) {
    const twin = distinct.find((d) => d.page === finding.page && d.kind === finding.kind && overlapRatio(d.box, finding.box) > 0.5);
    if (!twin) distinct.push(finding);
  }
  return distinct;
}
