import { findLabels, headingContext } from './labels.js';
import type { LineText } from './line-text.js';
import { classifyName, NEVER_NAME_WORDS } from './name-list.js';
import { isNameNeighbour } from './names.js';
import type { Range } from './referrer-shield.js';

export interface NameWord {
  /** Index of the word in its line. */
  index: number;
  start: number;
  end: number;
  /** The name as read, OCR digit slips put right ("LINDQV1ST" → "LINDQVIST"). */
  value: string;
  /** The word was written with a comma or full stop after it ("NGUYEN," or OCR's "NGUYEN."). */
  comma: boolean;
}

const NAME_LABELS = new Set(['name', 'identity', 'reserve']);
const NEVER_ENDINGS = /(?:remiss|remissen|mottagning|mottagningen|klinik|kliniken|avdelning|avdelningen|centralen|sjukhus|sjukhuset|enhet|enheten|grafi|grafin|skopi|logi|röntgen|undersökning|information|uppgifter|etikett)$/u;
const CAPITALISED = /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:-\p{Lu}(?:\p{Ll}+|\p{Lu}+))*$/u;
const DIGIT_SLIPS: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B' };
const MAX_NAME_WORDS = 5;

// The words of a line that is nothing but a person's name (with at most a name or identity label and the
// identity number itself, given as `skip`), or undefined when the line holds anything else: running text,
// digits, a heading, a unit, an exam. A line that starts with a short unlisted capital word ("SU", "VGR") is an
// abbreviation, not a name.
export function nameWordsOf(lineText: LineText, skip: readonly Range[], shield: ReadonlySet<string>): NameWord[] | undefined {
  if (headingContext(lineText.text)) return undefined;
  const labels = findLabels(lineText.text);
  if (labels.some((label) => !NAME_LABELS.has(label.kind))) return undefined;
  const names: NameWord[] = [];
  for (const [index, word] of lineText.line.words.entries()) {
    const wordStart = lineText.starts[index]!;
    const wordEnd = wordStart + word.text.length;
    if (skip.some((range) => range.start <= wordStart && wordEnd <= range.end)) continue;
    const from = Math.max(wordStart, ...labels.filter((l) => l.start <= wordStart && l.end > wordStart).map((l) => l.end));
    const rest = lineText.text.slice(from, wordEnd);
    if (!/[\p{L}\d]/u.test(rest)) continue;
    if (/[^\p{L}\d,.:()'’-]/u.test(rest)) return undefined;
    const leading = rest.length - rest.replace(/^[^\p{L}\d]+/u, '').length;
    const core = rest.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
    const value = nameShaped(core);
    if (!value) return undefined;
    const lower = value.toLowerCase();
    if (NEVER_NAME_WORDS.has(lower) || NEVER_ENDINGS.test(lower) || !isNameNeighbour(value)) return undefined;
    if (names.length === 0 && value.length <= 3 && value === value.toUpperCase() && !classifyName(lower)) return undefined;
    if (shield.has(lower)) continue;
    const start = from + leading;
    names.push({ index, start, end: start + core.length, value, comma: /^[^\p{L}\d]*[,.]/u.test(rest.slice(leading + core.length)) });
  }
  return names.length > 0 && names.length <= MAX_NAME_WORDS ? names : undefined;
}

// A capitalised or all-capitals word, hyphen parts allowed; one OCR digit slip inside a longer word is read as
// the letter it stands for.
function nameShaped(core: string): string | undefined {
  let word = core;
  const digits = word.replace(/\D/g, '');
  if (digits.length > 0) {
    if (digits.length > 1 || word.length < 4 || !/^[0158]$/.test(digits)) return undefined;
    const upper = word.replace(/\d/g, '') === word.replace(/\d/g, '').toUpperCase();
    const letter = DIGIT_SLIPS[digits]!;
    word = word.replace(/\d/, upper ? letter : letter.toLowerCase());
  }
  return word.length >= 2 && CAPITALISED.test(word) ? word : undefined;
}
