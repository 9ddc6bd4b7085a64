import { inflateSync } from 'node:zlib';
import { lzwDecodedLength } from './lzw-length.js';
import { rejectScan } from './reject.js';
import { tiffDamaged, type TiffTags } from './tiff-directory.js';
import { message } from '../messages.js';

/** Where a page's pixel data lies and how it is stored. */
export interface TiffLayout {
  width: number;
  height: number;
  compression: number;
  rowBytes: number;
  rowsPerStrip: number;
  strips: { offset: number; length: number }[];
}

export const CCITT_COMPRESSIONS = new Set([3, 4]);
const COMPRESSIONS = new Set([1, 3, 4, 5, 8, 32773, 32946]);
const BIT_REVERSED = Uint8Array.from({ length: 256 }, (_, byte) => {
  let reversed = 0;
  for (let bit = 0; bit < 8; bit++) reversed |= ((byte >> bit) & 1) << (7 - bit);
  return reversed;
});

// Only layouts whose decoding was checked against libtiff get through; anything else is refused rather than guessed at.
export function describeTiffPage(tags: TiffTags, fileLength: number, page: number): TiffLayout {
  const width = tags.t256?.[0] ?? 0;
  const height = tags.t257?.[0] ?? 0;
  const compression = tags.t259?.[0] ?? 1;
  const bits = tags.t258 ?? [1];
  const samples = tags.t277?.[0] ?? 1;
  const unsupported = (feature: string, values: Record<string, string | number> = {}): Error =>
    rejectScan('unreadable', 'tiff-unsupported', { page, feature: message(`scan.tiff-feature-${feature}`, values) });
  if (tags.t322 || tags.t324) throw unsupported('tiles');
  if (!COMPRESSIONS.has(compression)) throw unsupported('compression', { compression });
  tags.t262 ??= [bits[0] === 1 ? 0 : samples >= 3 ? 2 : 1];
  if (!isSupportedFormat(tags, bits, samples) || (CCITT_COMPRESSIONS.has(compression) && bits[0] !== 1)) {
    throw unsupported('colour', { photometric: tags.t262[0]!, bits: bits.join('/') });
  }
  const rowBytes = Math.ceil((width * bits[0]! * samples) / 8);
  const rowsPerStrip = Math.min(tags.t278?.[0] ?? height, height);
  const offsets = tags.t273 ?? [];
  const lengths = tags.t279 ?? [];
  if (rowsPerStrip < 1 || offsets.length < Math.ceil(height / rowsPerStrip) || lengths.length !== offsets.length) {
    throw tiffDamaged('no-image-data', { page });
  }
  const strips = offsets.map((offset, i) => ({ offset, length: lengths[i]! }));
  if (strips.some((strip) => strip.offset + strip.length > fileLength)) throw tiffDamaged('data-outside', { page });
  return { width, height, compression, rowBytes, rowsPerStrip, strips };
}

function isSupportedFormat(tags: TiffTags, bits: number[], samples: number): boolean {
  const photometric = tags.t262![0];
  const depth = bits[0];
  const predictor = tags.t317?.[0] ?? 1;
  if (predictor !== 1 && !(predictor === 2 && depth === 8)) return false;
  if (samples > 1 && (tags.t284?.[0] ?? 1) !== 1) return false;
  if (photometric === 0 || photometric === 1) return samples === 1 && (depth === 1 || depth === 8);
  if (photometric === 2) return depth === 8 && (samples === 3 || samples === 4) && bits.every((b) => b === 8);
  if (photometric === 3) return samples === 1 && (depth === 1 || depth === 2 || depth === 4 || depth === 8) && tags.t320?.length === 3 << depth!;
  return false;
}

// UTIF.js leaves missing rows white without a word, so each strip must be shown to hold all its rows before decoding.
export function checkStripLengths(data: Uint8Array, layout: TiffLayout, page: number): void {
  if (CCITT_COMPRESSIONS.has(layout.compression)) return;
  const total = layout.height * layout.rowBytes;
  layout.strips.forEach((strip, i) => {
    const rows = Math.min(layout.rowsPerStrip, layout.height - i * layout.rowsPerStrip);
    if (rows <= 0) return;
    const start = i * layout.rowsPerStrip * layout.rowBytes;
    const decoded = decodedLength(data, layout.compression, strip, total - start);
    if (decoded === undefined || decoded < rows * layout.rowBytes) {
      throw tiffDamaged('data-incomplete', { page });
    }
  });
}

// Deflate strips longer than the room left are dropped whole by UTIF.js, so they count as unreadable here too.
function decodedLength(data: Uint8Array, compression: number, strip: { offset: number; length: number }, room: number): number | undefined {
  const bytes = data.subarray(strip.offset, strip.offset + strip.length);
  if (compression === 1) return bytes.length;
  if (compression === 5) return lzwDecodedLength(data, strip.offset, strip.length);
  if (compression === 32773) return packBitsLength(bytes);
  try {
    return inflateSync(bytes, { maxOutputLength: Math.max(1, room) }).length;
  } catch {
    return undefined;
  }
}

function packBitsLength(bytes: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < bytes.length; ) {
    const header = (bytes[i]! << 24) >> 24;
    if (header >= 0) {
      total += header + 1;
      i += header + 2;
    } else {
      if (header !== -128) total += 1 - header;
      i += header === -128 ? 1 : 2;
    }
  }
  return total;
}

// libtiff reverses the bits of every strip whose FillOrder is 2 unless the codec reads that order itself (only the fax ones
// do); UTIF.js does it for the fax codecs only, so the other strips are reversed here, in the caller's own copy.
export function applyFillOrder(target: Uint8Array, tags: TiffTags, layout: TiffLayout): void {
  if ((tags.t266?.[0] ?? 1) !== 2 || CCITT_COMPRESSIONS.has(layout.compression)) return;
  for (const { offset, length } of layout.strips) {
    for (let i = offset; i < offset + length; i++) target[i] = BIT_REVERSED[target[i]!]!;
  }
}
