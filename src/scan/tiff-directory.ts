import type { InputRejectedError } from '../errors.js';
import { rejectScan } from './reject.js';
import { message } from '../messages.js';

/** The tags of one TIFF page, keyed the way UTIF.js reads them ("t256" = ImageWidth); rationals as numbers. */
export type TiffTags = Record<string, number[]>;

const TYPE_SIZES: Record<number, number> = { 1: 1, 3: 2, 4: 4, 5: 8 };
const USED_TAGS = new Set([254, 256, 257, 258, 259, 262, 266, 273, 274, 277, 278, 279, 282, 283, 284, 292, 296, 317, 320, 322, 324, 338]);
const REDUCED_IMAGE = 1;

// Our own bounded IFD walk: a cyclic chain or a count running past the file must be a rejection, never a hang.
export function readTiffPages(data: Uint8Array, maxPages: number): TiffTags[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const littleEndian = data[0] === 0x49;
  const u16 = (at: number): number => view.getUint16(at, littleEndian);
  const u32 = (at: number): number => view.getUint32(at, littleEndian);
  if (data.length < 8) throw tiffDamaged('too-short');
  if (u16(2) === 43) throw rejectScan('unreadable', 'tiff-big');
  const pages: TiffTags[] = [];
  const visited = new Set<number>();
  for (let offset = u32(4); offset !== 0; ) {
    if (visited.has(offset) || offset + 2 > data.length) throw tiffDamaged('broken-directory');
    visited.add(offset);
    const count = u16(offset);
    const next = offset + 2 + count * 12;
    if (next + 4 > data.length) throw tiffDamaged('cut-directory');
    const tags = readEntries(view, offset + 2, count, littleEndian);
    if (((tags.t254?.[0] ?? 0) & REDUCED_IMAGE) === 0) pages.push(tags);
    if (pages.length > maxPages) {
      throw rejectScan('too-many-pages', 'tiff-too-many-pages', { maxPages });
    }
    offset = u32(next);
  }
  if (pages.length === 0) throw rejectScan('no-pages', 'tiff-no-pages');
  return pages;
}

function readEntries(view: DataView, start: number, count: number, littleEndian: boolean): TiffTags {
  const tags: TiffTags = {};
  for (let i = 0; i < count; i++) {
    const at = start + i * 12;
    const tag = view.getUint16(at, littleEndian);
    const type = view.getUint16(at + 2, littleEndian);
    const size = TYPE_SIZES[type];
    if (size === undefined || !USED_TAGS.has(tag)) continue;
    const length = view.getUint32(at + 4, littleEndian);
    const base = length * size <= 4 ? at + 8 : view.getUint32(at + 8, littleEndian);
    if (base + length * size > view.byteLength) throw tiffDamaged('entry-outside');
    tags[`t${tag}`] = Array.from({ length }, (_, j) => readValue(view, type, base + j * size, littleEndian));
  }
  return tags;
}

function readValue(view: DataView, type: number, at: number, littleEndian: boolean): number {
  if (type === 1) return view.getUint8(at);
  if (type === 3) return view.getUint16(at, littleEndian);
  if (type === 4) return view.getUint32(at, littleEndian);
  return view.getUint32(at, littleEndian) / view.getUint32(at + 4, littleEndian);
}

// One wording for every structural fault (a `scan.tiff-fault-*` detail); the detail helps IT, the nurse only needs to
// know the file is broken.
export function tiffDamaged(fault: string, values: Record<string, number> = {}, cause?: unknown): InputRejectedError {
  return rejectScan('damaged', 'tiff-damaged', { detail: message(`scan.tiff-fault-${fault}`, values) }, cause);
}
