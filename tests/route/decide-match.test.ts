import { describe, expect, it } from 'vitest';
import { decideMatch, evidenceFor, type CaseIdSighting } from '../../src/route/decide-match.js';
import { checkSymbol } from '../../src/case-id/case-id.js';
import { repairCaseId } from '../../src/case-id/repair-case-id.js';
import type { CaseStatus } from '../../src/store/case-store.js';

const A = `RF-AAAAA${checkSymbol('AAAAA')}`;
const C = `RF-CCCCC${checkSymbol('CCCCC')}`;
const A_WRONG = `RF-AAAAA${checkSymbol('AAAAA') === 'K' ? 'M' : 'K'}`;

const E = `RF-EEEEE${checkSymbol('EEEEE')}`;
const C_WRONG = `RF-CCCCC${checkSymbol('CCCCC') === 'K' ? 'M' : 'K'}`;

const seen = (id: string, valid: boolean, source: 'ocr' | 'qr' = 'ocr'): CaseIdSighting => ({ id, valid, source, page: 1 });
const labelled = (id: string, valid: boolean): CaseIdSighting => ({ id, valid, source: 'ocr', page: 1, form: 'label' });
const store = (cases: Record<string, CaseStatus>) => (caseId: string) => cases[caseId];

describe('deciding which case a reply belongs to', () => {
  it('matches one valid ID of a case that waits for a reply, even when OCR also misread it', () => {
    const decision = decideMatch([seen(A, true, 'qr'), seen(A_WRONG, false)], store({ [A]: 'awaiting-reply' }), false);
    expect(decision).toEqual({ status: 'matched', caseId: A, kind: 'reply', evidence: 'exact' });
  });

  it('sends two different valid IDs to manual review as ambiguous, even when both cases wait', () => {
    const decision = decideMatch([seen(A, true), seen(C, true)], store({ [A]: 'awaiting-reply', [C]: 'awaiting-reply' }), false);
    expect(decision).toMatchObject({ status: 'unmatched', reason: 'ambiguous' });
  });

  it('tells a failed check symbol apart from no case ID at all', () => {
    expect(decideMatch([seen(A_WRONG, false)], store({}), false)).toMatchObject({ status: 'unmatched', reason: 'check-failed' });
    expect(decideMatch([], store({}), false)).toMatchObject({ status: 'unmatched', reason: 'no-case-id' });
  });

  it('never matches a valid ID that is not in the store', () => {
    expect(decideMatch([seen(A, true)], store({}), true)).toMatchObject({ status: 'unmatched', reason: 'unknown-case' });
  });

  it('files a second reply as a supplement only when the config allows it', () => {
    const replied = store({ [A]: 'reply-received' });
    expect(decideMatch([seen(A, true)], replied, false)).toMatchObject({ status: 'unmatched', reason: 'already-replied' });
    expect(decideMatch([seen(A, true)], replied, true)).toEqual({ status: 'matched', caseId: A, kind: 'supplement', evidence: 'exact' });
  });

  it('accepts an OCR reading repaired for look-alikes only when exactly one repaired candidate is a case in the store', () => {
    const misread = A.replace(/A/, '4');
    const candidates = repairCaseId(misread);
    expect(candidates).toContain(A);
    expect(decideMatch([seen(misread, false)], store({ [A]: 'awaiting-reply' }), false)).toEqual({ status: 'matched', caseId: A, kind: 'reply', evidence: 'repaired' });
    expect(decideMatch([seen(misread, false)], store({}), false)).toMatchObject({ status: 'unmatched', reason: 'check-failed' });
    const other = candidates.find((id) => id !== A);
    if (other) expect(decideMatch([seen(misread, false)], store({ [A]: 'awaiting-reply', [other]: 'awaiting-reply' }), false)).toMatchObject({ status: 'unmatched', reason: 'ambiguous' });
  });

  it('never repairs a case ID read exactly from a QR code or a text layer', () => {
    expect(decideMatch([seen(A.replace(/A/, '4'), false, 'qr')], store({ [A]: 'awaiting-reply' }), false)).toMatchObject({ status: 'unmatched', reason: 'check-failed' });
  });

  it('judges a redone reply of unknown evidence exact only when the scan shows its case ID valid as read', () => {
    expect(evidenceFor(A, [seen(A, true, 'qr'), seen(A_WRONG, false)])).toBe('exact');
    expect(evidenceFor(A, [seen(A.replace(/A/, '4'), false)])).toBe('repaired');
    expect(evidenceFor(A, [seen(C, true)])).toBe('repaired');
  });

  it('never files a sheet that names a second case, even when only one of the two IDs passes its check', () => {
    const waiting = store({ [A]: 'awaiting-reply', [C]: 'awaiting-reply' });
    expect(decideMatch([seen(A, true), seen(C_WRONG, false)], waiting, false)).toEqual({ status: 'unmatched', reason: 'ambiguous', caseIds: [A, C_WRONG].sort() });
    expect(decideMatch([seen(A, true, 'qr'), seen('RF-CCC4', false)], waiting, false)).toMatchObject({ status: 'unmatched', reason: 'ambiguous' });
  });

  it('sends a sheet naming three cases to manual review with every reading in its list', () => {
    const waiting = store({ [A]: 'awaiting-reply', [C]: 'awaiting-reply', [E]: 'awaiting-reply' });
    const decision = decideMatch([seen(A, true), seen(C, true), seen(E, true), seen(A_WRONG, false)], waiting, false);
    expect(decision).toEqual({ status: 'unmatched', reason: 'ambiguous', caseIds: [A, A_WRONG, C, E].sort() });
  });

  it('treats a reading near the case ID as a misreading of it only when it repairs to no other known case', () => {
    const misread = A.replace(/A/, '4');
    const other = repairCaseId(misread).find((id) => id !== A);
    expect(decideMatch([seen(A, true), seen(misread, false)], store({ [A]: 'awaiting-reply' }), false)).toMatchObject({ status: 'matched', caseId: A });
    if (other) expect(decideMatch([seen(A, true), seen(misread, false)], store({ [A]: 'awaiting-reply', [other]: 'awaiting-reply' }), false)).toMatchObject({ status: 'unmatched', reason: 'ambiguous' });
  });

  it('counts six symbols after an ärende label only when they name a known case', () => {
    expect(decideMatch([labelled(A, true)], store({ [A]: 'awaiting-reply' }), false)).toEqual({ status: 'matched', caseId: A, kind: 'reply', evidence: 'exact' });
    expect(decideMatch([labelled(A, true)], store({}), false)).toMatchObject({ status: 'unmatched', reason: 'no-case-id' });
    expect(decideMatch([labelled(C_WRONG, false)], store({ [A]: 'awaiting-reply' }), false)).toMatchObject({ status: 'unmatched', reason: 'no-case-id' });
    expect(decideMatch([labelled(A.replace(/A/, '4'), false)], store({ [A]: 'awaiting-reply' }), false)).toEqual({ status: 'matched', caseId: A, kind: 'reply', evidence: 'repaired' });
    expect(decideMatch([seen(A, true), labelled(C, true)], store({ [A]: 'awaiting-reply', [C]: 'awaiting-reply' }), false)).toMatchObject({ status: 'unmatched', reason: 'ambiguous' });
  });
});
