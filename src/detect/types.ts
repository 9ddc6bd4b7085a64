import type { Box, Line, WordSource } from '../layout/types.js';

export type IdentifierKind =
  | 'personnummer'
  | 'samordningsnummer'
  | 'reservnummer'
  | 'name'
  | 'address'
  | 'phone'
  | 'email'
  | 'birthdate'
  | 'barcode'
  | 'unreadable-mark';

export interface PageLines {
  page: number;
  source: WordSource;
  lines: Line[];
}

// What the detector found; `value` stays inside the process and is never printed or stored.
export interface Finding {
  page: number;
  source: WordSource | 'barcode';
  kind: IdentifierKind;
  rule: string;
  box: Box;
  value: string;
}

export interface KeptFields {
  unit?: string;
  accession?: string;
  referrer?: string;
  referrerPhone?: string;
}

export interface KnownValues {
  nameTokens: Set<string>;
  /** The referrer's name tokens: never removed as a patient name found by the name list. */
  referrerTokens: Set<string>;
  /** Digits of phone numbers the first pass kept as the referrer's: verification must not count them. */
  referrerNumbers: Set<string>;
  numbers: Map<string, IdentifierKind>;
  /** Identifiers of letters and digits ("RES 1925-T0814"), upper case with separators dropped, to find again. */
  codes: Map<string, IdentifierKind>;
}
