import type { Canvas } from '@napi-rs/canvas';

export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

// Luminance of a canvas, one byte a pixel: what OCR, the fax and the PNG writer all consume.
export function toGray(canvas: Canvas): GrayImage {
  const { width, height } = canvas;
  const raw = rawPixels(canvas);
  const aligned = raw.byteOffset % 4 === 0 ? raw : raw.slice();
  const rgba = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const pixels = new Uint8Array(width * height);
  for (let j = 0; j < pixels.length; j++) {
    const p = rgba[j]!;
    const alpha = p >>> 24;
    const luma = ((p & 0xff) * 77 + ((p >>> 8) & 0xff) * 150 + ((p >>> 16) & 0xff) * 29) >> 8;
    pixels[j] = alpha === 255 ? luma : (luma * alpha + 255 * (255 - alpha)) / 255;
  }
  return { width, height, pixels };
}

// The canvas's own RGBA buffer (no copy where @napi-rs/canvas offers it).
function rawPixels(canvas: Canvas): Uint8Array {
  const direct = (canvas as unknown as { data?: () => Buffer }).data?.();
  if (direct && direct.length === canvas.width * canvas.height * 4) return direct;
  return new Uint8Array(canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data.buffer);
}

// Binary PGM (P5): a format tesseract reads without any decoding cost on our side.
export function encodePgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([header, Buffer.from(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength)]);
}

// A rectangle of a raster (pixels), clipped to the image: for reading one region again.
export function cropGray(image: GrayImage, area: { x0: number; y0: number; x1: number; y1: number }): GrayImage {
  const x0 = Math.max(0, Math.floor(area.x0));
  const y0 = Math.max(0, Math.floor(area.y0));
  const width = Math.max(1, Math.min(image.width, Math.ceil(area.x1)) - x0);
  const height = Math.max(1, Math.min(image.height, Math.ceil(area.y1)) - y0);
  const pixels = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    pixels.set(image.pixels.subarray((y0 + row) * image.width + x0, (y0 + row) * image.width + x0 + width), row * width);
  }
  return { width, height, pixels };
}
