import bwipjs from 'bwip-js';
import { createCanvas, loadImage, type Canvas } from '@napi-rs/canvas';
import { StandardFonts } from 'pdf-lib';
import { A4 } from '../../fixtures/lib/layout.js';
import { createDeterministicPdf, saveDeterministic } from '../../fixtures/lib/pdf-doc.js';
import { inventPerson } from '../../fixtures/lib/people.js';
import { rngFor } from '../../fixtures/lib/prng.js';
import type { GrayImage } from '../../src/raster/gray.js';
import { scanWithZbar } from '../../src/barcode/zbar.js';
import { scanWithZxing } from '../../src/barcode/zxing.js';
import { cropGray } from '../../src/raster/gray.js';

// Synthetic: an invented person's 12-digit personnummer (Luhn-valid, invented date).
export function inventedPersonnummer(seed: string): string {
  return inventPerson(rngFor(seed)).pnr.digits12;
}

// A worn label code: the lower third of the bars printed faintly and cut off by a white scratch.
export async function wornCode128(text: string): Promise<Canvas> {
  const bars = await loadImage(await bwipjs.toBuffer({ bcid: 'code128', text, scale: 3, height: 12, includetext: false }));
  const canvas = createCanvas(bars.width, bars.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bars, 0, 0);
  const cut = Math.round(bars.height * 0.62);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.72)';
  ctx.fillRect(0, cut, bars.width, bars.height - cut);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, cut - 4, bars.width, 6);
  return canvas;
}

// A 2-D code of the text on a white label with a thin frame, the way a sticker printer lays it out.
export async function labelWith2d(bcid: 'qrcode' | 'datamatrix', text: string): Promise<Canvas> {
  const code = await loadImage(await bwipjs.toBuffer({ bcid, text, scale: 4, paddingwidth: 0, paddingheight: 0 }));
  const canvas = createCanvas(code.width + 120, code.height + 60);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.strokeStyle = '#808080';
  ctx.lineWidth = 3;
  ctx.strokeRect(1.5, 1.5, canvas.width - 3, canvas.height - 3);
  ctx.drawImage(code, 60, 30);
  return canvas;
}

// A short synthetic referral with the image pasted on it at (x, top) in points, `widthPt` wide.
export async function referralWithImage(image: Canvas, x: number, top: number, widthPt: number): Promise<Uint8Array> {
  const doc = await createDeterministicPdf();
  const page = doc.addPage([A4.width, A4.height]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = ['Röntgenremiss', 'Begärd undersökning: DT thorax', 'Frågeställning: Lungemboli?', 'Anamnes: Andfåddhet sedan två dagar.'];
  lines.forEach((text, i) => page.drawText(text, { x: 56, y: A4.height - 80 - i * 18, size: 11, font }));
  const embedded = await doc.embedPng(await image.encode('png'));
  const heightPt = (widthPt * image.height) / image.width;
  page.drawImage(embedded, { x, y: A4.height - top - heightPt, width: widthPt, height: heightPt });
  return saveDeterministic(doc);
}

// What any decoder reads anywhere on a raster: zxing and zbar on the whole image and on overlapping bands.
export async function readAnything(image: GrayImage, bandPx: number): Promise<string[]> {
  const read = async (part: GrayImage) => [...(await scanWithZxing(part)), ...(await scanWithZbar(part))].map((s) => s.content);
  const found = await read(image);
  for (let top = 0; top < image.height; top += Math.round(bandPx / 2)) {
    found.push(...(await read(cropGray(image, { x0: 0, y0: top, x1: image.width, y1: top + bandPx }))));
  }
  return found;
}
