import bwipjs from 'bwip-js';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { findBarcodes } from '../../src/barcode/find-barcodes.js';
import { burnBoxes } from '../../src/raster/burn.js';
import { toGray, type GrayImage } from '../../src/raster/gray.js';
import { inventedPersonnummer, readAnything } from './code-pages.js';

const DPI = 200;
const MODULE_PX = 4;
const QUIET_MODULES = 4;

// A label raster with one 2-D code of `text`, `angle` degrees turned about its centre; returns where the code lies.
async function labelWithCode(bcid: 'qrcode' | 'datamatrix', text: string, angle: number) {
  const code = await loadImage(await bwipjs.toBuffer({ bcid, text, scale: MODULE_PX, paddingwidth: 0, paddingheight: 0 }));
  const canvas = createCanvas(700, 500);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.strokeStyle = '#808080';
  ctx.lineWidth = 3;
  ctx.strokeRect(20, 20, canvas.width - 40, canvas.height - 40);
  const centre = { x: 350, y: 250 };
  ctx.save();
  ctx.translate(centre.x, centre.y);
  ctx.rotate((angle * Math.PI) / 180);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(code, -code.width / 2, -code.height / 2);
  ctx.restore();
  return { image: toGray(canvas), centre, half: code.width / 2, angle };
}

// Pixels inside the code's own square grown by the quiet zone that are not black after the burn.
function unburntInQuietSquare(burnt: GrayImage, code: { centre: { x: number; y: number }; half: number; angle: number }): number {
  const reach = code.half + QUIET_MODULES * MODULE_PX;
  const cos = Math.cos((-code.angle * Math.PI) / 180);
  const sin = Math.sin((-code.angle * Math.PI) / 180);
  let left = 0;
  for (let y = 0; y < burnt.height; y++) {
    for (let x = 0; x < burnt.width; x++) {
      const dx = x + 0.5 - code.centre.x;
      const dy = y + 0.5 - code.centre.y;
      const inside = Math.abs(dx * cos - dy * sin) <= reach && Math.abs(dx * sin + dy * cos) <= reach;
      if (inside && burnt.pixels[y * burnt.width + x] !== 0) left++;
    }
  }
  return left;
}

describe('2-D codes of a personnummer on a label', () => {
  const cases = [
    { bcid: 'qrcode', angle: 0 },
    { bcid: 'datamatrix', angle: 0 },
    { bcid: 'qrcode', angle: 25 },
    { bcid: 'datamatrix', angle: -15 },
  ] as const;
  for (const { bcid, angle } of cases) {
    it(`blacks out the whole ${bcid} turned ${angle} degrees, quiet zone of 4 modules included`, async () => {
      const pnr = inventedPersonnummer(`tests/barcode/two-d-codes/${bcid}`);
      const code = await labelWithCode(bcid, pnr, angle);
      expect(await readAnything(code.image, 120)).toContain(pnr);

      const found = await findBarcodes(code.image, DPI);
      const burnt = burnBoxes(code.image, found.map((f) => f.box), DPI);

      expect(unburntInQuietSquare(burnt, code)).toBe(0);
      expect(await readAnything(burnt, 120)).toEqual([]);
    }, 60_000);
  }
});
