import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import type { RenderBudget } from '../pdf/budget.js';
import { toGray } from '../raster/gray.js';
import { readJpegHeader, readPngHeader } from './bitmap-header.js';
import type { ScanPage } from './scan-page.js';
import { checkPageSize, rejectScan } from './reject.js';
import { squarePixels, squaredSize, type Resolution } from './square-pixels.js';

const SCANNER: Resolution = { x: 200, y: 200 };

// A scanner or phone picture of the reply: decoded by Skia (which also applies EXIF rotation), laid on white paper.
export async function decodeBitmap(data: Uint8Array, kind: 'png' | 'jpeg', budget: RenderBudget): Promise<ScanPage> {
  const format = kind === 'png' ? 'PNG' : 'JPEG';
  const header = kind === 'png' ? readPngHeader(data) : readJpegHeader(data);
  if (!header?.complete) throw rejectScan('damaged', 'bitmap-truncated', { format });
  const declared = header.resolution ?? SCANNER;
  const squared = squaredSize(header.width, header.height, declared);
  checkPageSize(header.width, header.height, 1, budget.maxPagePixels);
  checkPageSize(squared.width, squared.height, 1, budget.maxPagePixels);
  let image: Image;
  try {
    image = await loadImage(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  } catch (error) {
    throw rejectScan('damaged', 'bitmap-damaged', { format }, error);
  }
  if (!(image.width > 0 && image.height > 0)) throw rejectScan('damaged', 'bitmap-damaged', { format });
  const turned = image.width !== header.width && image.width === header.height;
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0);
  const { image: gray, dpi } = squarePixels(toGray(canvas), turned ? { x: declared.y, y: declared.x } : declared);
  return { image: gray, dpi };
}
