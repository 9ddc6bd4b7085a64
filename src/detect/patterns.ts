import { findIdentityNumbers, findIdentityShapes } from './identity-numbers.js';
import { isPlausiblePhone, normaliseDigits } from './numbers.js';
import type { IdentifierKind } from './types.js';

export interface PatternMatch {
  kind: IdentifierKind;
  rule: string;
  start: number;
  end: number;
  value: string;
}

const PHONE = /(?<![\d\w+])(?:\+ ?46|0046|0)[\d ()-]{5,16}\d(?!\d)/g;
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
// OCR rarely reads "@" as such ("karin.berg(&example.se", "akessonQexample.se"): a token ending in a mail domain will do.
const OCR_EMAIL = /(?<!\S)[\p{L}\d._%+-]+(?:\(?[&©@] ?|\(Q|(?<=\p{Ll})Q(?=\p{Ll}))[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:se|com|nu|net|org|eu|info|dk|no|fi)(?![\p{L}\d])/gu;
const POSTCODE_LINE_END = /(?<![\d-])\d{3} \d{2}$/gu;
const POSTCODE_TOWN = /(?<!\d)\d{3} ?\d{2}(?!\d) +[A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]+(?:[ -][A-ZÅÄÖ][a-zåäöA-ZÅÄÖ]+)?/gu;
// OCR often loses the dots of ä ("Klovervagen 33"), so the street endings tolerate it.
const STREET =
  /[A-ZÅÄÖ][a-zåäö]+(?:gatan|v[äa]gen|gr[äa]nd|gr[äa]nden|stigen|torget|all[ée]n|backen|backe|leden|platsen|plan|liden|slingan|gata|v[äa]g|torg|bron|kajen|hamnen|udden|viken|g[åa]rden|str[åa]ket|promenaden|esplanaden|kullen|hagen|parken|berget|dalen|stranden|holmen|[åa]sen|g[äa]rdet|lyckan|kroken|h[öo]jden)\.? \d{1,4}(?: ?[A-Za-z](?![a-zåäö]))?(?:,? ?(?:lgh|lägenhet) ?\d+)?/gu;
const BIRTH_DATE = /(?<!\p{L})(?:född|f\.)(?: den)? ?(?:\d{4}-\d{2}-\d{2}|\d{1,2} (?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-z]* \d{4}|\d{6,8})/giu;
const STREET_TWO_WORDS =
  /(?:(?:Östra|Västra|Norra|Södra|Stora|Lilla|Gamla|Nya|Övre|Nedre) )?[A-ZÅÄÖ][a-zåäö]+ (?:Vägen|Gatan|Väg|Gata|Allé|Torg|Torget|Plan|Backe|Backen|Gränd|Stig|Stigen|Stråket|Leden|Gård|Gården|Kajen|Hamnen|Udden|Bron|Kullen|Parken|Stranden) \d{1,4}(?: ?[A-Za-z](?![a-zåäö]))?/gu;
// "Skeppsbron 4, Skee": one capitalised word, a house number, a comma and a town is an address whatever the street's
// ending; a few words that take a number in a unit's name are not streets.
const STREET_COMMA_TOWN =
  /(?<![\p{L}\d])(?!(?:Avdelning|Avd|Sal|Rum|Plan|Hus|Våning|Ingång|Vecka|Dag|Sida|Bilaga|Grad|Steg|Fas)\b)\p{Lu}\p{Ll}+ \d{1,4}(?: ?[A-Za-z](?![\p{L}]))?, \p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?![\p{L}\d])/gu;
const CARE_OF = /c\/o [A-ZÅÄÖ][\p{L}-]+(?: [A-ZÅÄÖ][\p{L}-]+)?/gu;

// Identifiers recognisable by their shape alone, wherever they stand in a line.
export function findPatterns(text: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const digitsText = normaliseDigitLike(text);
  for (const m of findIdentityNumbers(digitsText)) {
    matches.push({ kind: m.kind, rule: 'identity-number-luhn', start: m.start, end: m.end, value: m.core });
  }
  for (const m of findIdentityShapes(digitsText)) {
    if (!matches.some((other) => other.start < m.end && m.start < other.end)) {
      matches.push({ kind: m.kind, rule: 'identity-number-shape', start: m.start, end: m.end, value: m.core });
    }
  }
  for (const m of digitsText.matchAll(PHONE)) {
    const phone = longestPlausiblePhone(m[0]);
    if (phone) matches.push({ kind: 'phone', rule: 'phone-pattern', start: m.index, end: m.index + phone.length, value: phone });
  }
  for (const [pattern, kind, rule] of [
    [EMAIL, 'email', 'email-pattern'],
    [OCR_EMAIL, 'email', 'email-ocr-pattern'],
    [POSTCODE_LINE_END, 'address', 'postcode-line-end'],
    [POSTCODE_TOWN, 'address', 'postcode-town'],
    [STREET, 'address', 'street-address'],
    [STREET_TWO_WORDS, 'address', 'street-address'],
    [STREET_COMMA_TOWN, 'address', 'street-comma-town'],
    [CARE_OF, 'address', 'care-of'],
    [BIRTH_DATE, 'birthdate', 'born-on'],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      matches.push({ kind, rule, start: m.index, end: m.index + m[0].length, value: m[0] });
    }
  }
  return matches;
}

// A greedy match may run into the next number ("… 45 31 5. 1/1"): drop trailing digit groups until it is a phone.
function longestPlausiblePhone(candidate: string): string | undefined {
  let text = candidate;
  while (text.length > 0) {
    if (isPlausiblePhone(text)) return text;
    const cut = text.search(/[ ()-]+\d+$/);
    if (cut <= 0) return undefined;
    text = text.slice(0, cut);
  }
  return undefined;
}

// OCR look-alikes inside tokens that are mostly digits become digits; ordinary words are left alone.
function normaliseDigitLike(text: string): string {
  return text.replace(/\S+/g, (token) => {
    const digits = token.replace(/\D/g, '').length;
    const letters = token.replace(/[^OoQDlI|!SB]/g, '').length;
    const others = token.replace(/[\dOoQDlI|!SB+\-.,:;()]/g, '').length;
    return digits >= 2 && others === 0 && letters <= digits / 2 ? normaliseDigits(token) : token;
  });
}
