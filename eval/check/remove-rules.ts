import { createCanvas, type Canvas } from '@napi-rs/canvas';

const DARK = 160;
const MIN_RULE_PX = 120;

// A copy of the page with long straight rules whitened and dark bands lightened, the way table OCR is prepared:
// tesseract's layout analysis drops cells of ruled tables and text on shaded bands that a reader sees at once.
export function withoutRules(canvas: Canvas): Canvas {
  const { width, height } = canvas;
  const copy = createCanvas(width, height);
  const context = copy.getContext('2d');
  context.drawImage(canvas, 0, 0);
  const image = context.getImageData(0, 0, width, height);
  const data = image.data;
  const dark = (x: number, y: number) => data[(y * width + x) * 4]! < DARK;
  const erase = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; ) {
      let end = x;
      while (end < width && dark(end, y)) end++;
      if (end - x >= MIN_RULE_PX) erase.fill(1, y * width + x, y * width + end);
      x = end + 1;
    }
  }
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; ) {
      let end = y;
      while (end < height && dark(x, end)) end++;
      if (end - y >= MIN_RULE_PX) for (let yy = y; yy < end; yy++) erase[yy * width + x] = 1;
      y = end + 1;
    }
  }
  for (let i = 0; i < erase.length; i++) {
    if (erase[i]) data[i * 4] = data[i * 4 + 1] = data[i * 4 + 2] = 255;
  }
  context.putImageData(image, 0, 0);
  return copy;
}
