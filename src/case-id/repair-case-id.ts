import { CASE_ID_ALPHABET, isValidCaseId } from './case-id.js';

// Symbols of the alphabet that fax-degraded OCR reads as one another (measured on the reply fixtures: 4→A, 6→E, W→V, …).
const CONFUSABLE: Record<string, string> = {
  A: '4',
  '4': 'A',
  E: '6F',
  '6': 'E8',
  F: 'EP',
  P: 'F',
  V: 'WUY',
  W: 'V',
  U: 'V',
  Y: 'V',
  H: 'NM',
  N: 'HM',
  M: 'NHW',
  '3': '8',
  '8': '369',
  T: '7',
  J: '9T',
  '7': 'T',
  K: 'X',
  X: 'K',
  C: '9',
  '9': 'C8J',
};

const MAX_CHANGES = 2;

/**
 * Valid case IDs within two look-alike substitutions of an OCR reading that failed its check, after dropping one
 * symbol when OCR doubled one (seven symbols) — candidates for the caller to confirm against the case store, never a
 * match on their own.
 */
export function repairCaseId(reading: string): string[] {
  const body = reading.replace(/^RF-/, '');
  const bases = body.length === 6 ? [body] : body.length === 7 ? [...body].map((_, i) => body.slice(0, i) + body.slice(i + 1)) : [];
  const found = new Set<string>();
  for (const base of bases) {
    if (![...base].every((symbol) => CASE_ID_ALPHABET.includes(symbol))) continue;
    for (const variant of variantsOf(base, body.length === 7 ? 1 : MAX_CHANGES)) {
      const id = `RF-${variant}`;
      if (isValidCaseId(id)) found.add(id);
    }
  }
  return [...found].sort();
}

function* variantsOf(base: string, changes: number, from = 0): Generator<string> {
  yield base;
  if (changes === 0) return;
  for (let position = from; position < base.length; position++) {
    for (const alternative of CONFUSABLE[base[position]!] ?? '') {
      yield* variantsOf(base.slice(0, position) + alternative + base.slice(position + 1), changes - 1, position + 1);
    }
  }
}
