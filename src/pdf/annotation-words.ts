import { createCanvas } from '@napi-rs/canvas';
import type { Box, Word } from '../layout/types.js';
import { ensureFonts } from '../raster/fonts.js';
import type { PdfPage } from './render-page.js';
import { uprightViewport } from './page-turn.js';

/** The text an annotation shows on the page, and where (upright page points). */
export interface AnnotationText {
  box: Box;
  lines: string[];
  fontSize: number;
  align: 'left' | 'center' | 'right';
  multiLine: boolean;
}

interface AnnotationData {
  subtype?: string;
  annotationFlags?: number;
  rect?: number[];
  fieldType?: string;
  fieldValue?: unknown;
  hidden?: boolean;
  multiLine?: boolean;
  textAlignment?: number | null;
  textContent?: string[];
  contentsObj?: { str?: string };
  defaultAppearanceData?: { fontSize?: number };
  options?: { exportValue?: string; displayValue?: string }[];
}

const HIDDEN = 0x02;
const NO_VIEW = 0x20;
const PADDING = 2;
const ALIGN = ['left', 'center', 'right'] as const;
const measure = createCanvas(8, 8).getContext('2d');

// Filled form fields and FreeText are drawn into the raster but are not in the page's text layer: the detector must read them too.
export async function extractAnnotationWords(page: PdfPage): Promise<Word[]> {
  return (await visibleAnnotationTexts(page)).flatMap(layOutWords);
}

// Why: one list for the words and for the render check, so both skip exactly what pdf.js does not draw.
export async function visibleAnnotationTexts(page: PdfPage): Promise<AnnotationText[]> {
  const viewport = uprightViewport(page, 1);
  const texts: AnnotationText[] = [];
  for (const data of (await page.getAnnotations({ intent: 'display' })) as AnnotationData[]) {
    if ((data.annotationFlags ?? 0) & (HIDDEN | NO_VIEW) || data.hidden || !data.rect) continue;
    const lines = shownLines(data).filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const [ax, ay, bx, by] = viewport.convertToViewportRectangle(data.rect) as number[];
    texts.push({
      box: { x0: Math.min(ax!, bx!), y0: Math.min(ay!, by!), x1: Math.max(ax!, bx!), y1: Math.max(ay!, by!) },
      lines,
      fontSize: data.defaultAppearanceData?.fontSize ?? 0,
      align: ALIGN[data.textAlignment ?? 0] ?? 'left',
      multiLine: Boolean(data.multiLine) || data.subtype === 'FreeText',
    });
  }
  return texts;
}

function shownLines(data: AnnotationData): string[] {
  if (data.subtype === 'FreeText') return data.textContent ?? (data.contentsObj?.str ?? '').split(/\r\n?|\n/);
  if (data.subtype !== 'Widget') return [];
  if (data.fieldType === 'Tx' && typeof data.fieldValue === 'string') {
    return data.multiLine ? data.fieldValue.split(/\r\n?|\n/) : [data.fieldValue.replace(/\r\n?|\n/g, ' ')];
  }
  if (data.fieldType === 'Ch') {
    const values = Array.isArray(data.fieldValue) ? data.fieldValue : [data.fieldValue];
    return values.filter((v): v is string => typeof v === 'string').map((v) => data.options?.find((o) => o.exportValue === v)?.displayValue ?? v);
  }
  return [];
}

// Why: the words' exact glyph positions are in the appearance stream, not the data; measured at the field's font, shrunk to fit, they err on the wide side.
function layOutWords(text: AnnotationText): Word[] {
  const { box } = text;
  const width = box.x1 - box.x0;
  const height = box.y1 - box.y0;
  const lineHeight = text.multiLine ? Math.min(height, (text.fontSize || 12) * 1.2) : height;
  // Lines may sit at the top or the bottom of the rectangle: each band reaches down over the unused height too.
  const slack = Math.max(0, height - text.lines.length * lineHeight);
  measure.font = `100px "${ensureFonts()}"`;
  const words: Word[] = [];
  text.lines.forEach((line, index) => {
    const top = box.y0 + index * lineHeight;
    if (top >= box.y1) return;
    const full = measure.measureText(line).width / 100;
    const scale = Math.min(text.fontSize || height * 0.7, (width - 2 * PADDING) / Math.max(full, 1e-6));
    const lineWidth = full * scale;
    const start = text.align === 'left' ? box.x0 + PADDING : text.align === 'right' ? box.x1 - PADDING - lineWidth : box.x0 + (width - lineWidth) / 2;
    for (const match of line.matchAll(/\S+/g)) {
      const x0 = start + (measure.measureText(line.slice(0, match.index)).width / 100) * scale;
      const x1 = start + (measure.measureText(line.slice(0, match.index + match[0].length)).width / 100) * scale;
      words.push({
        text: match[0],
        box: { x0: Math.max(box.x0, x0 - PADDING), y0: top, x1: Math.min(box.x1, x1 + PADDING), y1: Math.min(box.y1, top + lineHeight + slack) },
        confidence: 100,
      });
    }
  });
  return words;
}
