// Luhn over the ten-digit form YYMMDDNNNC, as printed on every Swedish identity number.
export function luhnValid(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let value = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

export type IdentityNumberKind = 'personnummer' | 'samordningsnummer';

// Classify YYMMDDNNNC as personnummer, samordningsnummer (day + 60) or neither.
export function classifyIdentityNumber(tenDigits: string): IdentityNumberKind | undefined {
  return luhnValid(tenDigits) ? kindByDate(tenDigits) : undefined;
}

// Which identity number YYMMDDNNNC's date part allows: a real month and a day, or a day + 60.
export function kindByDate(tenDigits: string): IdentityNumberKind | undefined {
  const month = Number(tenDigits.slice(2, 4));
  const day = Number(tenDigits.slice(4, 6));
  if (month < 1 || month > 12) return undefined;
  if (day >= 1 && day <= 31) return 'personnummer';
  if (day >= 61 && day <= 91) return 'samordningsnummer';
  return undefined;
}

// Read digits the way OCR garbles them: O→0, l/I/|→1, S→5, B→8, and drop spaces inside numbers.
export function normaliseDigits(text: string): string {
  return text.replace(/[OoQD]/g, '0').replace(/[lI|!]/g, '1').replace(/[S]/g, '5').replace(/[B]/g, '8');
}

// The digits of a string, for comparing numbers however they were punctuated.
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

// Swedish phone numbers have 7–9 digits after the trunk 0 (or after +46).
export function isPlausiblePhone(candidate: string): boolean {
  const digits = digitsOf(candidate);
  if (/^\+\s*46|^0046/.test(candidate.trim())) {
    const national = digits.replace(/^0?046/, '').replace(/^46/, '').replace(/^0/, '');
    return national.length >= 7 && national.length <= 9;
  }
  return digits.startsWith('0') && digits.length >= 8 && digits.length <= 10;
}
