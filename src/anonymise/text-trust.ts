import { growBox, overlapRatio } from '../layout/boxes.js';
import type { Word } from '../layout/types.js';
import type { InkLayers } from '../pdf/render-layers.js';
import { inkInBox } from '../raster/layer-mask.js';

export interface TextTrust {
  /** Text-layer words that are drawn where they say and read as they say: they explain their ink. */
  trusted: Word[];
  /** Words the pixels contradict, that are drawn invisibly, or that carry no readable character. */
  untrusted: Word[];
  /** Trusted words OCR read the same way: two readings of those pixels agree (the rest were not checked). */
  agreed: Word[];
}

const CONFIDENT_OCR = 75;
/** Text-layer word boxes are estimated from font metrics; glyphs may sit a little outside them. */
const BOX_SLACK_PT = 1.5;
const AGREEING_SIMILARITY = 0.5;
const MIN_CHECKED_FOR_PAGE_VERDICT = 4;
const BROKEN_MAPPING_SHARE = 0.5;
// Characters a font without a usable Unicode map produces: private use, replacement and control characters.
const UNMAPPED = /[\p{Co}\p{Cc}\uFFFD]/u;

/**
 * Trust the text layer only where it agrees with the pixels. A font without a usable ToUnicode map, or the
 * invisible OCR text a copier lays under a scan, makes the text layer say something other than what is printed.
 */
export function judgeTextLayer(words: readonly Word[], ocrWords: readonly Word[], layers: InkLayers): TextTrust {
  const verdicts = words.map((word) => verdictOf(word, ocrWords, layers));
  const checked = verdicts.filter((v) => v === 'agrees' || v === 'contradicted').length;
  const contradicted = verdicts.filter((v) => v === 'contradicted').length;
  const mappingBroken = checked >= MIN_CHECKED_FOR_PAGE_VERDICT && contradicted / checked > BROKEN_MAPPING_SHARE;
  const trusted: Word[] = [];
  const untrusted: Word[] = [];
  words.forEach((word, i) => {
    const ok = !mappingBroken && (verdicts[i] === 'agrees' || verdicts[i] === 'unchecked');
    (ok ? trusted : untrusted).push(word);
  });
  const agreed = mappingBroken ? [] : words.filter((_, i) => verdicts[i] === 'agrees');
  return { trusted, untrusted, agreed };
}

type Verdict = 'agrees' | 'contradicted' | 'unchecked' | 'invisible' | 'unreadable';

function verdictOf(word: Word, ocrWords: readonly Word[], layers: InkLayers): Verdict {
  if (UNMAPPED.test(word.text) || word.text.trim() === '') return 'unreadable';
  if (!inkInBox(layers.text, layers.dpi, growBox(word.box, BOX_SLACK_PT))) return 'invisible';
  const text = normalise(word.text);
  if (text.length === 0) return 'unchecked';
  const over = ocrWords.filter((ocr) => overlapRatio(ocr.box, word.box) > 0.5);
  const readings = over.map((ocr) => normalise(ocr.text));
  // Reading the very same characters agrees, however short; a one-character reading is too weak to contradict.
  if (readings.some((reading) => reading === text || (reading.length >= 2 && agrees(reading, text)))) return 'agrees';
  return over.some((ocr, i) => readings[i]!.length >= 2 && ocr.confidence >= CONFIDENT_OCR) ? 'contradicted' : 'unchecked';
}

function agrees(ocr: string, text: string): boolean {
  if (ocr.includes(text) || text.includes(ocr)) return true;
  return 1 - editDistance(ocr, text) / Math.max(ocr.length, text.length) >= AGREEING_SIMILARITY;
}

// Letters and digits only, lower case: punctuation and spacing differ between a text layer and OCR.
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
