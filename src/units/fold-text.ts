/** A word of a line: as printed (diacritics dropped, case kept) and folded for comparison. */
export interface Token {
  cased: string;
  folded: string;
  start: number;
  end: number;
}

// OCR drops the rings and dots of å, ä and ö and swaps letters for look-alike digits; comparing text without
// diacritics keeps "Oron-nasa-hals" equal to "Öron-näsa-hals". One character in, one out, so positions still hold.
export function foldCharacters(text: string): string {
  let folded = '';
  for (const char of text) folded += char.length === 1 ? (char.normalize('NFD')[0] ?? char) : ' '.repeat(char.length);
  return folded;
}

const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '6': 'o', '1': 'l' };

// The words of a text (runs of letters and digits); a digit inside a word of letters is read as the letter OCR took it for.
export function tokenize(text: string): Token[] {
  const cased = foldCharacters(text);
  const tokens: Token[] = [];
  for (const match of cased.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    const letters = word.replace(/[^\p{L}]/gu, '').length;
    const fixed = letters >= 3 ? word.replace(/[016]/g, (digit) => DIGIT_AS_LETTER[digit]!) : word;
    tokens.push({ cased: fixed, folded: fixed.toLowerCase(), start: match.index, end: match.index + word.length });
  }
  return tokens;
}

// An all-capital word of two letters or more ("IVA", "NÄL"): an abbreviation that must be printed in capitals to
// count, so the given name "Iva" is not intensive care.
export function isAbbreviation(cased: string): boolean {
  const letters = cased.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
