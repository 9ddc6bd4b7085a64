import { GlobalFonts } from '@napi-rs/canvas';
import { PDFJS_ASSETS } from '../pdf/pdfjs.js';

export const FONT_FAMILY = 'Reservfax Sans';
let registered = false;

// Draw and measure text with a font shipped in the installed packages, never a system font.
export function ensureFonts(): string {
  if (!registered) {
    GlobalFonts.registerFromPath(PDFJS_ASSETS.liberationSans, FONT_FAMILY);
    GlobalFonts.registerFromPath(PDFJS_ASSETS.liberationSansBold, FONT_FAMILY);
    registered = true;
  }
  return FONT_FAMILY;
}
