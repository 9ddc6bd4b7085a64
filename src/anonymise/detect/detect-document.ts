import { growBox } from '../../layout/boxes.js';
import type { BlockContext } from './labels.js';
import { boxOfRange, type LineText } from './line-text.js';
import { classifyIdentityNumber, digitsOf, isPlausiblePhone, normaliseDigits } from './numbers.js';
import { isKnownName, nameTokensOf } from './names.js';
import { findPatterns } from './patterns.js';
import { readFields, type Field, type ReadLine } from './fields.js';
import type { Finding, IdentifierKind, KeptFields, KnownValues, PageLines } from './types.js';

const REMOVED_FIELDS: Partial<Record<Field['kind'], IdentifierKind>> = {
  identity: 'personnummer',
  reserve: 'reservnummer',
  name: 'name',
  relative: 'name',
  address: 'address',
  phone: 'phone',
  email: 'email',
  birthdate: 'birthdate',
};
const REFERRER_SIDE = new Set<Field['kind']>(['referrer', 'referrer-phone', 'unit', 'accession']);
const REFERRER_WORDS = /(sökare|personsökare|remittent|remitterande|läkare|dr\.?)\s*:?\s*$/iu;

export interface Detection {
  findings: Finding[];
  known: KnownValues;
  kept: KeptFields;
}

/**
 * Find every patient identifier in a document's lines (text layer and OCR, all pages).
 * Values found in labelled fields are collected first, then searched for everywhere else.
 */
export function detectDocument(pages: readonly PageLines[], seed?: KnownValues, options: { valuesBelow?: boolean } = {}): Detection {
  const read = readAllPages(pages, options.valuesBelow ?? true);
  const known = seed ?? collectKnownValues(read);
  const kept: KeptFields = {};
  const findings: Finding[] = [];
  for (const { page, source, lines } of read) {
    const shielded = shieldReferrerFields(lines, kept);
    for (const line of lines) {
      const protectedRanges = shielded.get(line.lineText) ?? [];
      const add = (kind: IdentifierKind, rule: string, start: number, end: number, value: string, lineText: LineText = line.lineText) => {
        const box = boxOfRange(lineText, start, end);
        if (box) findings.push({ page, source, kind, rule, box: growBox(box, 1.5), value });
      };
      for (const field of line.fields) {
        const kind = removedKind(field);
        if (kind) add(kind, `field-${field.kind}`, field.start, field.end, field.value, field.lineText);
      }
      for (const match of findPatterns(line.lineText.text)) {
        if (isProtected(match, protectedRanges)) continue;
        add(match.kind, match.rule, match.start, match.end, match.value);
      }
      findKnownValues(line.lineText, known, (start, end, kind, value) => {
        if (!isProtected({ kind, start, end, value }, protectedRanges)) add(kind, 'known-value', start, end, value);
      });
    }
  }
  return { findings, known, kept };
}

function readAllPages(pages: readonly PageLines[], valuesBelow: boolean): { page: number; source: PageLines['source']; lines: ReadLine[] }[] {
  const contexts = new Map<string, BlockContext>();
  return pages.map(({ page, source, lines }) => {
    const result = readFields(lines, contexts.get(source) ?? 'neutral', valuesBelow);
    contexts.set(source, result.context);
    return { page, source, lines: result.lines };
  });
}

function removedKind(field: Field): IdentifierKind | undefined {
  if (field.context === 'referrer' && ['name', 'phone', 'email'].includes(field.kind)) return undefined;
  const kind = REMOVED_FIELDS[field.kind];
  if (kind === 'personnummer') return classifyIdentityNumber(lastTenDigits(field.value)) ?? 'personnummer';
  return kind;
}

