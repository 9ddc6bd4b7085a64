import type { Line, Word } from '../layout/types.js';
import { detectDocument } from './detect-document.js';
import { classifyName } from './name-list.js';
import { digitsOf } from './numbers.js';
import { findPatterns } from './patterns.js';
import type { IdentifierKind } from './types.js';

/** What free text may name although the detector would take it for an identifier: the routine's own contacts. */
export interface FreeTextAllowance {
  /** Phone and fax numbers of the routine (Teleconsult, reserve numbers, configured contacts), in any written form. */
  phones: readonly string[];
  emails: readonly string[];
  /** Words of the configuration (units, sites, the reviewer's name, transfer paths): never a patient's name here. */
  words: readonly string[];
}

// Typed text has no layout: each character gets the same advance, each line its own row.
const ADVANCE = 6;
const ROW = 14;

/**
 * The kinds of patient identifier found in text a person typed (the incident log), never the values. The text runs
 * through the same detector as a referral (identity numbers, labelled fields, addresses, names by structure), and
 * then stricter rules fit for a note that should hold no person at all: any word the name lists know as a given name
 * or surname, in any case, and any phone number or e-mail address that is not one of the routine's own.
 */
export function findIdentifiersInFreeText(text: string, allowed: FreeTextAllowance): IdentifierKind[] {
  const shield = new Set(allowed.words.flatMap((phrase) => phrase.toLowerCase().split(/[^\p{L}\d-]+/u)).filter(Boolean));
  const phones = new Set(allowed.phones.map(nationalDigits));
  const emails = new Set(allowed.emails.map((email) => email.toLowerCase()));
  const rows = text.split(/\r?\n/);
  const lines = rows.map(toLine).filter((line) => line.words.length > 0);
  const found = new Set<IdentifierKind>();
  const allowedValue = (kind: IdentifierKind, value: string) =>
    (kind === 'phone' && phones.has(nationalDigits(value))) ||
    (kind === 'email' && emails.has(value.toLowerCase())) ||
    (kind === 'name' && value.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean).every((token) => shield.has(token)));
  const detection = detectDocument([{ page: 1, source: 'text', lines }]);
  for (const finding of detection.findings) if (!allowedValue(finding.kind, finding.value)) found.add(finding.kind);
  for (const row of rows) {
    for (const match of findPatterns(row)) if (!allowedValue(match.kind, match.value)) found.add(match.kind);
    if (namesAWord(row, shield)) found.add('name');
  }
  return [...found];
}

// A title before a word makes it a person's name even when the word is also an everyday one ("Pat. Strands remiss").
const TITLE = /^(?:pat|patient|patienten|patientens|fru|herr|anhörig|anhöriga|mamma|pappa|make|maka|gäller|ang|angående)\.?$/iu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

// Any listed given name or surname, in any case; an everyday word that is also a name ("björn", "maj") only where a
// name stands: capitalised inside a sentence, or after a title in any case.
function namesAWord(row: string, shield: ReadonlySet<string>): boolean {
  const words = row.split(/\s+/).filter(Boolean);
  return words.some((word, i) => {
    const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const lower = bare.toLowerCase();
    if (lower.length < 2 || shield.has(lower)) return false;
    const kinds = [lower, ...(lower.length > 2 && lower.endsWith('s') ? [lower.slice(0, -1)] : [])].map(classifyName);
    if (kinds.includes('given') || kinds.includes('surname')) return true;
    const previous = words[i - 1];
    const afterTitle = previous !== undefined && TITLE.test(previous.replace(/[^\p{L}.]+/gu, ''));
    const inSentence = previous !== undefined && !/[.!?:]$/.test(previous) && CAPITALISED.test(bare);
    return kinds.includes('ambiguous') && (afterTitle || inSentence);
  });
}

function toLine(row: string, index: number): Line {
  const words: Word[] = [];
  for (const match of row.matchAll(/\S+/g)) {
    const x0 = match.index * ADVANCE;
    words.push({ text: match[0], confidence: 100, box: { x0, y0: index * ROW, x1: x0 + match[0].length * ADVANCE, y1: index * ROW + 10 } });
  }
  const box = words.length > 0 ? { x0: words[0]!.box.x0, y0: index * ROW, x1: words.at(-1)!.box.x1, y1: index * ROW + 10 } : { x0: 0, y0: 0, x1: 0, y1: 0 };
  return { words, box };
}

// "+46 31 745 96 10", "0046317459610" and "031-745 96 10" are one number.
function nationalDigits(phone: string): string {
  const digits = digitsOf(phone);
  if (/^\s*\+\s*46/.test(phone)) return `0${digits.slice(2).replace(/^0/, '')}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4).replace(/^0/, '')}`;
  if (/^\s*\+/.test(phone) || digits.startsWith('00')) return `+${digits.replace(/^00/, '')}`;
  return digits;
}
