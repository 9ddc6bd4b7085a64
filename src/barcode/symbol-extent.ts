import type { Box } from '../layout/types.js';
import type { GrayImage } from '../raster/gray.js';
import { growBars, estimateModule } from './bar-growth.js';
import { boundingBox, type DecodedSymbol } from './decoded-symbol.js';
import { cornersOf, darkProfile, frameFor, localThreshold, rangeOf, type FrameRange } from './symbol-frame.js';

const LINEAR_QUIET_MODULES = 10;
const MATRIX_QUIET_MODULES = 4;
const LINEAR_END_MODULES = 2;

// Everything of a decoded symbol that must go (pixels): all its bars or modules, wherever the decoder stopped,
// plus the quiet zone around them. Rotated symbols get the box around their rotated rectangle.
export function symbolExtent(image: GrayImage, symbol: DecodedSymbol): Box {
  const frame = frameFor(image, symbol.direction);
  const decoded = rangeOf(frame, symbol.points);
  const size = Math.max(symbol.box.x1 - symbol.box.x0, symbol.box.y1 - symbol.box.y0, 8);
  const threshold = localThreshold(image, grow(symbol.box, size / 2));
  const extent = symbol.linear ? linearExtent(frame, decoded, threshold) : matrixExtent(frame, decoded, threshold, symbol.modules);
  const box = boundingBox(cornersOf(frame, extent));
  return {
    x0: Math.max(0, Math.floor(box.x0)),
    y0: Math.max(0, Math.floor(box.y0)),
    x1: Math.min(image.width, Math.ceil(box.x1)),
    y1: Math.min(image.height, Math.ceil(box.y1)),
  };
}

function linearExtent(frame: ReturnType<typeof frameFor>, decoded: FrameRange, threshold: number): FrameRange {
  const bars = growBars(frame, decoded, threshold);
  const quiet = LINEAR_QUIET_MODULES * bars.module + 1;
  const ends = LINEAR_END_MODULES * bars.module + 1;
  return { u0: bars.u0 - quiet, u1: bars.u1 + quiet, v0: bars.v0 - ends, v1: bars.v1 + ends };
}

function matrixExtent(frame: ReturnType<typeof frameFor>, decoded: FrameRange, threshold: number, modules?: number): FrameRange {
  const side = Math.max(decoded.u1 - decoded.u0, decoded.v1 - decoded.v0);
  const middle = Math.round((decoded.v0 + decoded.v1) / 2);
  const module = modules ? side / modules : estimateModule(darkProfile(frame, decoded, middle, threshold));
  const quiet = MATRIX_QUIET_MODULES * module + 1;
  return { u0: decoded.u0 - quiet, u1: decoded.u1 + quiet, v0: decoded.v0 - quiet, v1: decoded.v1 + quiet };
}

function grow(box: Box, by: number): Box {
  return { x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by };
}
