import { lastTenDigits } from './field-kinds.js';
import type { IdentityReading, PatientIdentity } from '../store/identity-rows.js';
import type { Finding, PageLines } from './types.js';

const NUMBER_KINDS = new Set<Finding['kind']>(['personnummer', 'samordningsnummer', 'reservnummer']);
// Without a name field, a name printed beside the identity number or as "EFTERNAMN, FÖRNAMN" on a label.
const STRUCTURAL_RULES = new Set(['name-beside-number', 'name-comma-form']);
const EXAM_LABEL = /(?<!\p{L})(?:begärd undersökning|undersökning|önskad undersökning)\s?:\s*(.+)$/iu;

/**
 * The patient's identity from what the detector found: the value of the name field and the identity number, each
 * exactly one distinct value (the text layer preferred over OCR). Two names, two numbers (a guardian's, a misread
 * copy) or none leave it uncertain: a wrong identity on a report is worse than none.
 */
export function readPatientIdentity(findings: readonly Finding[], pages: readonly PageLines[]): IdentityReading {
  const labelled = findings.filter((f) => f.kind === 'name' && f.rule === 'field-name');
  const structural = findings.filter((f) => f.kind === 'name' && STRUCTURAL_RULES.has(f.rule));
  const names = distinct(preferText(labelled.length > 0 ? labelled : structural), (value) => value.toUpperCase().replace(/[^\p{L}]+/gu, ' ').trim());
  const numbers = distinct(preferText(findings.filter((f) => NUMBER_KINDS.has(f.kind))), numberKey);
  if (names.length === 0) return { status: 'uncertain', gap: 'no-name' };
  if (names.length > 1) return { status: 'uncertain', gap: 'several-names' };
  if (numbers.length === 0) return { status: 'uncertain', gap: 'no-number' };
  if (numbers.length > 1) return { status: 'uncertain', gap: 'several-numbers' };
  const number = numbers[0]!;
  const exam = examOf(pages);
  return {
    status: 'certain',
    identity: { name: names[0]!.value.replace(/\s+/g, ' ').trim(), number: number.value.trim(), numberKind: number.kind as PatientIdentity['numberKind'], ...(exam ? { exam } : {}) },
  };
}

function preferText(findings: Finding[]): Finding[] {
  const text = findings.filter((f) => f.source === 'text');
  return text.length > 0 ? text : findings;
}

function distinct(findings: readonly Finding[], key: (value: string) => string): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const finding of findings) if (!byKey.has(key(finding.value))) byKey.set(key(finding.value), finding);
  return [...byKey.values()];
}

function numberKey(value: string): string {
  const digits = lastTenDigits(value);
  return digits.length === 10 ? digits : value.toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

// The requested examination, from its labelled field on the first page that has one.
function examOf(pages: readonly PageLines[]): string | undefined {
  for (const page of [...pages].sort((a, b) => (a.source === b.source ? 0 : a.source === 'text' ? -1 : 1))) {
    for (const line of page.lines) {
      const match = EXAM_LABEL.exec(line.words.map((word) => word.text).join(' '));
      if (match?.[1]?.trim()) return match[1].trim().slice(0, 80);
    }
  }
  return undefined;
}
