import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { toGray } from './gray.js';
import type { GrayImage } from './gray.js';

// Resample a page raster to the given pixel size (one pdf.js render serves OCR and output).
export function resample(canvas: Canvas, width: number, height: number): GrayImage {
  const target = createCanvas(width, height);
  const context = target.getContext('2d');
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(canvas, 0, 0, target.width, target.height);
  return toGray(target);
}
