import { createCanvas } from '@napi-rs/canvas';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { ensureFonts } from '../raster/fonts.js';
import type { Word } from '../layout/types.js';
import { loadPdfjs } from './pdfjs.js';
import type { PdfPage } from './render-page.js';
import { uprightViewport } from './page-turn.js';

const measure = createCanvas(8, 8).getContext('2d');

// Words of the page's text layer with boxes in upright page points; rotated runs keep their whole box.
export async function extractTextWords(page: PdfPage): Promise<Word[]> {
  const { Util } = await loadPdfjs();
  const viewport = uprightViewport(page, 1);
  const content = await page.getTextContent();
  measure.font = `100px "${ensureFonts()}"`;
  const words: Word[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const m = Util.transform(viewport.transform, item.transform) as number[];
    const fontHeight = Math.hypot(m[2]!, m[3]!);
    const upright = Math.abs(m[1]!) < 1e-3 && Math.abs(m[2]!) < 1e-3 && m[0]! > 0;
    if (!upright) {
      words.push({ text: item.str, box: rotatedItemBox(item, m, fontHeight), confidence: 100 });
      continue;
    }
    words.push(...splitRun(item, m[4]!, m[5]!, fontHeight, item.width));
  }
  return words;
}

function splitRun(item: TextItem, x: number, baseline: number, fontHeight: number, width: number): Word[] {
  const text = item.str;
  const full = measure.measureText(text).width || 1;
  const words: Word[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = measure.measureText(text.slice(0, match.index)).width / full;
    const end = measure.measureText(text.slice(0, match.index + match[0].length)).width / full;
    words.push({
      text: match[0],
      box: { x0: x + start * width, y0: baseline - fontHeight * 0.85, x1: x + end * width, y1: baseline + fontHeight * 0.25 },
      confidence: 100,
    });
  }
  return words;
}

function rotatedItemBox(item: TextItem, m: number[], fontHeight: number): Word['box'] {
  const length = item.width + fontHeight;
  const xs = [m[4]!, m[4]! + (m[0]! / fontHeight) * length, m[4]! - (m[2]! / fontHeight) * fontHeight];
  const ys = [m[5]!, m[5]! + (m[1]! / fontHeight) * length, m[5]! - (m[3]! / fontHeight) * fontHeight];
  const pad = fontHeight;
  return { x0: Math.min(...xs) - pad, y0: Math.min(...ys) - pad, x1: Math.max(...xs) + pad, y1: Math.max(...ys) + pad };
}
