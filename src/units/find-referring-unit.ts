import { candidatesIn, namesOtherHospital, wordsOf, type Candidate } from './candidates.js';
import { tokenize } from './fold-text.js';
import { compileUnits, type UnitMatcher } from './match-units.js';
import { stripOwnUnit } from './own-unit.js';
import { readLine, type LineParts } from './read-line.js';
import type { ConfiguredUnit, FoundUnit } from './types.js';

/** One line of a page in reading order; `top` is where it starts, as a fraction of the page height. */
export interface UnitLine {
  text: string;
  top: number;
}

export interface FindUnitInput {
  /** Each page's lines, once per reading (text layer, OCR). */
  pages: readonly (readonly UnitLine[])[];
  /** The value of the referral's "Remitterande enhet:" field, as the detector read it. */
  labelled?: string | undefined;
  units: readonly ConfiguredUnit[];
  /** `sender.unit`: the department itself, never the referrer. */
  ownUnit: string;
  /** `sites`: the organisation's hospitals as printed; a unit at a hospital named otherwise is another hospital's. */
  sites?: readonly string[];
  /** The patient's name words the detector found: a unit read as printed that holds one is not a unit. */
  patientWords?: ReadonlySet<string>;
}

type Sighting = { unit: Candidate; evidence: FoundUnit['evidence'] };

const HEADER_TOP = 0.2;
const FOOTER_TOP = 0.88;
const SHORT_LINE = 10;
const SIGNED_LINE = 14;
const SIGNATURE_REACH = 4;
const ADDRESS_REACH = 2;
const HEADING_REACH = 3;
const WEAKER: FoundUnit['evidence'][] = ['header', 'sender', 'signature', 'text'];
const GENERIC_WORDS = new Set(['kliniken', 'klinik', 'mottagningen', 'mottagning', 'avdelningen', 'avdelning', 'avd', 'enheten', 'enhet', 'sjukhus', 'sjukhuset', 'sjukvarden', 'vardcentral', 'vardcentralen']);

// The unit that sent a referral, read where units are printed: a labelled field, the letterhead, a sender block or
// the signature, strongest first; last, a configured unit the running text names. Two different units with the same
// strength are a conflict: unknown, never a guess.
export function findReferringUnit(input: FindUnitInput): FoundUnit | undefined {
  const matcher = compileUnits(input.units, [input.ownUnit], input.sites);
  const otherHospital = new Set<Sighting['evidence']>();
  const patient = wordsOf([...(input.patientWords ?? [])]);
  const holdsPatient = (unit: Candidate) => !unit.folder && [...unit.words].some((word) => patient.has(word));
  const sightings = input.pages
    .flatMap((lines) => sightingsOnPage(lines, matcher, otherHospital))
    .filter((s) => !(s.unit.folder && otherHospital.has(s.evidence)) && !holdsPatient(s.unit));
  const labelled = printedValue(input.labelled, matcher);
  if (labelled && !holdsPatient(labelled)) {
    const configured = candidatesIn(labelled.name, matcher, false);
    sightings.push(...(configured.length > 0 ? configured : [labelled]).map((unit) => ({ unit, evidence: 'field' as const })));
  }
  // A configured unit in a field outweighs a value no alias matched (often OCR noise read as a field's value).
  const inFields = distinctUnits(sightings.filter((s) => s.evidence === 'field'));
  const fields = inFields.some((unit) => unit.folder) ? inFields.filter((unit) => unit.folder) : inFields;
  if (fields.length > 1) return undefined;
  const weaker = strongestWeaker(sightings);
  if (!fields[0]) return weaker && found(weaker.unit, weaker.evidence);
  // A labelled unit no alias matched ("Akutmottagningen") is kept as printed, unless the letterhead names a configured
  // unit it agrees with ("Uddevalla sjukhus · Akutmottagningen").
  if (!fields[0].folder && weaker?.unit.folder && agreesWith(fields[0], weaker.unit)) return found(weaker.unit, weaker.evidence);
  return found(fields[0], 'field');
}

function found(unit: Candidate, evidence: FoundUnit['evidence']): FoundUnit {
  return { unit: unit.name, ...(unit.folder ? { folder: unit.folder } : {}), evidence };
}