function collectKnownValues(read: ReturnType<typeof readAllPages>): KnownValues {
  const known: KnownValues = { nameTokens: new Set(), numbers: new Map() };
  for (const line of read.flatMap((page) => page.lines)) {
    for (const field of line.fields) {
      const kind = removedKind(field);
      if (kind === 'name') nameTokensOf(field.value).forEach((token) => known.nameTokens.add(token));
      if (kind && kind !== 'name') addNumber(known, field.value, kind);
    }
    for (const match of findPatterns(line.lineText.text)) {
      if (match.kind === 'personnummer' || match.kind === 'samordningsnummer') known.numbers.set(match.value, match.kind);
    }
  }
  return known;
}

function addNumber(known: KnownValues, value: string, kind: IdentifierKind): void {
  const digits = digitsOf(normaliseDigits(value));
  if (kind === 'personnummer' || kind === 'samordningsnummer') {
    if (digits.length >= 10) known.numbers.set(lastTenDigits(digits), kind);
  } else if (digits.length >= 6) {
    known.numbers.set(digits, kind);
  }
}

function lastTenDigits(value: string): string {
  const digits = digitsOf(normaliseDigits(value));
  return digits.length >= 10 ? digits.slice(-10) : digits;
}

type Range = { start: number; end: number };

// Referrer-side fields are what the reviewer needs: remember them and shield them from phone/name rules.
function shieldReferrerFields(lines: readonly ReadLine[], kept: KeptFields): Map<LineText, Range[]> {
  const shielded = new Map<LineText, Range[]>();
  const shield = (lineText: LineText, range: Range) => shielded.set(lineText, [...(shielded.get(lineText) ?? []), range]);
  for (const line of lines) {
    for (const field of line.fields) {
      const referrerSide = REFERRER_SIDE.has(field.kind) || (field.context === 'referrer' && ['name', 'phone', 'email'].includes(field.kind));
      if (!referrerSide) continue;
      shield(field.lineText, { start: field.start, end: field.end });
      if (field.kind === 'unit') kept.unit ??= field.value;
      if (field.kind === 'accession') kept.accession ??= field.value.split(/\s+/)[0];
      if (field.kind === 'referrer' || (field.kind === 'name' && field.context === 'referrer')) kept.referrer ??= field.value;
      if (field.kind === 'referrer-phone' || field.kind === 'phone') kept.referrerPhone ??= field.value;
    }
    for (const match of findPatterns(line.lineText.text)) {
      const referrerLine = line.context === 'referrer' && (match.kind === 'phone' || match.kind === 'email');
      if (referrerLine || (match.kind === 'phone' && REFERRER_WORDS.test(line.lineText.text.slice(0, match.start)))) {
        shield(line.lineText, { start: match.start, end: match.end });
      }
    }
  }
  return shielded;
}

function isProtected(match: { kind: IdentifierKind; start: number; end: number; value: string }, ranges: readonly Range[]): boolean {
  const inside = ranges.some((range) => match.start >= range.start && match.end <= range.end);
  if (!inside) return false;
  if (match.kind === 'personnummer' || match.kind === 'samordningsnummer') return isPlausiblePhone(match.value);
  return true;
}

function findKnownValues(lineText: LineText, known: KnownValues, add: (start: number, end: number, kind: IdentifierKind, value: string) => void): void {
  const words = lineText.line.words;
  words.forEach((word, i) => {
    if (known.nameTokens.size > 0 && isKnownName(word.text, known)) add(lineText.starts[i]!, lineText.starts[i]! + word.text.length, 'name', word.text);
  });
  for (let i = 0; i < words.length; i++) {
    let digits = '';
    for (let j = i; j < words.length && /^[\dOoQDlI|!SB()+\-.,/]+$/.test(words[j]!.text); j++) {
      digits += digitsOf(normaliseDigits(words[j]!.text));
      const hit = [...known.numbers].find(([number]) => digits.includes(number));
      if (hit) {
        add(lineText.starts[i]!, lineText.starts[j]! + words[j]!.text.length, hit[1], hit[0]);
        break;
      }
    }
  }
}
