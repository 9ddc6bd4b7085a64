import type { Box } from '../layout/types.js';

export interface Point {
  x: number;
  y: number;
}

/** One symbol a decoder read, in pixels of the image it was given. */
export interface DecodedSymbol {
  format: string;
  content: string;
  /** Axis-aligned box around what the decoder reported (pixels); not yet the symbol's full extent. */
  box: Box;
  /** What the decoder located: the 4 corners (zxing, zbar 2-D) or the ends of each decoded scan line (zbar 1-D). */
  points: Point[];
  /** Unit vector of the reading direction: along the bars' succession for 1-D, along the top edge for 2-D. */
  direction: Point;
  linear: boolean;
  /** Modules across, when the decoder knows (2-D grids). */
  modules?: number;
}

const TWO_D = /qr|datamatrix|data_matrix|aztec|pdf417|maxicode|sqcode|dotcode|hanxin/i;

// 2-D symbols need their whole square removed; linear ones need the full bar height.
export function isLinearFormat(format: string): boolean {
  return !TWO_D.test(format);
}

// The decoder's points as a box, for callers that only need where a symbol roughly is.
export function boundingBox(points: readonly Point[]): Box {
  return {
    x0: Math.min(...points.map((p) => p.x)),
    y0: Math.min(...points.map((p) => p.y)),
    x1: Math.max(...points.map((p) => p.x)),
    y1: Math.max(...points.map((p) => p.y)),
  };
}
