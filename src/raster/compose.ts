import { createCanvas, type Canvas } from '@napi-rs/canvas';
import type { GrayImage } from './gray.js';

// A canvas holding a grey raster, so it can be scaled and drawn onto another page.
export function grayToCanvas(image: GrayImage): Canvas {
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  const data = context.createImageData(image.width, image.height);
  for (let i = 0; i < image.pixels.length; i++) {
    const v = image.pixels[i]!;
    data.data[i * 4] = v;
    data.data[i * 4 + 1] = v;
    data.data[i * 4 + 2] = v;
    data.data[i * 4 + 3] = 255;
  }
  context.putImageData(data, 0, 0);
  return canvas;
}
