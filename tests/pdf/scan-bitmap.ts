import { createCanvas } from '@napi-rs/canvas';
import { ensureFonts, FONT_FAMILY } from '../../fixtures/lib/render-canvas.js';

export const SCAN_DPI = 150;
const A4 = { width: 595.28, height: 841.89 };

/** Lines of an invented referral with no patient identifier: what a scanner would see on paper. */
export const REFERRAL_LINES = ['Remiss röntgen', 'Frågeställning: fraktur handled', 'Remittent: Dr Sandberg', 'Telefon 019-602 10 00'];

// A synthetic referral page as a gray scan (0 = black), big black text so OCR finds it after any codec.
export function paintReferralScan(): { width: number; height: number; pixels: Uint8Array } {
  ensureFonts();
  const width = Math.round((A4.width * SCAN_DPI) / 72);
  const height = Math.round((A4.height * SCAN_DPI) / 72);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  ctx.font = `bold 40px "${FONT_FAMILY}"`;
  REFERRAL_LINES.forEach((line, i) => ctx.fillText(line, 90, 200 + i * 90));
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < pixels.length; i++) pixels[i] = rgba[i * 4]! < 128 ? 0 : 255;
  return { width, height, pixels };
}

// The same page as JBIG2 wants it: one byte a pixel, 1 = black.
export function toBits(gray: { width: number; height: number; pixels: Uint8Array }): { width: number; height: number; data: Uint8Array } {
  return { width: gray.width, height: gray.height, data: gray.pixels.map((p) => (p < 128 ? 1 : 0)) };
}
