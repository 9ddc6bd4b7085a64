import { AMBIGUOUS_NAMES, classifyName, isListedGiven, NEVER_NAME_WORDS, type NameClass } from './name-list.js';
import type { KnownValues } from './types.js';

const NAME_SHAPE = /^\p{Lu}\p{L}*(?:-\p{L}+)*$/u;
const NOT_NAMES = new Set([
  'make', 'maka', 'sambo', 'son', 'dotter', 'mor', 'far', 'mamma', 'pappa', 'bror', 'syster', 'fru', 'herr',
  'tel', 'tfn', 'telefon', 'mobil', 'och', 'anhörig', 'kontaktperson', 'god', 'man', 'barn', 'vän', 'granne',
  'patient', 'okänd', 'saknas', 'uppgift', 'ej', 'se', 'nedan', 'ovan', 'hem', 'arbete',
]);

// Name tokens of a labelled name value ("Berg, Anna-Karin" → berg, anna-karin, anna, karin).
export function nameTokensOf(value: string): string[] {
  const tokens: string[] = [];
  for (const raw of value.split(/[\s,;()]+/)) {
    const word = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    if (word.length < 2 || !NAME_SHAPE.test(word) || NOT_NAMES.has(word.toLowerCase())) continue;
    const lower = word.toLowerCase();
    tokens.push(lower);
    if (lower.includes('-')) tokens.push(...lower.split('-').filter((part) => part.length >= 2));
  }
  return tokens;
}

// True when a word of running text is one of the known name tokens, in any case, possessive or hyphen form.
// A token that is also an everyday word ("sten", "björn") counts only written with a capital.
export function isKnownName(word: string, known: KnownValues): boolean {
  const trimmed = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const bare = trimmed.toLowerCase();
  if (bare.length < 2) return false;
  const capital = /^\p{Lu}/u.test(trimmed);
  const forms = new Set([bare, ...bare.split('-')]);
  for (const form of [...forms]) {
    if (form.endsWith('s') && form.length > 2) forms.add(form.slice(0, -1));
  }
  for (const form of forms) {
    if (form.length < 2) continue;
    if (known.nameTokens.has(form) && (capital || !AMBIGUOUS_NAMES.has(form))) return true;
    if (form.length >= 5 && [...known.nameTokens].some((token) => token.length >= 5 && withinOneEdit(form, token))) {
      return true;
    }
  }
  return false;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const TITLES = new Set(['fru', 'herr', 'patienten', 'patient', 'pat', 'hon', 'han', 'hen', 'den', 'det', 'anhörig', 'dr', 'doktor', 'syster', 'make', 'maka', 'sonen', 'dottern', 'modern', 'fadern', 'angående', 'ang']);

// A capitalised word right beside a known name is most likely the rest of that name ("Mats Sten", "Sten Mats").
export function isNameNeighbour(word: string): boolean {
  const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  const lower = bare.toLowerCase();
  return bare.length >= 2 && CAPITALISED.test(bare) && !TITLES.has(lower) && !NOT_NAMES.has(lower) && !NEVER_NAME_WORDS.has(lower);
}

export interface ListedName {
  start: number;
  end: number;
  value: string;
  /** Found next to a given name (or as "Surname, Given"), strong enough to search for elsewhere. */
  paired: boolean;
}

const CAPITALISED = /^\p{Lu}(\p{Ll}+|\p{Lu}+)(-\p{Lu}(\p{Ll}+|\p{Lu}+))*$/u;

// Names outside labelled fields: listed given names and surnames, and the capitalised word beside a given name.
// A listed name that is also an everyday word ("Sten", "Björn") counts only in such a pair.
export function findListedNames(words: readonly string[], starts: readonly number[], shield: ReadonlySet<string>): ListedName[] {
  const bare = words.map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const usable = (i: number) => i >= 0 && i < words.length && !words[i]!.endsWith(':') && CAPITALISED.test(bare[i]!) && !shield.has(bare[i]!.toLowerCase());
  const partner = (i: number) => usable(i) && isNameNeighbour(words[i]!);
  const kinds = bare.map((word, i) => (usable(i) ? classifyName(word.toLowerCase()) : undefined));
  const found = new Map<number, boolean>();
  const pair = (a: number, b: number) => found.set(a, true).set(b, true);
  kinds.forEach((kind, i) => {
    if (kind === 'given' || kind === 'surname') found.set(i, found.get(i) ?? false);
    const next = kinds[i + 1];
    if (kind && partner(i) && partner(i + 1) && !/[,.;:]$/.test(words[i]!) && startsName(kind, next, bare[i]!)) pair(i, i + 1);
    if (partner(i) && partner(i + 1) && words[i]!.endsWith(',') && endsCommaName(kind, next)) pair(i, i + 1);
  });
  return [...found].map(([i, paired]) => ({
    start: starts[i]! + words[i]!.indexOf(bare[i]!),
    end: starts[i]! + words[i]!.indexOf(bare[i]!) + bare[i]!.length,
    value: bare[i]!,
    paired,
  }));
}

// "Anna Wennerström", "Sten Ek", "Andersson Björn": a given name before any name-like word, an everyday given
// name before a listed name, a surname before a listed given name.
function startsName(kind: NameClass, next: NameClass | undefined, word: string): boolean {
  if (kind === 'given') return true;
  if (kind === 'ambiguous') return isListedGiven(word.toLowerCase()) && next !== undefined;
  return next === 'given';
}

// "Wennerholm, Anna" and "Lundqvist, Björn": any name-like word, a comma, then a listed given name; an
// everyday given name only after a listed surname.
function endsCommaName(kind: NameClass | undefined, next: NameClass | undefined): boolean {
  return next === 'given' || (kind !== undefined && kind !== 'given' && next === 'ambiguous');
}
