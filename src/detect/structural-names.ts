import type { Box } from '../layout/types.js';
import type { ReadLine } from './fields.js';
import { findLabels } from './labels.js';
import type { LineText } from './line-text.js';
import { classifyName } from './name-list.js';
import { nameWordsOf, type NameWord } from './name-words.js';
import { isNameNeighbour } from './names.js';
import { isPlausiblePhone } from './numbers.js';
import { findPatterns } from './patterns.js';
import type { Range } from './referrer-shield.js';

export interface StructuralName {
  lineText: LineText;
  start: number;
  end: number;
  value: string;
  rule: 'name-beside-number' | 'name-comma-form';
}

const VERTICAL_GAP_HEIGHTS = 1.5;
const COLUMN_SHIFT_HEIGHTS = 4;
const ROW_GAP_HEIGHTS = 20;
const MAX_RUN = 4;

/**
 * Patient names found by where they stand, not by a list: the name line beside an identity number in a
 * compact block (a label sticker, a header), the words just before an identity number in a sentence, and a
 * "SURNAME, GIVEN" line that a list or the patient block supports. Names the referrer block shows are shielded.
 */
export function findStructuralNames(lines: readonly ReadLine[], shield: ReadonlySet<string>): StructuralName[] {
  const numbers = identityRanges(lines);
  const found: StructuralName[] = [];
  const take = (lineText: LineText, words: readonly NameWord[], rule: StructuralName['rule']) =>
    words.forEach(({ start, end, value }) => found.push({ lineText, start, end, value, rule }));
  for (const line of lines) {
    const ranges = numbers.get(line.lineText) ?? [];
    if (ranges.length > 0) {
      if (isCompact(line.lineText, ranges)) {
        for (const beside of [line.lineText, ...neighboursOf(line.lineText, lines)]) {
          const words = nameWordsOf(beside, numbers.get(beside) ?? [], shield);
          if (words && isNameLine(words)) take(beside, words, 'name-beside-number');
        }
      } else {
        take(line.lineText, runBeforeNumber(line.lineText, ranges[0]!, shield), 'name-beside-number');
      }
    }
    const words = line.context === 'referrer' ? undefined : nameWordsOf(line.lineText, ranges, shield);
    if (words && isCommaName(words, line)) take(line.lineText, words, 'name-comma-form');
  }
  return found;
}

// Identity numbers by the line they stand in: valid numbers anywhere, and the values of identity fields. A block's
// context is not trusted to exclude a label (a sticker beside the referrer block is read as part of it), but a
// number in the referrer block that could be a phone number is the referrer's.
function identityRanges(lines: readonly ReadLine[]): Map<LineText, Range[]> {
  const ranges = new Map<LineText, Range[]>();
  const add = (lineText: LineText, range: Range) => ranges.set(lineText, [...(ranges.get(lineText) ?? []), range]);
  for (const line of lines) {
    for (const match of findPatterns(line.lineText.text)) {
      const phoneLike = line.context === 'referrer' && isPlausiblePhone(line.lineText.text.slice(match.start, match.end));
      if ((match.kind === 'personnummer' || match.kind === 'samordningsnummer') && !phoneLike) add(line.lineText, match);
    }
    for (const field of line.fields) {
      if ((field.kind === 'identity' || field.kind === 'reserve') && field.context !== 'referrer' && /\d/.test(field.value)) add(field.lineText, field);
    }
  }
  return ranges;
}

// A line of a label or header: besides the number only a few words, none of them running text.
function isCompact(lineText: LineText, ranges: readonly Range[]): boolean {
  const rest = lineText.line.words.filter((word, i) => {
    const start = lineText.starts[i]!;
    return !ranges.some((range) => range.start <= start && start + word.text.length <= range.end);
  });
  return rest.length <= 6 && !rest.some((word) => /^[^\p{L}]*\p{Ll}{2}/u.test(word.text) && !/:$/.test(word.text));
}

