import { repairCaseId } from '../store/case-id-repair.js';
import type { CaseStatus } from '../store/case-store.js';

export interface CaseIdSighting {
  id: string;
  valid: boolean;
  source: 'ocr' | 'qr' | 'text';
  page: number;
}

export type UnmatchedReason = 'no-case-id' | 'check-failed' | 'unknown-case' | 'ambiguous' | 'already-replied';

/** `exact`: read as printed (QR, text layer or OCR); `repaired`: OCR look-alikes fixed and confirmed by the store. */
export type MatchEvidence = 'exact' | 'repaired';

export type MatchDecision =
  | { status: 'matched'; caseId: string; kind: 'reply' | 'supplement'; evidence: MatchEvidence }
  | { status: 'unmatched'; reason: UnmatchedReason; caseIds: string[] };

// Decide from what was read: exactly one valid case ID, known and waiting, or a person decides.
export function decideMatch(
  sightings: readonly CaseIdSighting[],
  statusOf: (caseId: string) => CaseStatus | undefined,
  allowSupplements: boolean,
): MatchDecision {
  const valid = unique(sightings.filter((s) => s.valid).map((s) => s.id));
  if (valid.length > 1) return { status: 'unmatched', reason: 'ambiguous', caseIds: valid };
  if (valid.length === 1) return decideFor(valid[0]!, 'exact', statusOf, allowSupplements);
  const repaired = unique(sightings.filter((s) => s.source === 'ocr').flatMap((s) => repairCaseId(s.id))).filter((id) => statusOf(id) !== undefined);
  if (repaired.length > 1) return { status: 'unmatched', reason: 'ambiguous', caseIds: repaired };
  if (repaired.length === 1) return decideFor(repaired[0]!, 'repaired', statusOf, allowSupplements);
  const malformed = unique(sightings.map((s) => s.id));
  return { status: 'unmatched', reason: malformed.length > 0 ? 'check-failed' : 'no-case-id', caseIds: malformed };
}

// A reply filed before its evidence was stored, redone: exact only when this scan shows the ID itself, valid as read.
export function evidenceFor(caseId: string, sightings: readonly CaseIdSighting[]): MatchEvidence {
  return sightings.some((s) => s.valid && s.id === caseId) ? 'exact' : 'repaired';
}

function decideFor(caseId: string, evidence: MatchEvidence, statusOf: (caseId: string) => CaseStatus | undefined, allowSupplements: boolean): MatchDecision {
  const status = statusOf(caseId);
  if (status === undefined) return { status: 'unmatched', reason: 'unknown-case', caseIds: [caseId] };
  if (status === 'awaiting-reply') return { status: 'matched', caseId, kind: 'reply', evidence };
  if (allowSupplements) return { status: 'matched', caseId, kind: 'supplement', evidence };
  return { status: 'unmatched', reason: 'already-replied', caseIds: [caseId] };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)].sort();
}
