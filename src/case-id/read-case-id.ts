import { CASE_ID_ALPHABET, isValidCaseId } from './case-id.js';

export interface CaseIdReading {
  /** The symbols after look-alike correction, with the prefix: "RF-K7PX3A" (OCR may give five or seven). */
  id: string;
  /** Every symbol is in the alphabet and the check symbol matches. */
  valid: boolean;
  /** `prefixed`: printed with RF; `label`: six symbols after an "Ärende:" label, without the prefix. */
  form: 'prefixed' | 'label';
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

const SYMBOLS = String.raw`((?:[A-Z0-9$?] ?){4,6}[A-Z0-9$?])`;
// "RF" (OCR may give RE/RP/REF) then a dash of any kind, with or without spaces, or a space; or "RF" glued to the
// symbols. Only the exact "RF" may be glued, so words such as "REFERENS" or "RESULTAT" are never read as an ID.
const PREFIXED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:R ?[FEP]{1,2}(?:(?: *[-–—_.:~=]){1,2} *| +)|RF)${SYMBOLS}(?![\p{L}\p{N}])`, 'gu');
// Six symbols (OCR: five to seven) after the label reviewers put before the ID ("Ärende:", "Ärende-ID", "Ert ärende"),
// without the prefix.
const LABELLED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:ERT +)?[ÄA]RENDE(?:[- ]?[I1L]D|NUMMER|NR)? *[:.;,]? *${SYMBOLS}(?![\p{L}\p{N}])`, 'gu');

// Every case-ID-shaped string in a line of text, corrected for look-alikes and checked.
export function readCaseIdsInText(text: string): CaseIdReading[] {
  const upper = text.toUpperCase();
  const readings: CaseIdReading[] = [];
  for (const match of upper.matchAll(PREFIXED)) readings.push(reading(match[1]!, 'prefixed'));
  for (const match of upper.matchAll(LABELLED)) readings.push(reading(match[1]!, 'label'));
  return readings;
}

// A QR code's content is exact: it is a case ID only when it is one, character for character.
export function readCaseIdInCode(content: string): CaseIdReading | undefined {
  const trimmed = content.trim();
  if (!/^RF-[A-Z0-9]{6}$/.test(trimmed)) return undefined;
  return { id: trimmed, valid: isValidCaseId(trimmed), form: 'prefixed' };
}

function reading(printed: string, form: CaseIdReading['form']): CaseIdReading {
  const symbols = [...printed.replace(/ /g, '')].map((c) => (CASE_ID_ALPHABET.includes(c) ? c : (LOOK_ALIKES[c] ?? c))).join('');
  const id = `RF-${symbols}`;
  return { id, valid: isValidCaseId(id), form };
}