// A page's sightings, noting in `otherHospital` each kind of place that names another hospital on any line: a
// letterhead "Lungmottagningen" over "Kungälvs sjukhus" is that hospital's, so no configured unit is read from it.
function sightingsOnPage(lines: readonly UnitLine[], matcher: UnitMatcher, otherHospital: Set<Sighting['evidence']>): Sighting[] {
  const parts = lines.map((line) => readLine(line.text));
  const sightings: Sighting[] = [];
  const add = (text: string, evidence: Sighting['evidence']) => {
    if (evidence !== 'field' && namesOtherHospital(stripOwnUnit(text, matcher), matcher.ownWords)) otherHospital.add(evidence);
    for (const unit of candidatesIn(text, matcher, true)) sightings.push({ unit, evidence });
  };
  parts.forEach((part, i) => {
    for (const value of part.fields) add(value, 'field');
    for (const value of part.senders) add(value, 'sender');
    const role = roleOfFreeText(parts, i, lines[i]!.top);
    if (role) add(part.free, role);
    else if (!part.heading && !namesOtherHospital(stripOwnUnit(part.free, matcher), matcher.ownWords)) {
      for (const unit of candidatesIn(part.free, matcher, false)) sightings.push({ unit, evidence: 'text' });
    }
  });
  return sightings;
}

// Free text names the referrer only where units are printed: under a "Remittent"/"Avsändare" heading, at the top or
// foot of a page, in a signature, or next to an address. A sentence in the history never does.
function roleOfFreeText(parts: readonly LineParts[], i: number, top: number): Sighting['evidence'] | undefined {
  const part = parts[i]!;
  if (part.free.trim() === '' || part.heading) return undefined;
  const short = part.words <= SHORT_LINE && !isSentence(part.free);
  const above = (reach: number, test: (p: LineParts) => boolean) => parts.slice(Math.max(0, i - reach), i).some(test);
  const near = (reach: number, test: (p: LineParts) => boolean) => parts.slice(Math.max(0, i - reach), i + reach + 1).some(test);
  if (short && above(HEADING_REACH, (p) => p.heading === 'field')) return 'field';
  if (short && above(HEADING_REACH, (p) => p.heading === 'sender')) return 'sender';
  if (short && top <= HEADER_TOP) return 'header';
  if (top >= FOOTER_TOP && (short || part.address)) return 'sender';
  if ((part.signature && part.words <= SIGNED_LINE && !isSentence(part.free)) || (short && above(SIGNATURE_REACH, (p) => p.signature))) return 'signature';
  if (short && near(ADDRESS_REACH, (p) => p.address)) return 'sender';
  return undefined;
}

// A sentence ends with a full stop and has a stretch of three words or more between separators.
function isSentence(text: string): boolean {
  return /[.!?]\s*$/.test(text) && text.split(/[·•|;,–—/]/).some((segment) => tokenize(segment).length >= 3);
}

function strongestWeaker(sightings: readonly Sighting[]): Sighting | undefined {
  for (const evidence of WEAKER) {
    const units = distinctUnits(sightings.filter((s) => s.evidence === evidence));
    if (units.length > 1) return undefined;
    if (units[0]) return { unit: units[0], evidence };
  }
  return undefined;
}

// Sightings of one unit count once. Two units read as printed are one when the words of one are all in the other
// ("Vårdcentralen Lilla Edet" and "Vårdcentralen Lilla Edet, avd 3"): the longer is kept.
function distinctUnits(sightings: readonly Sighting[]): Candidate[] {
  const units: Candidate[] = [];
  for (const { unit } of sightings) {
    const same = units.findIndex((u) => u.name === unit.name || (!u.folder && !unit.folder && (within(u.words, unit.words) || within(unit.words, u.words))));
    if (same < 0) units.push(unit);
    else if (unit.words.size > units[same]!.words.size) units[same] = unit;
  }
  return units;
}

function within(inner: ReadonlySet<string>, outer: ReadonlySet<string>): boolean {
  return [...inner].every((word) => outer.has(word));
}

// The labelled value as printed, without the department's own name; a bare ward number ("32") names no unit.
function printedValue(labelled: string | undefined, matcher: UnitMatcher): Candidate | undefined {
  if (labelled === undefined) return undefined;
  const name = stripOwnUnit(labelled, matcher).replace(/\s+/g, ' ').trim();
  return name.replace(/[^\p{L}]/gu, '').length >= 3 ? { name, words: wordsOf([name]) } : undefined;
}

// Every word of the printed unit that says which unit (not "kliniken", "avd", a number) is a word of the unit's names.
function agreesWith(printed: Candidate, unit: Candidate): boolean {
  const telling = [...printed.words].filter((word) => /\p{L}/u.test(word) && !GENERIC_WORDS.has(word));
  return telling.length > 0 && telling.every((word) => unit.words.has(word));
}
