import { unionBox } from '../layout/boxes.js';
import type { Box, Line } from '../layout/types.js';

export interface LineText {
  text: string;
  line: Line;
  starts: number[];
}

// A line as one string (words joined by single spaces) that remembers where each word starts.
export function toLineText(line: Line): LineText {
  const starts: number[] = [];
  let text = '';
  for (const word of line.words) {
    if (text.length > 0) text += ' ';
    starts.push(text.length);
    text += word.text;
  }
  return { text, line, starts };
}

// Indices of the words that overlap the character range [start, end).
export function wordsInRange(lineText: LineText, start: number, end: number): number[] {
  const indices: number[] = [];
  lineText.line.words.forEach((word, i) => {
    const wordStart = lineText.starts[i]!;
    if (wordStart < end && wordStart + word.text.length > start) indices.push(i);
  });
  return indices;
}

// The box over the characters [start, end): whole words, so a glued label is covered rather than missed.
export function boxOfRange(lineText: LineText, start: number, end: number): Box | undefined {
  const indices = wordsInRange(lineText, start, end);
  if (indices.length === 0) return undefined;
  return unionBox(indices.map((i) => lineText.line.words[i]!.box));
}
