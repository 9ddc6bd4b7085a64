import { foldCharacters } from './fold-text.js';

/** What a line says about the referrer, in parts: labelled values and the free text before any label. */
export interface LineParts {
  /** Values of labels naming the referrer or their unit ("Remitterande enhet:", "Remittent:", "Svar till:"). */
  fields: string[];
  /** Values of a sender label ("Från:", "Avsändare:"). */
  senders: string[];
  /** Text before the first label, with an addressee ("Remiss till Röntgen NÄL") cut out. */
  free: string;
  /** A label with no value on its line ("Remittent", "Avsändare:"): the lines below hold the value. */
  heading?: 'field' | 'sender';
  signature: boolean;
  address: boolean;
  words: number;
}

const UNIT_LABELS = [
  'remitterande enhet', 'remitterande klinik', 'remitterande avdelning', 'remitterande mottagning', 'remitterande vardenhet',
  'bestallande enhet', 'bestallande klinik', 'avsandande enhet', 'vardenhet', 'enhet', 'klinik', 'avdelning', 'mottagning',
  'remitterande lakare', 'inremitterande lakare', 'ansvarig lakare', 'remittent', 'remitterande', 'remissutfardare', 'bestallare', 'lakare',
  'svar till', 'svaret till', 'svar onskas till', 'svar skickas till', 'svarsmottagare',
];
const SENDER_LABELS = ['fran', 'avsandare', 'avs'];
const ADDRESSEE_LABELS = ['till', 'kopia till', 'mottagare', 'adressat'];
const KNOWN_LABELS: [string, LabelKind][] = [
  ...UNIT_LABELS.map((label): [string, LabelKind] => [label, 'field']),
  ...SENDER_LABELS.map((label): [string, LabelKind] => [label, 'sender']),
  ...ADDRESSEE_LABELS.map((label): [string, LabelKind] => [label, 'addressee']),
];
type LabelKind = 'field' | 'sender' | 'addressee' | 'other';
const MAX_LABEL_WORDS = 4;
const HEADING = /^\s*(\p{L}[\p{L} ]*?)\s*:?\s*$/u;
// "Till", "Mottagare", "Kopia till" name whom the referral goes to: from there to a sender marker is never the referrer.
const ADDRESSEE = /(?<![\p{L}])(?<!svar(?:et)?(?: \p{L}+)? )(?:kopia till|till|mottagare|adressat)(?![\p{L}])/u;
const SENDER_MARK = /(?<![\p{L}])(?:fran|avsandare)(?![\p{L}])/u;
const SIGNATURE =
  /(?<![\p{L}])(?:med vanlig(?:a)? halsning(?:ar)?|vanliga halsningar|halsningar|mvh|leg\.? ?lakare|(?:st|at)[- ]?lakare|overlakare|specialistlakare|underlakare|distriktslakare|avdelningslakare|jourhavande(?: lakare)?|bitr\.? ?overlakare|dr|doktor)(?![\p{L}])/u;
const ADDRESS = /(?<![\p{N}])\d{3} ?\d{2} \p{L}{3,}|(?<![\p{L}])(?:box \d+|(?:besoksadress|postadress|vaxel|telefon|tel|fax)\.?:? *[\d+(])/u;

// Read one line: which parts are labelled values, which is free text, and whether it signs, heads or addresses.
export function readLine(text: string): LineParts {
  const lower = foldCharacters(text).toLowerCase();
  const labels = findLabels(lower);
  const fields: string[] = [];
  const senders: string[] = [];
  labels.forEach((label, i) => {
    const value = text.slice(label.end, labels[i + 1]?.start ?? text.length).trim();
    if (label.kind === 'field') fields.push(value);
    if (label.kind === 'sender') senders.push(value);
  });
  const freeEnd = labels[0]?.start ?? text.length;
  const heading = headingKind(lower);
  return {
    fields: heading ? [] : fields,
    senders: heading ? [] : senders,
    free: withoutAddressee(text.slice(0, freeEnd), lower.slice(0, freeEnd)),
    ...(heading ? { heading } : {}),
    signature: SIGNATURE.test(lower),
    address: ADDRESS.test(lower),
    words: lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length,
  };
}

// Each colon after a word ends a label; the label is the longest run of words before it that is a known label
// ("Remitterande enhet:"), else just the word ("Tel:"), so free text before it ("Remiss från …") stays free.
function findLabels(lower: string): { start: number; end: number; kind: LabelKind }[] {
  const labels: { start: number; end: number; kind: LabelKind }[] = [];
  for (const colon of lower.matchAll(/:/g)) {
    const before = lower.slice(labels.at(-1)?.end ?? 0, colon.index);
    const words = [...before.matchAll(/\p{L}[\p{L}.\/-]*/gu)];
    const last = words.at(-1);
    if (!last || before.slice(last.index + last[0].length).trim() !== '') continue;
    const offset = colon.index - before.length;
    let label = { start: offset + last.index, kind: 'other' as LabelKind };
    for (let n = Math.min(MAX_LABEL_WORDS, words.length); n >= 1; n--) {
      const run = words.slice(-n);
      const kind = labelKind(run.map((w) => w[0]).join(' '));
      if (kind !== 'other' && spacedOnly(before, run)) {
        label = { start: offset + run[0]!.index, kind };
        break;
      }
    }
    labels.push({ ...label, end: colon.index + 1 });
  }
  return labels;
}

// Words of one label are apart by spaces only: "Uddevalla · Enhet:" is a place and a label, not one label.
function spacedOnly(text: string, run: readonly RegExpExecArray[]): boolean {
  return run.every((word, i) => i === 0 || /^\s+$/.test(text.slice(run[i - 1]!.index + run[i - 1]![0].length, word.index)));
}

function labelKind(words: string): LabelKind {
  return KNOWN_LABELS.find(([label]) => label === words)?.[1] ?? 'other';
}

function headingKind(lower: string): 'field' | 'sender' | undefined {
  const words = HEADING.exec(lower)?.[1];
  if (!words) return undefined;
  const kind = labelKind(words);
  return kind === 'field' || kind === 'sender' ? kind : undefined;
}

// Cut "till …" out of free text up to the next "från"/"avsändare", or to the end of the text.
function withoutAddressee(text: string, lower: string): string {
  const addressee = ADDRESSEE.exec(lower);
  if (!addressee) return text;
  const rest = lower.slice(addressee.index);
  const sender = SENDER_MARK.exec(rest);
  const resume = sender ? addressee.index + sender.index : text.length;
  return `${text.slice(0, addressee.index)} ${withoutAddressee(text.slice(resume), lower.slice(resume))}`.trim();
}
