import type { Config } from '../config/schema.js';
import { InputRejectedError } from '../errors.js';
import type { HomePaths } from '../fs/home.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { buildImagePdf } from '../pdf/image-page.js';
import { loadScanPages, type ScanPage } from '../scan/load-scan.js';
import type { CaseStore } from '../store/case-store.js';
import { decideMatch, type CaseIdSighting, type MatchEvidence, type UnmatchedReason } from './decide-match.js';
import { fileForReview, type ReviewReason } from './file-for-review.js';
import { fileMatchedReply } from './file-matched.js';
import { readCaseIds } from './read-case-ids.js';
import { createSerialLock } from '../util/serial-lock.js';

// Deciding and filing happen one scan at a time, so two replies to one case can never both be filed as its first.
const decideAndFile = createSerialLock();

export interface RouteInput {
  scan: Uint8Array;
  home: HomePaths;
  config: Config;
  ocr: OcrPool;
  store: CaseStore;
  now?: Date;
  /** The service job routing this scan: a redo after a crash returns the reply it already filed, and manual-review names are stable. */
  jobId?: string;
}

export type RouteOutcome =
  | { status: 'matched'; caseId: string; kind: 'reply' | 'supplement'; evidence: MatchEvidence; pages: number; files: string[]; sightings: CaseIdSighting[] }
  | { status: 'unmatched'; reason: ReviewReason; caseIds: string[]; pages: number; files: string[]; sightings: CaseIdSighting[] };

/**
 * The return path for one faxed report: read the case ID from every page (QR and OCR), match it to a case
 * waiting for a reply, and file it for the RIS administrators and the referring unit — or, when anything is
 * uncertain, put it in manual review with a note. Never files a report under a case it did not read unambiguously.
 */
export async function routeReply(input: RouteInput): Promise<RouteOutcome> {
  const receivedAt = input.now ?? new Date();
  let pages: ScanPage[];
  try {
    pages = await loadScanPages(input.scan, { maxPages: input.config.replies.maxPages });
  } catch (error) {
    if (!(error instanceof InputRejectedError)) throw error;
    return toReview(input, receivedAt, 'unreadable', [], 0, [], error.userMessage);
  }
  const sightings = await readCaseIds(pages, input.ocr);
  return decideAndFile(() => fileByDecision(input, receivedAt, pages, sightings));
}

async function fileByDecision(input: RouteInput, receivedAt: Date, pages: ScanPage[], sightings: CaseIdSighting[]): Promise<RouteOutcome> {
  const filedBefore = input.jobId ? input.store.listReplies({ sourceJob: input.jobId })[0] : undefined;
  if (filedBefore) {
    const files = [filedBefore.inboxPath, filedBefore.inboxPath.replace(/\.pdf$/, '.txt'), ...(filedBefore.unitCopyPath ? [filedBefore.unitCopyPath] : [])];
    return { status: 'matched', caseId: filedBefore.caseId, kind: filedBefore.kind, evidence: 'exact', pages: pages.length, files, sightings };
  }
  const decision = decideMatch(sightings, (caseId) => input.store.getCase(caseId)?.status, input.config.replies.allowSupplements);
  if (decision.status === 'unmatched') return toReview(input, receivedAt, decision.reason, decision.caseIds, pages.length, sightings);
  const record = input.store.getCase(decision.caseId)!;
  const earlier = input.store.listReplies({ caseId: decision.caseId }).length;
  const filed = await fileMatchedReply({
    home: input.home,
    config: input.config,
    record,
    kind: decision.kind,
    evidence: decision.evidence,
    sequence: earlier + 1,
    pdf: await buildImagePdf(pages),
    pages: pages.length,
    receivedAt,
  });
  const expected = decision.kind === 'reply' ? (['awaiting-reply'] as const) : (['reply-received'] as const);
  const recorded = input.store.recordReply(
    { caseId: record.caseId, receivedAt, kind: decision.kind, pages: pages.length, inboxPath: filed.inboxFile, unitCopyPath: filed.unitCopy, sourceJob: input.jobId },
    [...expected],
  );
  if (!recorded) return toReview(input, receivedAt, 'already-replied', [record.caseId], pages.length, sightings);
  const files = [filed.inboxFile, filed.sheetFile, ...(filed.unitCopy ? [filed.unitCopy] : [])];
  return { status: 'matched', caseId: record.caseId, kind: decision.kind, evidence: decision.evidence, pages: pages.length, files, sightings };
}

async function toReview(
  input: RouteInput,
  receivedAt: Date,
  reason: UnmatchedReason | 'unreadable',
  caseIds: string[],
  pages: number,
  sightings: CaseIdSighting[],
  detail?: string,
): Promise<RouteOutcome> {
  const filed = await fileForReview({ home: input.home, scan: input.scan, reason, caseIds, receivedAt, ...(detail ? { detail } : {}), ...(input.jobId ? { name: input.jobId } : {}) });
  return { status: 'unmatched', reason, caseIds, pages, files: [filed.scanFile, filed.noteFile], sightings };
}
