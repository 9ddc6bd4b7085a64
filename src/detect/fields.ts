import type { Line } from '../layout/types.js';
import { findLabels, headingContext, isSignature, type BlockContext, type LabelHit, type LabelKind } from './labels.js';
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

interface Segment {
  lineText: LineText;
  labels: LabelHit[];
  /** The block this line opens or belongs to by its own heading or labels, if it says. */
  marks?: BlockContext;
  /** How far below (in line heights) the mark still applies: a signature covers only its few lines. */
  reach: number;
}

const PATIENT_LABELS = new Set<LabelKind>(['name', 'identity', 'reserve', 'relative', 'address', 'birthdate']);
const REFERRER_LABELS = new Set<LabelKind>(['referrer', 'referrer-phone', 'unit']);
const SAME_COLUMN_PT = 20;
const BLOCK_REACH = 14;
const SIGNATURE_REACH = 4;
const VALUE_RIGHT_HEIGHTS = 20;

/**
 * Read a page's lines as label → value fields. Each line belongs to the patient, the referrer or neither:
 * by its own labels, else by the nearest heading or labelled line above it in the same column.
 */
export function readFields(lines: readonly Line[], initial: BlockContext, valuesBelow: boolean): { lines: ReadLine[]; context: BlockContext } {
  const segments: Segment[] = lines.map((line) => {
    const lineText = toLineText(line);
    const labels = findLabels(lineText.text);
    const reach = isSignature(lineText.text) ? SIGNATURE_REACH : BLOCK_REACH;
    return { lineText, labels, marks: headingContext(lineText.text) ?? contextOfLabels(labels), reach };
  });
  const read = segments.map((segment) => {
    let context = segment.marks ?? contextAbove(segment, segments) ?? initial;
    const fields: Field[] = [];
    segment.labels.forEach((label, i) => {
      context = contextOfLabels([label]) ?? context;
      const end = label.colon ? (segment.labels[i + 1]?.start ?? segment.lineText.text.length) : numberEnd(segment.lineText.text, label.end);
      const value =
        valueOf(segment.lineText, label.end, end) ??
        (valuesBelow && label.colon ? valueRight(segment, segments) ?? valueBelow(label, segment.lineText, segments) : undefined);
      if (value) fields.push({ ...value, kind: label.kind, context });
    });
    return { lineText: segment.lineText, context, fields };
  });
  const lowest = [...segments].filter((s) => s.marks).sort((a, b) => a.lineText.line.box.y0 - b.lineText.line.box.y0).pop();
  return { lines: read, context: lowest?.marks ?? initial };
}

// Without a colon a label is just a word in a sentence: its value is the code or number right after it.
function numberEnd(text: string, from: number): number {
  const match = /^(\s*(?:[\w+-]*\d[\w+-]*|\p{Lu}{1,3}))+/u.exec(text.slice(from));
  return match && /\d/.test(match[0]) ? from + match[0].length : from;
}

function contextOfLabels(labels: readonly LabelHit[]): BlockContext | undefined {
  let context: BlockContext | undefined;
  for (const label of labels) {
    if (PATIENT_LABELS.has(label.kind)) context = 'patient';
    if (REFERRER_LABELS.has(label.kind)) context = 'referrer';
    if (label.kind === 'other') context = 'neutral';
  }
  return context;
}

// The nearest marked line above, preferring the column this line starts in.
function contextAbove(segment: Segment, segments: readonly Segment[]): BlockContext | undefined {
  const box = segment.lineText.line.box;
  const height = box.y1 - box.y0;
  const above = segments.filter(
    (s) =>
      s.marks &&
      s !== segment &&
      s.lineText.line.box.y1 <= box.y0 + 2 &&
      box.y0 - s.lineText.line.box.y1 <= s.reach * height &&
      s.lineText.line.box.x0 <= box.x0 + SAME_COLUMN_PT,
  );
  if (above.length === 0) return undefined;
  const column = Math.max(...above.map((s) => s.lineText.line.box.x0));
  const inColumn = above.filter((s) => s.lineText.line.box.x0 >= column - SAME_COLUMN_PT);
  return inColumn.sort((a, b) => b.lineText.line.box.y1 - a.lineText.line.box.y1)[0]!.marks;
}

// The value between a label and the next one, without the stray marks OCR reads from specks around it.
function valueOf(lineText: LineText, from: number, to: number): Omit<Field, 'kind' | 'context'> | undefined {
  const words = lineText.text.slice(from, to).split(' ');
  const meaningful = (word: string) => /[\p{L}\d]/u.test(word);
  const first = words.findIndex(meaningful);
  if (first < 0) return undefined;
  const last = words.length - 1 - [...words].reverse().findIndex(meaningful);
  const start = from + words.slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
  const value = words.slice(first, last + 1).join(' ');
  return { lineText, start, end: start + value.length, value };
}

// A label ending its line (a table row): the value is the nearest unlabelled line to its right on the same row,
// within a table's reach (a sticker pasted far right of a heading is not its value).
function valueRight(segment: Segment, segments: readonly Segment[]): Omit<Field, 'kind' | 'context'> | undefined {
  const box = segment.lineText.line.box;
  const middle = (box.y0 + box.y1) / 2;
  const reach = box.x1 + VALUE_RIGHT_HEIGHTS * (box.y1 - box.y0);
  const right = segments
    .filter((s) => s.lineText.line.box.x0 > box.x1 && s.lineText.line.box.x0 <= reach && s.lineText.line.box.y0 < middle && s.lineText.line.box.y1 > middle)
    .sort((a, b) => a.lineText.line.box.x0 - b.lineText.line.box.x0)[0];
  if (!right || right.labels[0]?.start === 0) return undefined;
  return valueOf(right.lineText, 0, right.labels[0]?.start ?? right.lineText.text.length);
}

// A label standing alone over its value (a form with values below the labels).
function valueBelow(label: LabelHit, lineText: LineText, segments: readonly Segment[]): Omit<Field, 'kind' | 'context'> | undefined {
  const box = lineText.line.box;
  const height = box.y1 - box.y0;
  const labelWord = lineText.line.words.find((_, i) => lineText.starts[i]! >= label.start) ?? lineText.line.words[0]!;
  const below = segments
    .filter((s) => s.lineText.line.box.y0 >= box.y1 - 1 && s.lineText.line.box.y0 - box.y1 <= height * 1.5)
    .filter((s) => s.lineText.line.box.x1 > labelWord.box.x0 && s.lineText.line.box.x0 < box.x1 + height)
    .sort((a, b) => a.lineText.line.box.y0 - b.lineText.line.box.y0)[0];
  if (!below || below.labels[0]?.start === 0) return undefined;
  return valueOf(below.lineText, 0, below.labels[0]?.start ?? below.lineText.text.length);
}
