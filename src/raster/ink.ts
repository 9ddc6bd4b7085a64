import { unionBox } from '../layout/boxes.js';
import type { Box } from '../layout/types.js';
import type { GrayImage } from './gray.js';

export interface InkAnalysis {
  /** Share of the page with ink that no recognised word, code or dense region accounts for. */
  unexplained: number;
  /** Solid clusters of ink no recognised text explains (codes, stickers, images, stamps), in points. */
  denseRegions: Box[];
  /** Every cluster of unexplained ink at least two tiles across: text OCR may have skipped, in points. */
  clusters: Box[];
}

const TILE_MM = 3;
const DENSE_SHARE = 0.25;
const INKED_SHARE = 0.08;
const MIN_SPAN_TILES = 2;

/**
 * Find the marks nobody could read. Dense clusters are returned as regions to black out (a damaged barcode,
 * a photo of a label); scattered leftovers add up to `unexplained`, which fails a page that is too unclear.
 * With a `scope` (one flag per pixel), only ink inside it counts: what only OCR can read.
 */
export function analyseInk(image: GrayImage, dpi: number, explained: readonly Box[], scope?: Uint8Array): InkAnalysis {
  const dark = darkMask(image, scope);
  clearBoxes(dark, image, dpi, explained);
  const tile = Math.max(8, Math.round((TILE_MM / 25.4) * dpi));
  const columns = Math.ceil(image.width / tile);
  const rows = Math.ceil(image.height / tile);
  const dense = new Uint8Array(columns * rows);
  const inked = new Uint8Array(columns * rows);
  for (let ty = 0; ty < rows; ty++) {
    for (let tx = 0; tx < columns; tx++) {
      let count = 0;
      let area = 0;
      for (let y = ty * tile; y < Math.min(image.height, (ty + 1) * tile); y++) {
        for (let x = tx * tile; x < Math.min(image.width, (tx + 1) * tile); x++) {
          count += dark[y * image.width + x]!;
          area++;
        }
      }
      dense[ty * columns + tx] = count / area >= DENSE_SHARE ? 1 : 0;
      inked[ty * columns + tx] = count / area >= INKED_SHARE ? 1 : 0;
    }
  }
  const toPoints = 72 / dpi;
  const toBox = ({ xs, ys }: { xs: number[]; ys: number[] }): Box => ({
    x0: Math.min(...xs) * tile * toPoints,
    y0: Math.min(...ys) * tile * toPoints,
    x1: Math.min(image.width, (Math.max(...xs) + 1) * tile) * toPoints,
    y1: Math.min(image.height, (Math.max(...ys) + 1) * tile) * toPoints,
  });
  const cellsOf = (cells: number[]) => ({ xs: cells.map((c) => c % columns), ys: cells.map((c) => Math.floor(c / columns)) });
  const clusters = components(inked, columns, rows)
    .map(cellsOf)
    .filter(({ xs }) => span(xs) >= MIN_SPAN_TILES)
    .map(toBox);
  const cores = components(dense, columns, rows)
    .map(cellsOf)
    .filter(({ xs, ys }) => span(xs) >= MIN_SPAN_TILES && span(ys) >= MIN_SPAN_TILES)
    .map(toBox);
  const reach = ((2 * tile) / dpi) * 72;
  const denseRegions = mergeNear(
    cores.map((core) => unionBox([core, ...clusters.filter((cluster) => overlaps(cluster, core, 0))])),
    reach,
  );
  clearBoxes(dark, image, dpi, denseRegions);
  let left = 0;
  for (let i = 0; i < dark.length; i++) left += dark[i]!;
  return { unexplained: left / image.pixels.length, denseRegions, clusters };
}

// Fragments of one mark (a torn barcode) close to each other become one region.
function mergeNear(boxes: Box[], reach: number): Box[] {
  const merged = [...boxes];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < merged.length && !changed; i++) {
      for (let j = i + 1; j < merged.length && !changed; j++) {
        if (overlaps(merged[i]!, merged[j]!, reach)) {
          merged[i] = unionBox([merged[i]!, merged[j]!]);
          merged.splice(j, 1);
          changed = true;
        }
      }
    }
  }
  return merged;
}

function overlaps(a: Box, b: Box, reach: number): boolean {
  return a.x0 - reach <= b.x1 && b.x0 - reach <= a.x1 && a.y0 - reach <= b.y1 && b.y0 - reach <= a.y1;
}

function span(values: number[]): number {
  return Math.max(...values) - Math.min(...values) + 1;
}

function darkMask(image: GrayImage, scope: Uint8Array | undefined): Uint8Array {
  const threshold = paperLevel(image) - 70;
  const mask = new Uint8Array(image.width * image.height);
  for (let i = 0; i < mask.length; i++) mask[i] = image.pixels[i]! < threshold && (!scope || scope[i]) ? 1 : 0;
  return mask;
}

function clearBoxes(mask: Uint8Array, image: GrayImage, dpi: number, explained: readonly Box[]): void {
  const scale = dpi / 72;
  for (const box of explained) {
    const x0 = Math.max(0, Math.floor(box.x0 * scale) - 2);
    const x1 = Math.min(image.width, Math.ceil(box.x1 * scale) + 2);
    if (x1 <= x0) continue;
    for (let y = Math.max(0, Math.floor(box.y0 * scale) - 2); y < Math.min(image.height, Math.ceil(box.y1 * scale) + 2); y++) {
      mask.fill(0, y * image.width + x0, y * image.width + x1);
    }
  }
}

// The paper's own tone: the 90th percentile of luminance, so grey scans and white pages both work.
function paperLevel(image: GrayImage): number {
  const histogram = new Uint32Array(256);
  for (let i = 0; i < image.pixels.length; i += 3) histogram[image.pixels[i]!]!++;
  const target = Math.ceil((image.pixels.length / 3) * 0.1);
  let seen = 0;
  for (let level = 255; level >= 0; level--) {
    seen += histogram[level]!;
    if (seen >= target) return level;
  }
  return 255;
}

function components(cells: Uint8Array, columns: number, rows: number): number[][] {
  const seen = new Uint8Array(cells.length);
  const groups: number[][] = [];
  for (let start = 0; start < cells.length; start++) {
    if (!cells[start] || seen[start]) continue;
    const group: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const cell = stack.pop()!;
      group.push(cell);
      const x = cell % columns;
      const y = Math.floor(cell / columns);
      for (const [nx, ny] of [[x + 1, y], [x - 1, y], [x, y + 1], [x, y - 1]] as const) {
        const next = ny * columns + nx;
        if (nx >= 0 && ny >= 0 && nx < columns && ny < rows && cells[next] && !seen[next]) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    groups.push(group);
  }
  return groups;
}
