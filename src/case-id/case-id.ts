import { randomInt } from 'node:crypto';

// 23 symbols (a prime) with no look-alike pairs: no O/0/D/Q, I/1/L, Z/2, S/5, B/8 twins, G/6.
export const CASE_ID_ALPHABET = 'ACEFHJKMNPRTUVWXY346789';
const PREFIX = 'RF-';
const BODY_LENGTH = 5;
const MODULUS = CASE_ID_ALPHABET.length;

// The check symbol makes the weighted sum 0 mod 23: any single wrong symbol or swap of neighbours fails it.
export function checkSymbol(body: string): string {
  const sum = weightedSum(body);
  const weight = body.length + 1;
  for (let value = 0; value < MODULUS; value++) {
    if ((sum + weight * value) % MODULUS === 0) return CASE_ID_ALPHABET[value]!;
  }
  throw new Error('unreachable: modulus is prime');
}

// A fresh random case ID such as "RF-K7PX3A" (prefix, five symbols, check symbol).
export function generateCaseId(): string {
  let body = '';
  for (let i = 0; i < BODY_LENGTH; i++) body += CASE_ID_ALPHABET[randomInt(MODULUS)];
  return `${PREFIX}${body}${checkSymbol(body)}`;
}

// True when the text is a well-formed case ID whose check symbol matches.
export function isValidCaseId(text: string): boolean {
  if (!text.startsWith(PREFIX)) return false;
  const symbols = text.slice(PREFIX.length);
  if (symbols.length !== BODY_LENGTH + 1) return false;
  if ([...symbols].some((c) => !CASE_ID_ALPHABET.includes(c))) return false;
  return weightedSum(symbols) % MODULUS === 0;
}

function weightedSum(symbols: string): number {
  let sum = 0;
  for (let i = 0; i < symbols.length; i++) sum += (i + 1) * CASE_ID_ALPHABET.indexOf(symbols[i]!);
  return sum % MODULUS;
}
