import { CASE_ID_ALPHABET, isValidCaseId } from './case-id.js';

export interface CaseIdReading {
  /** The symbols after look-alike correction, with the prefix: "RF-K7PX3A" (OCR may give five or seven). */
  id: string;
  /** Every symbol is in the alphabet and the check symbol matches. */
  valid: boolean;
}

// Characters OCR gives for a symbol that is not in the alphabet, mapped to the symbol it most likely was.
export const LOOK_ALIKES: Record<string, string> = {
  O: '9',
  Q: '9',
  G: '6',
  B: '8',
  S: '8',
  $: '8',
  Z: '7',
  D: '9',
  I: 'J',
  '0': '9',
  '2': '7',
  '?': '7',
};

// "RF" (OCR may give RE/RP/REF), an optional separator, then six symbols (OCR: five to seven) with at most single spaces between.
const CANDIDATE = /(?<![A-Z0-9ÅÄÖ])R ?[FEP]{1,2} ?[-–—_.:~]? ?((?:[A-Z0-9$?] ?){4,6}[A-Z0-9$?])(?![A-Z0-9ÅÄÖ])/g;

// Every case-ID-shaped string in a line of OCR text, corrected for look-alikes and checked.
export function readCaseIdsInText(text: string): CaseIdReading[] {
  const readings: CaseIdReading[] = [];
  for (const match of text.toUpperCase().matchAll(CANDIDATE)) {
    const symbols = [...match[1]!.replace(/ /g, '')].map((c) => (CASE_ID_ALPHABET.includes(c) ? c : (LOOK_ALIKES[c] ?? c))).join('');
    const id = `RF-${symbols}`;
    readings.push({ id, valid: isValidCaseId(id) });
  }
  return readings;
}

// A QR code's content is exact: it is a case ID only when it is one, character for character.
export function readCaseIdInCode(content: string): CaseIdReading | undefined {
  const trimmed = content.trim();
  if (!/^RF-[A-Z0-9]{6}$/.test(trimmed)) return undefined;
  return { id: trimmed, valid: isValidCaseId(trimmed) };
}
