import { EVERYDAY_NAMES, NEVER_NAMES } from './names/everyday-names.js';
import { ABROAD_GIVEN } from './names/given-abroad.js';
import { SWEDISH_GIVEN } from './names/given-swedish.js';
import { ABROAD_SURNAMES } from './names/surnames-abroad.js';
import { SWEDISH_SURNAMES } from './names/surnames-swedish.js';

const words = (...lists: string[]) => new Set(lists.flatMap((list) => list.split(/\s+/)).filter(Boolean));

/** Listed names that are also ordinary words: names only beside another name or in a name position. */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = words(EVERYDAY_NAMES);
/** Words that are never a patient's name, even where a name would stand (headings, units, exams). */
export const NEVER_NAME_WORDS: ReadonlySet<string> = words(NEVER_NAMES);

const unambiguous = (all: Set<string>) => new Set([...all].filter((name) => !AMBIGUOUS_NAMES.has(name)));

const ALL_GIVEN = words(SWEDISH_GIVEN, ABROAD_GIVEN);
const ALL_SURNAMES = words(SWEDISH_SURNAMES, ABROAD_SURNAMES);

export const GIVEN_NAMES: ReadonlySet<string> = unambiguous(ALL_GIVEN);
export const SURNAME_LIST: ReadonlySet<string> = unambiguous(ALL_SURNAMES);

// Surname endings no Swedish word has: -sson, South Slavic -ović/-ević/-ić, Polish -wski/-ński/-czyk/-wicz,
// Persian -zadeh/-pour/-nejad, Finnish -ainen/-äinen.
const SURNAME_ENDING = /(?:[^s]sson|ovi[cć]|evi[cć]|\p{L}ić|wski|wska|ński|ńska|nski|cki|czyk|czak|wicz|zadeh|pour|nejad|äinen|ainen)$/u;

export type NameClass = 'given' | 'surname' | 'ambiguous';

// What the lists say about one bare lower-case word (also its possessive and hyphen parts): a name, an
// everyday word that can be a name, or nothing.
export function classifyName(lower: string): NameClass | undefined {
  const forms = [lower, ...(lower.endsWith('s') && lower.length > 4 ? [lower.slice(0, -1)] : [])];
  for (const form of forms) {
    if (GIVEN_NAMES.has(form) || (form.includes('-') && form.split('-').every((part) => GIVEN_NAMES.has(part)))) return 'given';
    if (SURNAME_LIST.has(form) || (form.length >= 6 && SURNAME_ENDING.test(form))) return 'surname';
  }
  for (const form of forms) {
    if (form.split('-').some((part) => SURNAME_LIST.has(part))) return 'surname';
  }
  for (const form of forms) {
    if (ALL_GIVEN.has(form) || ALL_SURNAMES.has(form) || form.split('-').every((part) => ALL_GIVEN.has(part) || ALL_SURNAMES.has(part))) return 'ambiguous';
  }
  return undefined;
}

// True when a listed name is of the kind that may stand before a surname (a given name, also an everyday one).
export function isListedGiven(lower: string): boolean {
  return ALL_GIVEN.has(lower) || (lower.includes('-') && lower.split('-').every((part) => ALL_GIVEN.has(part)));
}
