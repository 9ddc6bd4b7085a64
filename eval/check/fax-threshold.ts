import type { Canvas } from '@napi-rs/canvas';

/** Fax machines in text mode send black where a pixel is darker than mid-grey and white elsewhere. */
const MID_GREY = 128;

// Why: the fax PDF is grey, but the reviewer receives what the fax machine made of it: every pixel black or white.
// Light grey text that is legible on paper can vanish on the line, so the eval can read the page as it would arrive.
export function thresholdLikeFax(canvas: Canvas): Canvas {
  const context = canvas.getContext('2d');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const pixels = image.data;
  for (let i = 0; i < pixels.length; i += 4) {
    const luminance = 0.299 * pixels[i]! + 0.587 * pixels[i + 1]! + 0.114 * pixels[i + 2]!;
    const value = luminance < MID_GREY ? 0 : 255;
    pixels[i] = pixels[i + 1] = pixels[i + 2] = value;
    pixels[i + 3] = 255;
  }
  context.putImageData(image, 0, 0);
  return canvas;
}
