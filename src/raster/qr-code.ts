import bwipjs from 'bwip-js';
import { loadImage, type SKRSContext2D } from '@napi-rs/canvas';

// Draw a QR code of `text` (the case ID) at (x, y), `size` pixels square, generated in-process.
export async function drawQrCode(context: SKRSContext2D, text: string, x: number, y: number, size: number): Promise<void> {
  const png: Buffer = await bwipjs.toBuffer({ bcid: 'qrcode', text, scale: 8, paddingwidth: 0, paddingheight: 0 });
  const image = await loadImage(png);
  context.save();
  context.imageSmoothingEnabled = false;
  context.fillStyle = '#ffffff';
  context.fillRect(x, y, size, size);
  const quiet = Math.round(size * 0.1);
  context.drawImage(image, x + quiet, y + quiet, size - 2 * quiet, size - 2 * quiet);
  context.restore();
}
