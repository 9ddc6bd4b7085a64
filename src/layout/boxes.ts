import type { Box, Line } from './types.js';

// The smallest box holding all given boxes.
export function unionBox(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

// Grow a box by a margin on every side.
export function growBox(box: Box, margin: number): Box {
  return { x0: box.x0 - margin, y0: box.y0 - margin, x1: box.x1 + margin, y1: box.y1 + margin };
}

// Share of the smaller box covered by the other; used to merge findings of two sources.
export function overlapRatio(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
  return smaller > 0 ? (w * h) / smaller : 0;
}

// A line read from a crop, moved by (dx, dy) points back to where the crop came from on the page.
export function shiftLine(line: Line, dx: number, dy: number): Line {
  const move = (box: Box): Box => ({ x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy });
  return { ...line, box: move(line.box), words: line.words.map((word) => ({ ...word, box: move(word.box) })) };
}
