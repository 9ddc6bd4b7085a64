// Fold case and the diacritics OCR tends to lose, so "Vårdcentralen" matches "Vardcentralen".
export function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[µ]/g, 'u');
}

function digits(text: string): string {
  return text.replace(/\D/g, '');
}

// True when an identifier is still readable in the OCR text: numbers by their digits, words as whole words.
export function containsIdentifier(ocrText: string, value: string): boolean {
  const valueDigits = digits(value);
  if (valueDigits.length >= 5) {
    const normalised = ocrText.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1');
    return normalised.split('\n').some((line) => digits(line).includes(valueDigits.slice(-Math.min(10, valueDigits.length))));
  }
  const words = fold(ocrText).split(/[^\p{L}\d-]+/u);
  const wanted = fold(value).split(/[^\p{L}\d-]+/u).filter((w) => w.length >= 2);
  return wanted.every((w) => words.some((word) => word === w || word === `${w}s` || word.split('-').includes(w)));
}

// True when a field that must be kept can still be read: every word present, allowing one OCR slip per long word.
export function containsKeep(ocrText: string, value: string): boolean {
  const valueDigits = digits(value);
  if (valueDigits.length >= 5 && /^[\d\s+()-]+$/.test(value)) return digits(ocrText).includes(valueDigits);
  const words = fold(ocrText).split(/[^\p{L}\d-]+/u);
  return fold(value)
    .split(/[^\p{L}\d-]+/u)
    .filter((w) => w.length >= 2)
    .every((w) => words.some((word) => word === w || (w.length >= 5 && withinOneEdit(word, w))));
}

// True when OCR read the case ID with at most one slip (9/O, 8/S): a person reads it whole, OCR nearly so.
export function containsCaseId(ocrText: string, caseId: string): boolean {
  return ocrText.split(/\s+/).some((token) => {
    const at = token.indexOf('RF-');
    return at >= 0 && withinOneEdit(token.slice(at, at + caseId.length + 1).replace(/[^\w-]+$/, ''), caseId);
  });
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return dp[a.length]![b.length]! <= 1;
}
