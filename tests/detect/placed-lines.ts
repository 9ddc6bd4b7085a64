import { detectDocument } from '../../src/detect/detect-document.js';
import type { Line } from '../../src/layout/types.js';

// One line of words placed on the page like a text layer or OCR would report it: x, y of its top left in points,
// 0.6 × size per character, words one space apart.
export function lineAt(x: number, y: number, text: string, size = 10): Line {
  let left = x;
  const words = text.split(' ').filter(Boolean).map((word) => {
    const box = { x0: left, y0: y, x1: left + word.length * size * 0.6, y1: y + size };
    left = box.x1 + size * 0.4;
    return { text: word, box, confidence: 95 };
  });
  return { words, box: { x0: x, y0: y, x1: words[words.length - 1]!.box.x1, y1: y + size } };
}

// Lines stacked in one column from (x, y), one line height of 14 pt apart: a label, a header block, a paragraph.
export function blockAt(x: number, y: number, ...texts: string[]): Line[] {
  return texts.map((text, row) => lineAt(x, y + row * 14, text));
}

// The words a detection over these lines would black out (the word lies inside some finding's box).
export function removedWords(lines: Line[], source: 'text' | 'ocr' = 'text'): string[] {
  const { findings } = detectDocument([{ page: 1, source, lines }]);
  return lines.flatMap((line) =>
    line.words
      .filter((word) => findings.some((f) => word.box.x0 >= f.box.x0 && word.box.x1 <= f.box.x1 && word.box.y0 >= f.box.y0 && word.box.y1 <= f.box.y1))
      .map((word) => word.text),
  );
}
