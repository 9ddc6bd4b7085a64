import { open } from 'node:fs/promises';
import type { Config } from '../config/schema.js';
import { InputRejectedError } from '../errors.js';
import { copyFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { buildImagePdf } from '../pdf/image-page.js';
import { loadScanPages, type ScanPage } from '../scan/load-scan.js';
import type { RouteStore } from '../store/roles.js';
import type { CaseRecord, CaseStatus } from '../store/case-store.js';
import type { NewReply, ReplyRecord } from '../store/reply-rows.js';
import { decideMatch, evidenceFor, type CaseIdSighting, type MatchEvidence, type UnmatchedReason } from './decide-match.js';
import { sendScanToReview, type ScanReviewReason } from './send-scan-to-review.js';
import { fileMatchedReply, filesOfReply, replyFilePaths } from './file-matched.js';
import { identifiedCopy, identityFacts } from './identified-copy.js';
import { createSerialLock } from '../util/serial-lock.js';
import { readCaseIds } from './read-case-ids.js';

// The store's claim keeps two replies from both being a case's first; deciding one scan at a time in this process also
// lets a second reply that arrives together with the first be judged after it is filed (a supplement, when allowed).
const decideAndFile = createSerialLock();

export interface RouteInput {
  scan: Uint8Array;
  home: HomePaths;
  config: Config;
  ocr: OcrPool;
  store: RouteStore;
  now?: Date;
  /** The service job routing this scan: a redo after a crash returns the reply it already filed, and manual-review names are stable. */
  jobId?: string;
}

export type RouteOutcome =
  | { status: 'matched'; caseId: string; kind: 'reply' | 'supplement'; evidence: MatchEvidence; pages: number; files: string[]; sightings: CaseIdSighting[] }
  | { status: 'unmatched'; reason: ScanReviewReason; caseIds: string[]; pages: number; files: string[]; sightings: CaseIdSighting[] };

/**
 * The return path for one faxed report: read the case ID from every page (QR and OCR), match it to a case
 * waiting for a reply, and file it for the RIS administrators and the referring unit — or, when anything is
 * uncertain, put it in manual review with a note. Never files a report under a case it did not read unambiguously.
 */
export async function routeReply(input: RouteInput): Promise<RouteOutcome> {
  const receivedAt = input.now ?? new Date();
  let pages: ScanPage[];
  try {
    pages = await loadScanPages(input.scan, { maxPages: input.config.replies.maxPages, budget: input.config.limits });
  } catch (error) {
    if (!(error instanceof InputRejectedError)) throw error;
    return sendUnmatchedToReview(input, receivedAt, 'unreadable', [], 0, [], error.userMessage);
  }
  const sightings = await readCaseIds(pages, input.ocr);
  return decideAndFile(() => fileByDecision(input, receivedAt, pages, sightings));
}

const HEAD_BYTES = 1024;

// A reply file over `limits.maxFileMegabytes` is never read into memory: its first bytes name its type for the note,
// then the whole file is copied to manual review, streamed, over the head-only copy the note was written with.
export async function routeOversizedReply(input: { file: string; home: HomePaths; detail: string; now?: Date }): Promise<RouteOutcome> {
  const handle = await open(input.file, 'r');
  let head: Uint8Array;
  try {
    const { buffer, bytesRead } = await handle.read(new Uint8Array(HEAD_BYTES), 0, HEAD_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const filed = await sendScanToReview({ home: input.home, scan: head, reason: 'unreadable', caseIds: [], receivedAt: input.now ?? new Date(), detail: input.detail });
  await copyFileAtomic(input.file, filed.scanFile, 0o644);
  return { status: 'unmatched', reason: 'unreadable', caseIds: [], pages: 0, files: [filed.scanFile, filed.noteFile], sightings: [] };
}

async function fileByDecision(input: RouteInput, receivedAt: Date, pages: ScanPage[], sightings: CaseIdSighting[]): Promise<RouteOutcome> {
  const filedBefore = input.jobId ? input.store.listReplies({ sourceJob: input.jobId })[0] : undefined;
  if (filedBefore) return writeFiles(input, filedBefore, filedBefore.evidence ?? evidenceFor(filedBefore.caseId, sightings), pages, sightings);
  const decision = decideMatch(sightings, (caseId) => input.store.getCase(caseId)?.status, input.config.replies.allowSupplements);
  if (decision.status === 'unmatched') return sendUnmatchedToReview(input, receivedAt, decision.reason, decision.caseIds, pages.length, sightings);
  const record = input.store.getCase(decision.caseId)!;
  const claimed = claimNextReply(input, record, {
    caseId: record.caseId,
    receivedAt,
    kind: decision.kind,
    pages: pages.length,
    sourceJob: input.jobId,
    evidence: decision.evidence,
  });
  if (!claimed) return sendUnmatchedToReview(input, receivedAt, 'already-replied', [record.caseId], pages.length, sightings);
  try {
    return await writeFiles(input, claimed, decision.evidence, pages, sightings);
  } catch (error) {
    input.store.releaseReply(claimed.replyId);
    throw error;
  }
}

const CLAIM_ATTEMPTS = 3;

// The reply's number and file names are fixed before the claim; when another process claimed that number meanwhile,
// the next one is tried. Undefined when the case no longer waits for this kind of reply (a first reply needs a case
// still waiting; a supplement, one already answered).
function claimNextReply(input: RouteInput, record: CaseRecord, reply: Omit<NewReply, 'inboxPath' | 'unitCopyPath'>): ReplyRecord | undefined {
  const expected: CaseStatus[] = reply.kind === 'reply' ? ['awaiting-reply'] : ['reply-received'];
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
    const sequence = input.store.listReplies({ caseId: record.caseId }).length + 1;
    const files = replyFilePaths(input.home, record, reply.kind, sequence);
    const claimed = input.store.claimReply({ ...reply, inboxPath: files.inboxFile, unitCopyPath: files.unitCopy }, expected, sequence);
    if (claimed || !expected.includes(input.store.getCase(record.caseId)!.status)) return claimed;
  }
  return undefined;
}

// The reply's number is claimed in the store first, so its file names are its own; writing them again (a redo) is harmless.
async function writeFiles(input: RouteInput, reply: ReplyRecord, evidence: MatchEvidence, pages: ScanPage[], sightings: CaseIdSighting[]): Promise<RouteOutcome> {
  const record = input.store.getCase(reply.caseId)!;
  const { files, sequence } = filesOfReply(reply);
  const pdf = await buildImagePdf(pages);
  const copy = await identifiedCopy(identityFacts(input.store, input.config, record, evidence, files.unitCopy !== undefined), async () => pages);
  const matched = { home: input.home, config: input.config, record, kind: reply.kind, evidence, sequence, pdf, unitPdf: copy.pdf, identityLine: copy.sheetLine, pages: pages.length, receivedAt: reply.receivedAt };
  await fileMatchedReply(matched, files);
  const paths = [files.inboxFile, files.sheetFile, ...(files.unitCopy ? [files.unitCopy] : [])];
  return { status: 'matched', caseId: record.caseId, kind: reply.kind, evidence, pages: pages.length, files: paths, sightings };
}

async function sendUnmatchedToReview(
  input: RouteInput,
  receivedAt: Date,
  reason: UnmatchedReason | 'unreadable',
  caseIds: string[],
  pages: number,
  sightings: CaseIdSighting[],
  detail?: string,
): Promise<RouteOutcome> {
  const filed = await sendScanToReview({ home: input.home, scan: input.scan, reason, caseIds, sightings, receivedAt, ...(detail ? { detail } : {}), ...(input.jobId ? { name: input.jobId } : {}) });
  return { status: 'unmatched', reason, caseIds, pages, files: [filed.scanFile, filed.noteFile], sightings };
}
