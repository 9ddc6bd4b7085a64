import { isReferrerSide } from './field-kinds.js';
import type { ReadLine } from './fields.js';
import type { LineText } from './line-text.js';
import { isPlausiblePhone } from './numbers.js';
import { findPatterns } from './patterns.js';
import type { IdentifierKind, KeptFields } from './types.js';

export type Range = { start: number; end: number };

const REFERRER_WORDS = /(sökare|personsökare|remittent|remitterande|läkare|dr\.?)\s*:?\s*$/iu;
// A line in the referrer block that speaks of the patient or their family ("Pat. nås på …", a note added under the
// signature) holds the patient's number, not the referrer's.
const ABOUT_PATIENT = /(?<!\p{L})(?:pat|pt|patient\p{L}*|anhörig\p{L}*|make|maka|sambo|mamma|pappa|mor|far|dotter|son|vårdnadshavare|hem|bostad\p{L}*)(?!\p{L})/iu;

// Referrer-side fields are what the reviewer needs: remember them and shield them from phone/name rules.
export function shieldReferrerFields(lines: readonly ReadLine[], kept: KeptFields): Map<LineText, Range[]> {
  const shielded = new Map<LineText, Range[]>();
  const shield = (lineText: LineText, range: Range) => shielded.set(lineText, [...(shielded.get(lineText) ?? []), range]);
  for (const line of lines) {
    for (const field of line.fields) {
      if (!isReferrerSide(field)) continue;
      shield(field.lineText, { start: field.start, end: field.end });
      if (field.kind === 'unit') kept.unit ??= field.value;
      if (field.kind === 'accession') kept.accession ??= field.value.split(/\s+/)[0];
      if (field.kind === 'referrer' || field.kind === 'name') kept.referrer ??= field.value;
      if (field.kind === 'referrer-phone' || field.kind === 'phone') kept.referrerPhone ??= field.value;
    }
    for (const match of findPatterns(line.lineText.text)) {
      const referrerLine = line.context === 'referrer' && (match.kind === 'phone' || match.kind === 'email') && !ABOUT_PATIENT.test(line.lineText.text);
      if (referrerLine || (match.kind === 'phone' && REFERRER_WORDS.test(line.lineText.text.slice(0, match.start)))) {
        shield(line.lineText, { start: match.start, end: match.end });
      }
    }
  }
  return shielded;
}

// A match inside a shielded range stays, unless it is an identity number that cannot be a phone.
export function isShielded(match: { kind: IdentifierKind; start: number; end: number; value: string }, ranges: readonly Range[]): boolean {
  const inside = ranges.some((range) => match.start >= range.start && match.end <= range.end);
  if (!inside) return false;
  if (match.kind === 'personnummer' || match.kind === 'samordningsnummer') return isPlausiblePhone(match.value);
  return true;
}
