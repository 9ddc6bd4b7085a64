import { darkProfile, sampleAt, type FrameRange, type SymbolFrame } from './symbol-frame.js';

const SEGMENTS = 4;
const MIN_AGREEMENT = 0.8;

// The width of one module, from the runs of a line across the symbol; blurred edges shorten the narrow runs,
// so half the mean run (about one module for Code128) is the floor.
export function estimateModule(profile: readonly boolean[]): number {
  const runs: number[] = [];
  let length = 1;
  for (let i = 1; i < profile.length; i++) {
    if (profile[i] === profile[i - 1]) length++;
    else {
      runs.push(length);
      length = 1;
    }
  }
  const inner = runs.slice(1);
  if (inner.length < 4) return Math.max(1, profile.length / 30);
  inner.sort((a, b) => a - b);
  const mean = inner.reduce((sum, run) => sum + run, 0) / inner.length;
  return Math.max(1, inner[Math.floor(inner.length / 4)]!, mean / 2);
}

// A 1-D code's full extent: out to its outermost bars, and up and down for as long as the bar pattern continues,
// bridging faint, broken or covered rows.
export function growBars(frame: SymbolFrame, decoded: FrameRange, threshold: number): FrameRange & { module: number } {
  const middle = Math.round((decoded.v0 + decoded.v1) / 2);
  const first = darkProfile(frame, decoded, middle, threshold);
  const module = estimateModule(first);
  const range = { ...decoded, ...widenToBars(frame, decoded, middle, threshold, module) };
  const reference = darkProfile(frame, range, middle, threshold);
  const gapLimit = Math.max(4, Math.round(6 * module));
  const lastRow = (step: 1 | -1) => followBars(frame, range, reference, middle, step, threshold, gapLimit);
  return { ...range, v0: Math.min(decoded.v0, lastRow(-1)), v1: Math.max(decoded.v1, lastRow(1)), module };
}

function widenToBars(frame: SymbolFrame, range: FrameRange, v: number, threshold: number, module: number): { u0: number; u1: number } {
  const reach = Math.ceil(2 * module) + 1;
  const outermost = (start: number, step: 1 | -1) => {
    let edge = start;
    for (let u = start + step; Math.abs(u - edge) <= reach; u += step) {
      if (sampleAt(frame, u, v) < threshold) edge = u;
    }
    return edge;
  };
  return { u0: outermost(Math.floor(range.u0), -1), u1: outermost(Math.ceil(range.u1), 1) };
}

// Walk away from the reference line; rows of solid ink (a box or marker over the bars) neither match nor end the walk.
function followBars(frame: SymbolFrame, range: FrameRange, reference: boolean[], start: number, step: 1 | -1, threshold: number, gapLimit: number): number {
  let last = start;
  let drift = 0;
  let gap = 0;
  let solid = 0;
  const solidLimit = Math.round(range.u1 - range.u0);
  for (let v = start + step; gap <= gapLimit && solid <= solidLimit; v += step) {
    const row = darkProfile(frame, { ...range, u1: range.u1 + 2 }, v, threshold, drift - 1);
    const dark = row.filter(Boolean).length / row.length;
    if (dark >= 0.9) {
      solid++;
      continue;
    }
    const shift = bestShift(row, reference);
    if (shift === undefined) {
      gap++;
      continue;
    }
    drift += shift - 1;
    last = v;
    gap = 0;
  }
  return last;
}

// Which of three offsets (0, 1, 2 into `row`) lines the row up with the reference in some quarter of the symbol.
function bestShift(row: readonly boolean[], reference: readonly boolean[]): number | undefined {
  const size = Math.ceil(reference.length / SEGMENTS);
  let best: { shift: number; agreement: number } | undefined;
  for (let s = 0; s < SEGMENTS; s++) {
    const from = s * size;
    const to = Math.min(reference.length, from + size);
    const wanted = Math.max(3, transitions(reference, from, to) / 2);
    for (let shift = 0; shift <= 2; shift++) {
      let same = 0;
      let changes = 0;
      for (let i = from; i < to; i++) {
        if (row[i + shift] === reference[i]) same++;
        if (i > from && row[i + shift] !== row[i + shift - 1]) changes++;
      }
      const agreement = same / Math.max(1, to - from);
      if (changes >= wanted && agreement >= MIN_AGREEMENT && (!best || agreement > best.agreement)) best = { shift, agreement };
    }
  }
  return best?.shift;
}

function transitions(profile: readonly boolean[], from: number, to: number): number {
  let count = 0;
  for (let i = from + 1; i < to; i++) if (profile[i] !== profile[i - 1]) count++;
  return count;
}
