import { GIVEN_NAMES, SURNAME_LIST } from './name-list.js';
import type { KnownValues } from './types.js';

const NAME_SHAPE = /^[A-ZÅÄÖÉÜ][a-zåäöéüA-ZÅÄÖÉÜ]*(?:-[A-ZÅÄÖÉÜ][a-zåäöéüA-ZÅÄÖÉÜ]*)*$/u;
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
export function isKnownName(word: string, known: KnownValues): boolean {
  const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
  if (bare.length < 2) return false;
  const forms = new Set([bare, ...bare.split('-')]);
  for (const form of [...forms]) {
    if (form.endsWith('s') && form.length > 2) forms.add(form.slice(0, -1));
  }
  for (const form of forms) {
    if (form.length < 2) continue;
    if (known.nameTokens.has(form)) return true;
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

const TITLES = new Set(['fru', 'herr', 'patienten', 'patient', 'pat', 'hon', 'han', 'hen', 'anhörig', 'dr', 'doktor', 'syster', 'make', 'maka', 'sonen', 'dottern', 'modern', 'fadern', 'angående', 'ang']);

// A capitalised word right beside a known name is most likely the rest of that name ("Mats Sten", "Sten Mats").
export function isNameNeighbour(word: string): boolean {
  const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return bare.length >= 2 && CAPITALISED.test(bare) && !TITLES.has(bare.toLowerCase()) && !NOT_NAMES.has(bare.toLowerCase());
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
export function findListedNames(words: readonly string[], starts: readonly number[], shield: ReadonlySet<string>): ListedName[] {
  const bare = words.map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const usable = (i: number) => i >= 0 && i < words.length && !words[i]!.endsWith(':') && CAPITALISED.test(bare[i]!) && !shield.has(bare[i]!.toLowerCase());
  const found = new Map<number, boolean>();
  bare.forEach((word, i) => {
    if (!usable(i)) return;
    if (isGivenName(word)) {
      found.set(i, found.get(i) ?? false);
      if (usable(i + 1) && !/[,.;:]$/.test(words[i]!)) found.set(i, true).set(i + 1, true);
      if (usable(i - 1) && words[i - 1]!.endsWith(',')) found.set(i, true).set(i - 1, true);
    } else if (isListedSurname(word)) {
      found.set(i, found.get(i) ?? false);
    }
  });
  return [...found].map(([i, paired]) => ({
    start: starts[i]! + words[i]!.indexOf(bare[i]!),
    end: starts[i]! + words[i]!.indexOf(bare[i]!) + bare[i]!.length,
    value: bare[i]!,
    paired,
  }));
}

function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  const forms = [lower, lower.endsWith('s') ? lower.slice(0, -1) : lower];
  return forms.some((form) => GIVEN_NAMES.has(form) || (form.includes('-') && form.split('-').every((part) => GIVEN_NAMES.has(part))));
}

function isListedSurname(word: string): boolean {
  const lower = word.toLowerCase();
  const forms = [lower, lower.endsWith('s') ? lower.slice(0, -1) : lower, ...lower.split('-')];
  return forms.some((form) => SURNAME_LIST.has(form)) || (lower.length >= 7 && /[^s]sson$/.test(lower));
}
