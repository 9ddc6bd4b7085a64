import { foldCharacters, tokenize, type Token } from './fold-text.js';
import { matchUnits, type UnitMatch, type UnitMatcher } from './match-units.js';
import { stripOwnUnit } from './own-unit.js';
import type { ConfiguredUnit } from './types.js';

/** A unit a piece of text names: a configured one (with its folder), or one read as printed. */
export interface Candidate {
  name: string;
  folder?: string;
  /** The folded words of its name and aliases, to compare a printed value with. */
  words: ReadonlySet<string>;
}

const HOSPITAL = /^(?:\p{L}*sjukhus(?:et)?|lasarett(?:et)?)$/u;
const OTHER_HOSPITALS = new Set(['sahlgrenska', 'karolinska']);
// Primary care and out-of-hours clinics are too many to configure; their names say what they are.
const PRIMARY_CARE = /(?<![\p{L}])(?:vardcentral(?:en)?|halsocentral(?:en)?|jourcentral(?:en)?|narakut(?:en)?|huslakarmottagning(?:en)?|lakarhuset|familjelakarna)(?![\p{L}])/u;
const NOT_A_PLACE = new Set(['tel', 'telefon', 'fax', 'box', 'besoksadress', 'postadress', 'datum', 'sida', 'remiss', 'vaxel', 'e', 'epost', 'mail']);
const MAX_PRINTED_WORDS = 8;

export function configuredCandidate(unit: ConfiguredUnit): Candidate {
  return { name: unit.name, folder: unit.folder, words: wordsOf([unit.name, ...unit.aliases]) };
}

// The units a text names. A configured unit at another hospital ("Onkologiska kliniken Sahlgrenska", "Lungmottagningen
// Kungälvs sjukhus") is not ours: with `printed` it is kept as printed (unit and hospital only), else dropped. So is a
// primary care clinic.
export function candidatesIn(text: string, matcher: UnitMatcher, printed: boolean): Candidate[] {
  const cleaned = stripOwnUnit(text, matcher);
  const tokens = tokenize(cleaned);
  const matches = matchUnits(tokens, matcher);
  const hospital = otherHospitalAt(tokens, matcher.ownWords);
  if (hospital) return printed && matches[0] ? printedSpan(cleaned, tokens, [...matches[0].positions, ...hospital]) : [];
  const found = matches.map((match: UnitMatch) => configuredCandidate(match.unit));
  const clinic = printed ? primaryCare(cleaned) : undefined;
  return clinic ? [...found, asPrinted(clinic)] : found;
}

// Whether a text names a hospital not ours.
export function namesOtherHospital(text: string, ownWords: ReadonlySet<string>): boolean {
  return otherHospitalAt(tokenize(text), ownWords) !== undefined;
}

// The words naming another hospital: "X sjukhus", "X lasarett" where X is none of our sites (the words of the
// configured names), or a hospital known by its name alone.
function otherHospitalAt(tokens: readonly Token[], ownWords: ReadonlySet<string>): number[] | undefined {
  for (const [i, token] of tokens.entries()) {
    if (OTHER_HOSPITALS.has(token.folded) || token.cased === 'SU' || token.cased === 'SAS') return [i];
    if (!HOSPITAL.test(token.folded)) continue;
    const names = tokens.slice(Math.max(0, i - 2), i).filter((t) => /^\p{Lu}\p{L}+$/u.test(t.cased));
    if (names.some((t) => !ownWords.has(t.folded))) return [tokens.indexOf(names[0]!), i];
  }
  return undefined;
}

// The printed name from the first to the last of the given words, when it is short enough to be a unit's name.
function printedSpan(text: string, tokens: readonly Token[], positions: readonly number[]): Candidate[] {
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  if (last - first + 1 > MAX_PRINTED_WORDS) return [];
  return [asPrinted(text.slice(tokens[first]!.start, tokens[last]!.end))];
}

// "Vårdcentralen Lilla Edet": the clinic's word and the capitalised place names after it (at most three).
function primaryCare(text: string): string | undefined {
  const keyword = PRIMARY_CARE.exec(foldCharacters(text).toLowerCase());
  if (!keyword) return undefined;
  const end = keyword.index + keyword[0].length;
  const places: string[] = [];
  for (const word of text.slice(end).trimStart().split(/\s+/).slice(0, 3)) {
    const bare = word.replace(/[,.]+$/, '');
    if (!/^\p{Lu}[\p{L}-]*$/u.test(bare) || NOT_A_PLACE.has(foldCharacters(bare).toLowerCase())) break;
    places.push(bare);
    if (bare !== word) break;
  }
  return places.length > 0 ? `${text.slice(keyword.index, end)} ${places.join(' ')}` : undefined;
}

function asPrinted(name: string): Candidate {
  const tidy = name.replace(/\s*[·•|;–—]\s*/g, ', ').replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,.]+$/g, '');
  return { name: tidy, words: wordsOf([tidy]) };
}

export function wordsOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((text) => tokenize(text).map((t) => t.folded)));
}
