import { isReferrerSide, lastTenDigits, removedKind } from './field-kinds.js';
import type { Field, ReadLine } from './fields.js';
import type { LineText } from './line-text.js';
import { digitsOf, normaliseDigits } from './numbers.js';
import { findListedNames, isKnownName, isNameNeighbour, nameTokensOf } from './names.js';
import { findPatterns } from './patterns.js';
import { findStructuralNames } from './structural-names.js';
import type { IdentifierKind, KnownValues } from './types.js';

// Names and numbers seen where they are unmistakable (labelled fields, names beside identity numbers, name
// pairs, valid numbers), to find again anywhere. `pages` holds each page's lines of one source.
export function collectKnownValues(pages: readonly (readonly ReadLine[])[]): KnownValues {
  const known: KnownValues = { nameTokens: new Set(), numbers: new Map(), referrerTokens: new Set(), referrerNumbers: new Set(), codes: new Map() };
  const lines = pages.flat();
  for (const line of lines) {
    for (const field of line.fields) {
      const kind = removedKind(field);
      if (kind === 'name') nameTokensOf(field.value).forEach((token) => known.nameTokens.add(token));
      if (kind && kind !== 'name') addNumber(known, field.value, kind);
    }
  }
  const referrerFields = new Set(lines.flatMap((line) => line.fields.filter(isReferrerName).flatMap((field) => nameTokensOf(field.value))));
  for (const page of pages) {
    for (const name of findStructuralNames(page, referrerFields)) nameTokensOf(name.value).forEach((token) => known.nameTokens.add(token));
  }
  for (const line of lines) collectReferrerTokens(line, known);
  for (const line of lines) {
    for (const match of findPatterns(line.lineText.text)) {
      if (match.kind === 'personnummer' || match.kind === 'samordningsnummer') known.numbers.set(match.value, match.kind);
    }
    if (line.context !== 'referrer') {
      const words = line.lineText.line.words.map((word) => word.text);
      for (const name of findListedNames(words, line.lineText.starts, known.referrerTokens)) {
        if (name.paired) nameTokensOf(name.value).forEach((token) => known.nameTokens.add(token));
      }
    }
  }
  return known;
}

// A field that names the referrer ("Remitterande läkare: …", a name field inside the referrer block).
function isReferrerName(field: Field): boolean {
  return isReferrerSide(field) && (field.kind === 'referrer' || field.kind === 'name');
}

// The referrer's own name: from referrer fields, or a short signature line that names no patient.
function collectReferrerTokens(line: ReadLine, known: KnownValues): void {
  const add = (text: string) => nameTokensOf(text).forEach((token) => known.nameTokens.has(token) || known.referrerTokens.add(token));
  for (const field of line.fields) {
    if (isReferrerName(field)) add(field.value);
  }
  const text = line.lineText.text;
  const patientish = findPatterns(text).some((m) => m.kind === 'personnummer' || m.kind === 'samordningsnummer');
  if (line.context === 'referrer' && line.fields.length === 0 && !patientish && line.lineText.line.words.length <= 8) add(text);
}

function addNumber(known: KnownValues, value: string, kind: IdentifierKind): void {
  const digits = digitsOf(normaliseDigits(value));
  if (kind === 'personnummer' || kind === 'samordningsnummer') {
    if (digits.length >= 10) known.numbers.set(lastTenDigits(digits), kind);
  } else if (digits.length >= 6) {
    known.numbers.set(digits, kind);
  }
  if (/\p{L}/u.test(value) && digits.length >= 4) {
    const code = compactCode(value);
    known.codes.set(code, kind);
    const bare = compactCode(value.replace(/^[\p{L}\s.:-]+/u, ''));
    if (bare.length >= 6 && bare !== code) known.codes.set(bare, kind);
  }
}

// A code as OCR and the text layer both give it: upper case, look-alike letters as digits, no spaces or dashes.
function compactCode(text: string): string {
  return normaliseDigits(text.toUpperCase()).replace(/[^\p{L}\d]/gu, '');
}

// Runs of up to four words whose compact form holds a known code ("RES 1925-T0814", "1925-T0814").
function findKnownCodes(lineText: LineText, known: KnownValues, add: (start: number, end: number, kind: IdentifierKind, value: string) => void): void {
  const words = lineText.line.words;
  for (let i = 0; i < words.length && known.codes.size > 0; i++) {
    let compact = '';
    for (let j = i; j < Math.min(words.length, i + 4); j++) {
      compact += compactCode(words[j]!.text);
      const hit = [...known.codes].find(([code]) => compact.endsWith(code) && compact.length - code.length < words[i]!.text.length);
      if (hit) {
        add(lineText.starts[i]!, lineText.starts[j]! + words[j]!.text.length, hit[1], hit[0]);
        break;
      }
    }
  }
}

// Every further occurrence of a known name token or number in a line.
export function findKnownValues(lineText: LineText, known: KnownValues, add: (start: number, end: number, kind: IdentifierKind, value: string) => void): void {
  findKnownCodes(lineText, known, add);
  const words = lineText.line.words;
  const names = words.map((word) => known.nameTokens.size > 0 && isKnownName(word.text, known));
  words.forEach((word, i) => {
    const besideName = (names[i - 1] && !/[,.;:)]$/.test(words[i - 1]!.text)) || (names[i + 1] && !/[,.;:(]$/.test(word.text));
    if (names[i] || (besideName && isNameNeighbour(word.text))) add(lineText.starts[i]!, lineText.starts[i]! + word.text.length, 'name', word.text);
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
