import { createRequire } from 'node:module';
import path from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

// Liberation Sans as pdf.js ships it: a font that is installed with the package on every machine.
const fontsDir = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts');

export const FONT_FAMILY = 'Reservfax Sans';
let registered = false;

// Draw and measure text with a font shipped in the installed packages, never a system font.
export function ensureFonts(): string {
  if (!registered) {
    GlobalFonts.registerFromPath(path.join(fontsDir, 'LiberationSans-Regular.ttf'), FONT_FAMILY);
    GlobalFonts.registerFromPath(path.join(fontsDir, 'LiberationSans-Bold.ttf'), FONT_FAMILY);
    registered = true;
  }
  return FONT_FAMILY;
}
