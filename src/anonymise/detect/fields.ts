import type { Line } from '../../layout/types.js';
import { findLabels, headingContext, type BlockContext, type LabelKind } from './labels.js';
import { toLineText, type LineText } from './line-text.js';

export interface Field {
  kind: LabelKind;
  context: BlockContext;
  lineText: LineText;
  start: number;
  end: number;
  value: string;
}

export interface ReadLine {
  lineText: LineText;
  context: BlockContext;
  fields: Field[];
}

const PATIENT_LABELS = new Set<LabelKind>(['name', 'identity', 'reserve', 'relative', 'address', 'birthdate']);
const REFERRER_LABELS = new Set<LabelKind>(['referrer', 'referrer-phone', 'unit']);

// Read a page's lines as label → value fields, tracking whether each line belongs to the patient or the referrer.
export function readFields(lines: readonly Line[], initial: BlockContext, valuesBelow: boolean): { lines: ReadLine[]; context: BlockContext } {
  let block = initial;
  const texts = lines.map(toLineText);
  const read: ReadLine[] = [];
  texts.forEach((lineText, index) => {
    const heading = headingContext(lineText.text);
    if (heading) block = heading;
    const labels = findLabels(lineText.text);
    const fields: Field[] = [];
    let lineContext = block;
    labels.forEach((label, i) => {
      if (PATIENT_LABELS.has(label.kind)) lineContext = 'patient';
      if (REFERRER_LABELS.has(label.kind)) lineContext = 'referrer';
      if (label.kind === 'other') lineContext = 'neutral';
      const end = labels[i + 1]?.start ?? lineText.text.length;
      const field = valueOf(lineText, label.end, end) ?? (valuesBelow ? valueBelow(label, lineText, texts[index + 1]) : undefined);
      if (field) fields.push({ ...field, kind: label.kind, context: lineContext });
    });
    if (labels.length > 0) block = lineContext;
    read.push({ lineText, context: lineContext, fields });
  });
  return { lines: read, context: block };
}

// The value between a label and the next one, without the stray marks OCR reads from specks around it.
function valueOf(lineText: LineText, from: number, to: number): Omit<Field, 'kind' | 'context'> | undefined {
  const raw = lineText.text.slice(from, to);
  const words = raw.split(' ');
  const meaningful = (word: string) => /[\p{L}\d]/u.test(word);
  const first = words.findIndex(meaningful);
  if (first < 0) return undefined;
  const last = words.length - 1 - [...words].reverse().findIndex(meaningful);
  const start = from + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
  const value = words.slice(first, last + 1).join(' ');
  return { lineText, start, end: start + value.length, value };
}

// A label standing alone (table layout): its value is the text just below it.
function valueBelow(label: { start: number; kind: LabelKind }, lineText: LineText, below: LineText | undefined): Omit<Field, 'kind' | 'context'> | undefined {
  if (!below) return undefined;
  const labelWord = lineText.line.words.find((_, i) => lineText.starts[i]! >= label.start) ?? lineText.line.words[0]!;
  const gap = below.line.box.y0 - lineText.line.box.y1;
  const height = lineText.line.box.y1 - lineText.line.box.y0;
  if (gap > height * 1.5) return undefined;
  const startIndex = below.line.words.findIndex((word) => word.box.x1 > labelWord.box.x0 - 2);
  if (startIndex < 0) return undefined;
  const start = below.starts[startIndex]!;
  const nextLabel = findLabels(below.text).find((hit) => hit.start >= start);
  const end = nextLabel?.start ?? below.text.length;
  const value = below.text.slice(start, end).trim();
  return value === '' || findLabels(value).some((hit) => hit.start === 0) ? undefined : { lineText: below, start, end: start + value.length, value };
}
