import { crc32 } from 'node:zlib';
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { toGray, type GrayImage } from '../../src/raster/gray.js';

/** A fax width: 1728 pixels across an A4 page at 204 dpi. */
export const FAX_WIDTH = 1728;

// Paints a page in physical units (1/204 inch), sampled at the given vertical resolution, and thresholds it to fax black/white.
export function drawFaxPage(heightInches: number, yDpi: number, paint: (context: SKRSContext2D) => void): { width: number; height: number; black: Uint8Array } {
  const height = Math.round(heightInches * yDpi);
  const canvas = createCanvas(FAX_WIDTH, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, FAX_WIDTH, height);
  context.scale(1, yDpi / 204);
  context.fillStyle = '#000000';
  paint(context);
  const gray = toGray(canvas);
  return { width: FAX_WIDTH, height, black: gray.pixels.map((value) => (value < 128 ? 1 : 0)) };
}

// A page a reviewer might send back: a page number in large type, a few solid boxes and lines of text, all placed by page.
export function paintReply(page: number): (context: SKRSContext2D) => void {
  return (context) => {
    context.font = 'bold 120px sans-serif';
    context.fillText(`SIDA ${page}`, 150, 250);
    context.fillRect(150 + page * 120, 400, 500, 300);
    context.fillRect(900, 900 + page * 80, 600, 160);
    context.font = '40px sans-serif';
    for (let line = 0; line < 12; line++) context.fillText(`Utlåtande rad ${line + 1}: ingen akut patologi (sida ${page})`, 150, 1300 + line * 70);
  };
}

// Share of pixels on which two equally sized bitonal pages agree.
export function agreement(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new Error(`sizes differ: ${a.length} and ${b.length}`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

// Ink overlap (intersection over union of black pixels): unlike agreement, not flattered by the white margins.
export function inkOverlap(a: Uint8Array, b: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && b[i]) both++;
    if (a[i] || b[i]) either++;
  }
  return either === 0 ? 1 : both / either;
}

// 1 where a gray page is dark, as the decoder's output is compared with what was drawn.
export function blackOf(image: GrayImage): Uint8Array {
  return image.pixels.map((value) => (value < 128 ? 1 : 0));
}

// @napi-rs/canvas writes no resolution; a scanner's pHYs chunk (pixels per metre) goes right after IHDR.
export function withPngDensity(png: Uint8Array, xDpi: number, yDpi: number): Uint8Array {
  const body = Buffer.alloc(9);
  body.writeUInt32BE(Math.round(xDpi / 0.0254), 0);
  body.writeUInt32BE(Math.round(yDpi / 0.0254), 4);
  body[8] = 1;
  const typed = Buffer.concat([Buffer.from('pHYs', 'latin1'), body]);
  const chunk = Buffer.alloc(12 + body.length);
  chunk.writeUInt32BE(body.length, 0);
  typed.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(typed), 8 + body.length);
  const afterIhdr = 8 + 12 + Buffer.from(png).readUInt32BE(8);
  return Buffer.concat([png.subarray(0, afterIhdr), chunk, png.subarray(afterIhdr)]);
}

// A JFIF APP0 segment in dots per inch replaces whatever APP0 the encoder wrote, as a scanner's JPEG carries it.
export function withJfifDensity(jpeg: Uint8Array, xDpi: number, yDpi: number): Uint8Array {
  const segment = Buffer.alloc(18);
  segment.writeUInt16BE(0xffe0, 0);
  segment.writeUInt16BE(16, 2);
  segment.write('JFIF\0', 4, 'latin1');
  segment.writeUInt16BE(0x0101, 9);
  segment[11] = 1;
  segment.writeUInt16BE(xDpi, 12);
  segment.writeUInt16BE(yDpi, 14);
  const source = Buffer.from(jpeg);
  const rest = source[2] === 0xff && source[3] === 0xe0 ? 4 + source.readUInt16BE(4) : 2;
  return Buffer.concat([source.subarray(0, 2), segment, source.subarray(rest)]);
}

// A gray test card: a horizontal ramp with a black box, so any shift, flip or stretch shows.
export function grayCard(width: number, height: number): GrayImage {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels[y * width + x] = x >= 20 && x < 60 && y >= 10 && y < 30 ? 0 : 60 + ((x * 190) / width) | 0;
  }
  return { width, height, pixels };
}
