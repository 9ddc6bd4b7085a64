import type { GrayImage } from '../raster/gray.js';
import type { Point } from './decoded-symbol.js';

/** A symbol's own axes: u along the reading direction, v across it (down the bars of a 1-D code). */
export interface SymbolFrame {
  image: GrayImage;
  u: Point;
  v: Point;
}

export interface FrameRange {
  u0: number;
  u1: number;
  v0: number;
  v1: number;
}

// Axes for a symbol read in `direction`, so rotated and skewed codes are followed along their own bars.
export function frameFor(image: GrayImage, direction: Point): SymbolFrame {
  return { image, u: direction, v: { x: -direction.y, y: direction.x } };
}

// The decoder's points in the symbol's axes.
export function rangeOf(frame: SymbolFrame, points: readonly Point[]): FrameRange {
  const us = points.map((p) => p.x * frame.u.x + p.y * frame.u.y);
  const vs = points.map((p) => p.x * frame.v.x + p.y * frame.v.y);
  return { u0: Math.min(...us), u1: Math.max(...us), v0: Math.min(...vs), v1: Math.max(...vs) };
}

// The pixel at frame coordinates (u, v); outside the image counts as paper.
export function sampleAt(frame: SymbolFrame, u: number, v: number): number {
  const x = Math.round(u * frame.u.x + v * frame.v.x);
  const y = Math.round(u * frame.u.y + v * frame.v.y);
  const { image } = frame;
  if (x < 0 || y < 0 || x >= image.width || y >= image.height) return 255;
  return image.pixels[y * image.width + x]!;
}

// One line of the symbol across u at height v, binarised: true where ink.
export function darkProfile(frame: SymbolFrame, range: FrameRange, v: number, threshold: number, shift = 0): boolean[] {
  const profile: boolean[] = [];
  for (let u = Math.floor(range.u0); u <= Math.ceil(range.u1); u++) profile.push(sampleAt(frame, u + shift, v) < threshold);
  return profile;
}

// The image-space corners of a frame rectangle.
export function cornersOf(frame: SymbolFrame, range: FrameRange): Point[] {
  const at = (u: number, v: number) => ({ x: u * frame.u.x + v * frame.v.x, y: u * frame.u.y + v * frame.v.y });
  return [at(range.u0, range.v0), at(range.u1, range.v0), at(range.u1, range.v1), at(range.u0, range.v1)];
}

// Ink/paper cut from the local paper level, low enough that faint or worn bars still count as ink.
export function localThreshold(image: GrayImage, area: { x0: number; y0: number; x1: number; y1: number }): number {
  const histogram = new Uint32Array(256);
  const x0 = Math.max(0, Math.floor(area.x0));
  const x1 = Math.min(image.width - 1, Math.ceil(area.x1));
  const y0 = Math.max(0, Math.floor(area.y0));
  const y1 = Math.min(image.height - 1, Math.ceil(area.y1));
  let count = 0;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      histogram[image.pixels[y * image.width + x]!]!++;
      count++;
    }
  }
  const paper = percentile(histogram, count, 0.9);
  const ink = percentile(histogram, count, 0.05);
  return paper - Math.max(20, (paper - ink) * 0.3);
}

function percentile(histogram: Uint32Array, count: number, fraction: number): number {
  let seen = 0;
  for (let value = 0; value < 256; value++) {
    seen += histogram[value]!;
    if (seen >= count * fraction) return value;
  }
  return 255;
}
