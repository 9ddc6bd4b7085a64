import { distance } from 'fastest-levenshtein';
import { repairCaseId } from '../case-id/repair-case-id.js';
import type { CaseStatus } from '../store/case-store.js';

export interface CaseIdSighting {
  id: string;
  valid: boolean;
  source: 'ocr' | 'qr' | 'text';
  page: number;
  /** `label`: symbols after an "Ärende:" label, printed without "RF-"; count only when they name a known case. */
  form?: 'prefixed' | 'label';
  /** The page was read turned by this many degrees (a fax fed upside down or sideways). */
  turn?: 90 | 180 | 270;
}

export type UnmatchedReason = 'no-case-id' | 'check-failed' | 'unknown-case' | 'ambiguous' | 'already-replied';

/** `exact`: read as printed (QR, text layer or OCR); `repaired`: OCR look-alikes fixed and confirmed by the store. */
export type MatchEvidence = 'exact' | 'repaired';

export type MatchDecision =
  | { status: 'matched'; caseId: string; kind: 'reply' | 'supplement'; evidence: MatchEvidence }
  | { status: 'unmatched'; reason: UnmatchedReason; caseIds: string[] };

type StatusOf = (caseId: string) => CaseStatus | undefined;

// A misreading of one ID is at most this many edits from it; two valid IDs always differ in at least two symbols.
const MISREAD_EDITS = 2;

/**
 * Decide from everything read: one case, known and waiting, and every other case-ID-like reading on the sheet a
 * plausible misreading of that same ID — otherwise a person decides. A sheet that names a second case, even one
 * whose check symbol failed, is never filed under either.
 */
export function decideMatch(sightings: readonly CaseIdSighting[], statusOf: StatusOf, allowSupplements: boolean): MatchDecision {
  const tokens = sightings.filter((s) => s.form !== 'label' || namesKnownCase(s, statusOf));
  const everyReading = unique(tokens.map((s) => s.id));
  const valid = unique(tokens.filter((s) => s.valid).map((s) => s.id));
  if (valid.length > 1) return { status: 'unmatched', reason: 'ambiguous', caseIds: everyReading };
  if (valid.length === 1) return decideConsistent(valid[0]!, 'exact', tokens, statusOf, allowSupplements);
  const repaired = unique(tokens.filter((s) => s.source === 'ocr').flatMap((s) => repairCaseId(s.id))).filter((id) => statusOf(id) !== undefined);
  if (repaired.length > 1) return { status: 'unmatched', reason: 'ambiguous', caseIds: everyReading };
  if (repaired.length === 1) return decideConsistent(repaired[0]!, 'repaired', tokens, statusOf, allowSupplements);
  return { status: 'unmatched', reason: everyReading.length > 0 ? 'check-failed' : 'no-case-id', caseIds: everyReading };
}

// Symbols after an "Ärende" label are an ID only when they name a case the store knows, as read or repaired.
function namesKnownCase(sighting: CaseIdSighting, statusOf: StatusOf): boolean {
  if (sighting.valid) return statusOf(sighting.id) !== undefined;
  return sighting.source === 'ocr' && repairCaseId(sighting.id).some((id) => statusOf(id) !== undefined);
}

// A reply filed before its evidence was stored, redone: exact only when this scan shows the ID itself, valid as read.
export function evidenceFor(caseId: string, sightings: readonly CaseIdSighting[]): MatchEvidence {
  return sightings.some((s) => s.valid && s.id === caseId) ? 'exact' : 'repaired';
}

function decideConsistent(caseId: string, evidence: MatchEvidence, tokens: readonly CaseIdSighting[], statusOf: StatusOf, allowSupplements: boolean): MatchDecision {
  const strays = tokens.filter((s) => s.id !== caseId && !couldBeMisreadingOf(s.id, caseId, statusOf));
  if (strays.length > 0) return { status: 'unmatched', reason: 'ambiguous', caseIds: unique([caseId, ...strays.map((s) => s.id)]) };
  return decideFor(caseId, evidence, statusOf, allowSupplements);
}

// Close to the case's ID, and not just as close a repair of any other case the store knows.
function couldBeMisreadingOf(reading: string, caseId: string, statusOf: StatusOf): boolean {
  if (distance(reading, caseId) > MISREAD_EDITS) return false;
  return repairCaseId(reading).every((other) => other === caseId || statusOf(other) === undefined);
}

function decideFor(caseId: string, evidence: MatchEvidence, statusOf: StatusOf, allowSupplements: boolean): MatchDecision {
  const status = statusOf(caseId);
  if (status === undefined) return { status: 'unmatched', reason: 'unknown-case', caseIds: [caseId] };
  if (status === 'awaiting-reply') return { status: 'matched', caseId, kind: 'reply', evidence };
  if (allowSupplements) return { status: 'matched', caseId, kind: 'supplement', evidence };
  return { status: 'unmatched', reason: 'already-replied', caseIds: [caseId] };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)].sort();
}
