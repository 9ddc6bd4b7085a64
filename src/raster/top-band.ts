import { createCanvas } from '@napi-rs/canvas';
import { ensureFonts } from './fonts.js';
import { toGray, type GrayImage } from './gray.js';

const TEXT_PT = 11;
const LINE_GAP = 1.45;
const PADDING_PT = 8;
const RULE_PT = 1.5;

/**
 * A page with a band of text added above it (the page grows; nothing on it is covered): the first line bold.
 * Used for copies that stay inside the hospital and must say whom the page is about.
 */
export function withTopBand(image: GrayImage, dpi: number, lines: readonly string[]): GrayImage {
  const px = dpi / 72;
  const bandHeight = Math.ceil((2 * PADDING_PT + lines.length * TEXT_PT * LINE_GAP + RULE_PT) * px);
  const canvas = createCanvas(image.width, image.height + bandHeight);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  const data = context.createImageData(image.width, image.height);
  for (let i = 0; i < image.pixels.length; i++) data.data.set([image.pixels[i]!, image.pixels[i]!, image.pixels[i]!, 255], i * 4);
  context.putImageData(data, 0, bandHeight);
  const family = ensureFonts();
  context.fillStyle = '#000000';
  context.textBaseline = 'top';
  lines.forEach((line, i) => {
    context.font = `${i === 0 ? 'bold ' : ''}${Math.round(TEXT_PT * px)}px "${family}"`;
    context.fillText(line, PADDING_PT * px, (PADDING_PT + i * TEXT_PT * LINE_GAP) * px, image.width - 2 * PADDING_PT * px);
  });
  context.fillRect(0, bandHeight - RULE_PT * px, canvas.width, RULE_PT * px);
  return toGray(canvas);
}