// The nearest line directly above and below in the same column, and the nearest on the same row either side.
function neighboursOf(lineText: LineText, lines: readonly ReadLine[]): LineText[] {
  const box = lineText.line.box;
  const height = box.y1 - box.y0;
  const nearest = (score: (other: Box) => number | undefined) =>
    lines
      .map((line) => ({ line: line.lineText, score: line.lineText === lineText ? undefined : score(line.lineText.line.box) }))
      .filter((c): c is { line: LineText; score: number } => c.score !== undefined)
      .sort((a, b) => a.score - b.score)[0]?.line;
  const column = (other: Box) => Math.min(other.x1, box.x1) > Math.max(other.x0, box.x0) && Math.abs(other.x0 - box.x0) <= COLUMN_SHIFT_HEIGHTS * height;
  const vertical = (gap: number) => (gap >= -0.3 * height && gap <= VERTICAL_GAP_HEIGHTS * height ? gap : undefined);
  const middle = (box.y0 + box.y1) / 2;
  const row = (other: Box) => other.y0 < middle && other.y1 > middle;
  const horizontal = (gap: number) => (gap >= 0 && gap <= ROW_GAP_HEIGHTS * height ? gap : undefined);
  const picked = [
    nearest((other) => (column(other) ? vertical(box.y0 - other.y1) : undefined)),
    nearest((other) => (column(other) ? vertical(other.y0 - box.y1) : undefined)),
    nearest((other) => (row(other) ? horizontal(box.x0 - other.x1) : undefined)),
    nearest((other) => (row(other) ? horizontal(other.x0 - box.x1) : undefined)),
  ];
  return [...new Set(picked.filter((line): line is LineText => line !== undefined))];
}

// "Angående Björn Ek, 19121212-1212, …" or "Björn Ek (pnr 19121212-1212)": the capitalised words right before the
// number and its label, two or more or a listed one.
function runBeforeNumber(lineText: LineText, number: Range, shield: ReadonlySet<string>): NameWord[] {
  const words = lineText.line.words;
  const run: NameWord[] = [];
  const at = words.findIndex((word, k) => lineText.starts[k]! + word.text.length > number.start);
  for (let i = at - 1; at > 0 && i >= 0 && run.length < MAX_RUN; i--) {
    const text = words[i]!.text;
    const bare = text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (run.length === 0 && findLabels(text).some((label) => label.kind === 'identity' || label.kind === 'reserve')) continue;
    const closing = run.length === 0 ? /^[(]?\p{L}[\p{L}-]*[,(]?$/u : /^\p{L}[\p{L}-]*$/u;
    if (!closing.test(text) || !isNameNeighbour(bare) || shield.has(bare.toLowerCase())) break;
    const start = lineText.starts[i]! + text.indexOf(bare);
    run.unshift({ index: i, start, end: start + bare.length, value: bare, comma: false });
  }
  const listed = run.some((word) => classifyName(word.value.toLowerCase()) !== undefined);
  return run.length >= 2 || listed ? run : [];
}

// One title-case word on its own ("Feber") is too weak; two words, capitals, a comma or a listed name will do.
function isNameLine(words: readonly NameWord[]): boolean {
  const [word] = words;
  return words.length > 1 || word!.comma || word!.value === word!.value.toUpperCase() || classifyName(word!.value.toLowerCase()) !== undefined;
}

// "NGUYEN, THI HOA" or "Lundqvist, Björn": surname, comma, given names, all in one case; a listed name or the
// patient block must back it.
function isCommaName(words: readonly NameWord[], line: ReadLine): boolean {
  if (words.length < 2 || !words[0]!.comma || words.slice(1).some((word) => word.comma)) return false;
  if (words.some((word, i) => i > 0 && word.index !== words[i - 1]!.index + 1)) return false;
  const upper = words.every((word) => word.value === word.value.toUpperCase());
  const title = words.every((word) => word.value !== word.value.toUpperCase());
  if (!upper && !title) return false;
  return line.context === 'patient' || words.some((word) => classifyName(word.value.toLowerCase()) !== undefined);
}
