import type { Resolution } from './square-pixels.js';

/** What a PNG or JPEG file says about itself before any pixel is decoded. */
export interface BitmapHeader {
  width: number;
  height: number;
  resolution?: Resolution;
  /** Whether the file runs to its end marker (IEND, EOI); Skia would show a cut-off file as a page with a blank part. */
  complete: boolean;
}

const INCH = 0.0254;
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const START_OF_SCAN = 0xda;

// The size comes from IHDR and the resolution from pHYs (pixels per metre); pHYs without a unit is only an aspect ratio.
export function readPngHeader(data: Uint8Array): BitmapHeader | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let header: BitmapHeader | undefined;
  for (let at = 8; at + 8 <= data.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8));
    if (at + 12 + length > data.length) break;
    if (type === 'IHDR' && length >= 8) header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), complete: false };
    if (type === 'pHYs' && length >= 9 && header && data[at + 16] === 1) {
      header.resolution = { x: toDpi(view.getUint32(at + 8) * INCH), y: toDpi(view.getUint32(at + 12) * INCH) };
    }
    if (type === 'IEND' && header) header.complete = true;
    at += 12 + length;
  }
  return header;
}

// The size comes from the frame header (SOFn) and the resolution from the JFIF APP0 segment (units 1 = dpi, 2 = per cm).
export function readJpegHeader(data: Uint8Array): BitmapHeader | undefined {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let header: BitmapHeader | undefined;
  let resolution: Resolution | undefined;
  for (let at = 2; at + 4 <= data.length; ) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = view.getUint16(at + 2);
    if (length < 2 || at + 2 + length > data.length) return undefined;
    const body = at + 4;
    if (marker === 0xe0 && length >= 16 && String.fromCharCode(...data.subarray(body, body + 5)) === 'JFIF\0') {
      const scale = data[body + 7] === 1 ? 1 : data[body + 7] === 2 ? 2.54 : 0;
      if (scale > 0) resolution = { x: toDpi(view.getUint16(body + 8) * scale), y: toDpi(view.getUint16(body + 10) * scale) };
    }
    if (SOF_MARKERS.has(marker) && length >= 7) header = { width: view.getUint16(body + 3), height: view.getUint16(body + 1), complete: false };
    if (marker === START_OF_SCAN) {
      if (!header) return undefined;
      return { ...header, ...(resolution && { resolution }), complete: hasEndOfImage(data, body + length - 2) };
    }
    at += 2 + length;
  }
  return undefined;
}

// Entropy-coded data never holds FF D9 (an FF there is always stuffed), so finding it after the scan header means the end arrived.
function hasEndOfImage(data: Uint8Array, from: number): boolean {
  for (let at = Math.max(from, 0); at + 1 < data.length; at++) {
    if (data[at] === 0xff && data[at + 1] === 0xd9) return true;
  }
  return false;
}

function toDpi(value: number): number {
  return Math.round(value * 10) / 10;
}
