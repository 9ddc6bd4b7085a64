import { unionBox } from './boxes.js';
import type { Line, Word } from './types.js';

// Text-layer items arrive in drawing order; the detector needs reading-order lines of words.
export function groupIntoLines(words: readonly Word[]): Line[] {
  const sorted = [...words].sort((a, b) => centerY(a) - centerY(b) || a.box.x0 - b.box.x0);
  const lines: Word[][] = [];
  for (const word of sorted) {
    const line = lines.find((candidate) => sameLine(candidate, word));
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines
    .map((line) => line.sort((a, b) => a.box.x0 - b.box.x0))
    .map((line) => ({ words: line, box: unionBox(line.map((w) => w.box)) }))
    .sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function centerY(word: Word): number {
  return (word.box.y0 + word.box.y1) / 2;
}

function sameLine(line: readonly Word[], word: Word): boolean {
  const last = line[line.length - 1]!;
  const height = Math.min(last.box.y1 - last.box.y0, word.box.y1 - word.box.y0);
  return Math.abs(centerY(last) - centerY(word)) < height * 0.5;
}
