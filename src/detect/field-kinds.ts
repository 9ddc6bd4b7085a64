import type { Field } from './fields.js';
import { classifyIdentityNumber, digitsOf, normaliseDigits } from './numbers.js';
import type { IdentifierKind } from './types.js';

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
const REFERRER_FIELDS = new Set<Field['kind']>(['referrer', 'referrer-phone', 'unit', 'accession']);

// What a labelled value is, if it must go; names, phones and e-mail inside the referrer block stay.
export function removedKind(field: Field): IdentifierKind | undefined {
  if (isReferrerSide(field)) return undefined;
  const kind = REMOVED_FIELDS[field.kind];
  if (kind === 'personnummer') return classifyIdentityNumber(lastTenDigits(field.value)) ?? 'personnummer';
  return kind;
}

// Fields the reviewer needs: the referrer, their phone, the unit and the accession number.
export function isReferrerSide(field: Field): boolean {
  return REFERRER_FIELDS.has(field.kind) || (field.context === 'referrer' && ['name', 'phone', 'email'].includes(field.kind));
}

// The ten digits that identify a person, however the number was written.
export function lastTenDigits(value: string): string {
  const digits = digitsOf(normaliseDigits(value));
  return digits.length >= 10 ? digits.slice(-10) : digits;
}
