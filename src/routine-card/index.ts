import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import type { Config } from '../config/schema.js';
import { routineCardLines, type CardLine } from './card-lines.js';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 48;
const SIZES: Record<CardLine['style'], number> = { title: 24, subtitle: 13, heading: 17, step: 15, text: 15, footer: 9 };
const SPACE_BEFORE: Record<CardLine['style'], number> = { title: 0, subtitle: 4, heading: 16, step: 6, text: 4, footer: 14 };
const LEADING = 1.25;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/**
 * The routine card to post by the fax and the copier, as a one-page A4 PDF with a text layer, built from the config:
 * the contacts and facts are never typed by hand, so the card cannot go stale when a number changes. Large type; it
 * shrinks only as far as it must to stay on one page.
 */
export async function buildRoutineCard(config: Config, printedAt: Date): Promise<Uint8Array> {
  return renderRoutineCard(await routineCardLines(config, printedAt));
}

// Lay out the card's lines on one A4 page.
export async function renderRoutineCard(lines: readonly CardLine[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = { regular: await doc.embedFont(StandardFonts.Helvetica), bold: await doc.embedFont(StandardFonts.HelveticaBold) };
  let scale = 1;
  while (scale > 0.5 && height(lines, fonts, scale) > A4.height - 2 * MARGIN) scale -= 0.05;
  const page = doc.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  for (const line of lines) {
    const size = SIZES[line.style] * scale;
    y -= SPACE_BEFORE[line.style] * scale;
    for (const row of wrap(line, fonts, size)) {
      y -= size * LEADING;
      const color = line.style === 'footer' || line.style === 'subtitle' ? rgb(0.25, 0.25, 0.25) : rgb(0, 0, 0);
      page.drawText(row, { x: MARGIN, y, size, font: fontOf(line, fonts), color });
    }
    if (line.style === 'heading') page.drawLine({ start: { x: MARGIN, y: y - 3 }, end: { x: A4.width - MARGIN, y: y - 3 }, thickness: 1 });
  }
  return doc.save({ useObjectStreams: false });
}

function height(lines: readonly CardLine[], fonts: Fonts, scale: number): number {
  return lines.reduce((sum, line) => {
    const size = SIZES[line.style] * scale;
    return sum + SPACE_BEFORE[line.style] * scale + wrap(line, fonts, size).length * size * LEADING;
  }, 0);
}

function fontOf(line: CardLine, fonts: Fonts): PDFFont {
  return line.style === 'title' || line.style === 'heading' ? fonts.bold : fonts.regular;
}

// Break a line into rows that fit between the margins, at spaces, never inside a phone number.
function wrap(line: CardLine, fonts: Fonts, size: number): string[] {
  const font = fontOf(line, fonts);
  const rows: string[] = [];
  let row = '';
  for (const word of unbreakable(line.text)) {
    const candidate = row ? `${row} ${word}` : word;
    if (row && font.widthOfTextAtSize(candidate, size) > A4.width - 2 * MARGIN) {
      rows.push(row);
      row = word;
    } else {
      row = candidate;
    }
  }
  return row ? [...rows, row] : rows;
}

// Words, with the groups of a phone number ("+46 81 235 01 90") kept together as one.
function unbreakable(text: string): string[] {
  const words: string[] = [];
  for (const word of text.split(' ')) {
    const last = words.at(-1);
    if (last !== undefined && /[\d+]$/.test(last) && /^\d/.test(word)) words[words.length - 1] = `${last} ${word}`;
    else words.push(word);
  }
  return words;
}
