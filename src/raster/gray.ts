import type { Canvas } from '@napi-rs/canvas';

export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

// Luminance of a canvas, one byte a pixel: what OCR, the fax and the PNG writer all consume.
export function toGray(canvas: Canvas): GrayImage {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const pixels = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < pixels.length; i += 4, j++) {
    const alpha = rgba[i + 3]! / 255;
    const luma = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    pixels[j] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, pixels };
}

// Binary PGM (P5): a format tesseract reads without any decoding cost on our side.
export function encodePgm(image: GrayImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([header, Buffer.from(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength)]);
}
