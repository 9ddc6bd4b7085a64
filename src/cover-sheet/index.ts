import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ensureFonts } from '../raster/fonts.js';
import { toGray, type GrayImage } from '../raster/gray.js';
import { drawQrCode } from '../raster/qr-code.js';

export interface CoverSheetInput {
  text: string;
  dpi: number;
  /** Printed as a QR code in the top right corner, so a returned cover sheet can be read by machine. */
  caseId: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN_PT = 56;
const QR_PT = 72;
const STYLES = {
  '#': { size: 26, bold: true, after: 10 },
  '##': { size: 13, bold: true, after: 4 },
  '!!': { size: 40, bold: true, after: 14 },
  '-': { size: 11.5, bold: false, after: 3 },
  body: { size: 11.5, bold: false, after: 3 },
} as const;

/**
 * Render the filled-in Swedish cover sheet (see templates/cover-sheet.sv.txt) as an A4 page raster.
 * Markup: "# " title, "## " heading, "!! " case ID in large type, "- " bullet, blank line = space.
 */
export async function renderCoverSheet(input: CoverSheetInput): Promise<GrayImage> {
  const scale = input.dpi / 72;
  const canvas = createCanvas(Math.round(A4.width * scale), Math.round(A4.height * scale));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000000';
  context.textBaseline = 'top';
  const family = ensureFonts();
  await drawQrCode(context, input.caseId, (A4.width - MARGIN_PT - QR_PT) * scale, 36 * scale, QR_PT * scale);
  context.fillStyle = '#000000';
  const width = (A4.width - 2 * MARGIN_PT) * scale;
  let y = MARGIN_PT * scale;
  for (const raw of input.text.split('\n')) {
    if (raw.trim() === '') {
      y += 8 * scale;
      continue;
    }
    const marker = (['!!', '##', '#', '-'] as const).find((m) => raw.startsWith(`${m} `));
    const style = STYLES[marker ?? 'body'];
    const text = marker ? raw.slice(marker.length + 1) : raw;
    context.font = `${style.bold ? 'bold ' : ''}${style.size * scale}px "${family}"`;
    const indent = marker === '-' ? 14 * scale : marker === '!!' ? 12 * scale : 0;
    if (marker === '-') context.fillText('•', MARGIN_PT * scale + 4 * scale, y);
    if (marker === '!!') drawFrame(context, MARGIN_PT * scale, y - 6 * scale, width, style.size * scale * 1.3);
    for (const line of wrap(context, text, width - indent)) {
      context.fillText(line, MARGIN_PT * scale + indent, y + (marker === '!!' ? 2 * scale : 0));
      y += style.size * scale * 1.3;
    }
    y += style.after * scale;
  }
  return toGray(canvas);
}

function drawFrame(context: SKRSContext2D, x: number, y: number, width: number, height: number): void {
  context.lineWidth = 3;
  context.strokeRect(x, y, width, height + 8);
}

function wrap(context: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && context.measureText(candidate).width > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}
