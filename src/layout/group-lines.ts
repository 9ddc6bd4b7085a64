import { unionBox } from './boxes.js';
import type { Line, Word } from './types.js';

const COLUMN_GAP_HEIGHTS = 2.5;

// Text-layer items arrive in drawing order; the detector needs lines of words, one per column.
export function groupIntoLines(words: readonly Word[]): Line[] {
  const sorted = [...words].sort((a, b) => centerY(a) - centerY(b) || a.box.x0 - b.box.x0);
  const rows: Word[][] = [];
  for (const word of sorted) {
    const row = rows.find((candidate) => sameRow(candidate, word));
    if (row) row.push(word);
    else rows.push([word]);
  }
  return rows
    .flatMap((row) => splitAtGaps(row.sort((a, b) => a.box.x0 - b.box.x0)))
    .sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

// A wide horizontal gap separates columns (or a table's cells): words across it are different lines.
export function splitAtGaps(words: readonly Word[]): Line[] {
  const lines: Word[][] = [];
  for (const word of words) {
    const current = lines[lines.length - 1];
    const last = current?.[current.length - 1];
    const height = last ? Math.max(last.box.y1 - last.box.y0, word.box.y1 - word.box.y0) : 0;
    if (current && last && word.box.x0 - last.box.x1 <= height * COLUMN_GAP_HEIGHTS) current.push(word);
    else lines.push([word]);
  }
  return lines.map((line) => ({ words: line, box: unionBox(line.map((w) => w.box)) }));
}

function centerY(word: Word): number {
  return (word.box.y0 + word.box.y1) / 2;
}

function sameRow(row: readonly Word[], word: Word): boolean {
  const last = row[row.length - 1]!;
  const height = Math.min(last.box.y1 - last.box.y0, word.box.y1 - word.box.y0);
  return Math.abs(centerY(last) - centerY(word)) < height * 0.5;
}
