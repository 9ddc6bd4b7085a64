export type LabelKind =
  | 'name'
  | 'relative'
  | 'identity'
  | 'reserve'
  | 'address'
  | 'phone'
  | 'email'
  | 'birthdate'
  | 'unit'
  | 'referrer'
  | 'referrer-phone'
  | 'accession'
  | 'other';

export interface LabelHit {
  kind: LabelKind;
  start: number;
  end: number;
  /** Written with a colon; without one ("personnummer 780412-…" in running text) only a number follows. */
  colon: boolean;
}

interface LabelRule {
  kind: LabelKind;
  words: string[];
  colon: 'required' | 'optional';
}

// Field labels of Swedish referrals; the longest label at a position wins ("Remitterande enhet" over "Enhet").
const RULES: LabelRule[] = [
  { kind: 'identity', colon: 'optional', words: ['personnummer', 'personnr', 'pers\\.? ?nr', 'pnr', 'samordningsnummer', 'samordningsnr', 'födelsenummer', 'id-nr'] },
  { kind: 'reserve', colon: 'optional', words: ['reservnummer', 'reservnr', 'reserv-nr', 'res\\.? ?nr'] },
  { kind: 'name', colon: 'required', words: ['patientnamn', 'patientens namn', 'pat\\.? ?namn', 'patient', 'pat', 'namn', 'efternamn', 'förnamn', 'tilltalsnamn', 'mellannamn'] },
  { kind: 'relative', colon: 'required', words: ['närmast anhörig', 'närmaste anhörig', 'anhöriga?', 'kontaktpersoner', 'kontaktperson', 'vårdnadshavare', 'make', 'maka', 'sambo', 'god man'] },
  { kind: 'address', colon: 'required', words: ['adress', 'gatuadress', 'postadress', 'bostadsadress', 'hemadress', 'folkbokföringsadress', 'postnummer', 'postnr', 'postort', 'ort', 'c/o'] },
  { kind: 'phone', colon: 'required', words: ['telefon', 'tel', 'tfn', 'mobil', 'mobiltelefon', 'mobilnr', 'hemtelefon', 'telefonnummer', 'patientens mobil', 'patientens telefon', 'arbetstelefon'] },
  { kind: 'email', colon: 'required', words: ['e-post', 'epost', 'e-mail', 'email', 'mejl', 'e-postadress'] },
  { kind: 'birthdate', colon: 'required', words: ['födelsedatum', 'född', 'födelsedag', 'födelsedat'] },
  { kind: 'unit', colon: 'required', words: ['remitterande enhet', 'remitterande klinik', 'remitterande avdelning', 'enhet', 'avdelning', 'klinik', 'vårdenhet', 'mottagning', 'beställande enhet'] },
  { kind: 'referrer', colon: 'required', words: ['remitterande läkare', 'inremitterande läkare', 'ansvarig läkare', 'remittent', 'läkare', 'remissutfärdare', 'beställare', 'remitterande'] },
  { kind: 'referrer-phone', colon: 'required', words: ['tel/sökare', 'tel/ sökare', 'sökare', 'personsökare', 'sökarnummer', 'direktnummer', 'tel remittent', 'telefon remittent', 'remittentens telefon'] },
  { kind: 'accession', colon: 'optional', words: ['accessionsnummer', 'accessionsnr', 'acc\\.? ?nr', 'remissnummer', 'remissnr', 'undersökningsnummer', 'undersökningsnr', 'remiss-id', 'beställningsnummer'] },
  { kind: 'other', colon: 'required', words: ['begärd undersökning', 'undersökning', 'frågeställning', 'anamnes', 'diagnos', 'kön', 'ålder', 'datum', 'prioritet', 'allergi', 'allergier', 'kontrast', 'sida', 'utskriven', 'vikt', 'längd', 'kreatinin', 'egfr', 'status', 'bakgrund', 'önskad tid', 'modalitet', 'kommentar'] },
];

const LETTER = 'a-zåäöéüA-ZÅÄÖÉÜ';
// A colon ends a label even when the value follows without a space ("PATIENT:LUNDQVIST, BJÖRN").
const COMPILED = RULES.map((rule) => ({
  kind: rule.kind,
  pattern: new RegExp(
    `(?<![${LETTER}0-9])(?:${rule.words.map(toleratingOcr).join('|')})${rule.colon === 'required' ? '\\s?:' : `(?:\\s?:|(?:\\s?\\.)?(?![${LETTER}]))`}`,
    'giu',
  ),
}));

// OCR often loses the dots and rings of å, ä and ö ("Tel/s6kare", "Vardcentralen").
function toleratingOcr(word: string): string {
  const classes: Record<string, string> = { ö: '[öo6ó0]', ä: '[äaå]', å: '[åaä]' };
  return word.replace(/[öäå]/g, (letter) => classes[letter]!);
}

const WHOLE_CELL = RULES.map((rule) => ({
  kind: rule.kind,
  pattern: new RegExp(`^\\s*(?:${rule.words.map(toleratingOcr).join('|')})\\s*:?\\s*$`, 'iu'),
}));

// Every field label in a line of text, left to right, without overlaps. A table cell holding only a
// label ("Personnummer" in a label column) is a label even without its colon.
export function findLabels(text: string): LabelHit[] {
  const cell = WHOLE_CELL.find(({ pattern }) => pattern.test(text));
  if (cell) return [{ kind: cell.kind, start: text.length - text.trimStart().length, end: text.trimEnd().length, colon: true }];
  const hits: LabelHit[] = [];
  for (const { kind, pattern } of COMPILED) {
    for (const match of text.matchAll(pattern)) {
      hits.push({ kind, start: match.index, end: match.index + match[0].length, colon: match[0].includes(':') });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LabelHit[] = [];
  for (const hit of hits) {
    const previous = kept[kept.length - 1];
    if (previous && hit.start < previous.end) continue;
    kept.push(hit);
  }
  return kept;
}

const PATIENT_HEADING = /^(patient(uppgifter|data|information|etikett)?|etikett|personuppgifter|anhöriga?|kontaktpersoner?|närmast(e)? anhörig)\s*:?$/iu;
const REFERRER_HEADING = /^(remittent|remitterande|remissutfärdare|beställare|avsändare|inremitterande)(\s+\S+)?\s*:?$/iu;
const SIGNATURE =
  /^(med vänliga? hälsninga?r?|vänliga hälsningar|hälsningar|mvh)(?!\p{L})|(?<!\p{L})(leg\. ?läkare|st-läkare|at-läkare|överläkare|specialistläkare|underläkare|distriktsläkare)(?!\p{L})/iu;
const NEUTRAL_HEADING = /^(undersökning|begärd undersökning|frågeställning|anamnes|klinisk information|bakgrund|tidigare undersökningar|status|diagnos|remissinformation)\s*:?$/iu;

export type BlockContext = 'patient' | 'referrer' | 'neutral';

// A letter's closing or a signature title ("Med vänlig hälsning", "leg. läkare"): the referrer signs here.
export function isSignature(text: string): boolean {
  return SIGNATURE.test(text.trim());
}

// A heading line that opens a block of the form, or undefined for an ordinary line.
export function headingContext(text: string): BlockContext | undefined {
  const trimmed = text.trim();
  if (PATIENT_HEADING.test(trimmed)) return 'patient';
  if (REFERRER_HEADING.test(trimmed) || SIGNATURE.test(trimmed)) return 'referrer';
  if (NEUTRAL_HEADING.test(trimmed)) return 'neutral';
  return undefined;
}
