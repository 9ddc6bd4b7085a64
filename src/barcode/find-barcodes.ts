import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodesFromImageData } from 'zxing-wasm/reader';
import type { Box } from '../layout/types.js';
import type { GrayImage } from '../raster/gray.js';

const require = createRequire(import.meta.url);
let prepared: Promise<unknown> | undefined;

export interface FoundBarcode {
  box: Box;
  format: string;
  content: string;
}

// Load zxing's wasm from the installed package (never from a CDN), once per process.
function prepareReader(): Promise<unknown> {
  prepared ??= Promise.resolve(
    prepareZXingModule({
      overrides: { wasmBinary: toArrayBuffer(readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'))) },
      fireImmediately: true,
    }),
  );
  return prepared;
}

// Every 1D and 2D code zxing can decode on the page, boxes in points, grown to the full bar height.
export async function findBarcodes(image: GrayImage, dpi: number): Promise<FoundBarcode[]> {
  await prepareReader();
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  for (let i = 0; i < image.pixels.length; i++) {
    const v = image.pixels[i]!;
    rgba[i * 4] = v;
    rgba[i * 4 + 1] = v;
    rgba[i * 4 + 2] = v;
    rgba[i * 4 + 3] = 255;
  }
  const results = await readBarcodesFromImageData(
    { data: rgba, width: image.width, height: image.height, colorSpace: 'srgb' } as unknown as ImageData,
    { tryHarder: true, tryRotate: true, tryInvert: false, maxNumberOfSymbols: 32, formats: [] },
  );
  const toPoints = 72 / dpi;
  return results
    .filter((result) => result.isValid)
    .map((result) => {
      const corners = Object.values(result.position) as { x: number; y: number }[];
      const pixelBox = extendBarHeight(image, {
        x0: Math.min(...corners.map((c) => c.x)),
        y0: Math.min(...corners.map((c) => c.y)),
        x1: Math.max(...corners.map((c) => c.x)),
        y1: Math.max(...corners.map((c) => c.y)),
      });
      return {
        box: { x0: pixelBox.x0 * toPoints, y0: pixelBox.y0 * toPoints, x1: pixelBox.x1 * toPoints, y1: pixelBox.y1 * toPoints },
        format: result.format,
        content: result.text,
      };
    });
}

// A linear code is reported on its scan line only: grow up and down while rows still look like bars.
function extendBarHeight(image: GrayImage, box: Box): Box {
  const x0 = Math.max(0, Math.floor(box.x0));
  const x1 = Math.min(image.width - 1, Math.ceil(box.x1));
  const minTransitions = Math.max(4, Math.floor(countTransitions(image, Math.round((box.y0 + box.y1) / 2), x0, x1) / 2));
  let top = Math.max(0, Math.floor(box.y0));
  let bottom = Math.min(image.height - 1, Math.ceil(box.y1));
  while (top > 0 && countTransitions(image, top - 1, x0, x1) >= minTransitions) top--;
  while (bottom < image.height - 1 && countTransitions(image, bottom + 1, x0, x1) >= minTransitions) bottom++;
  return { x0, y0: top, x1, y1: bottom };
}

function countTransitions(image: GrayImage, y: number, x0: number, x1: number): number {
  let transitions = 0;
  let dark = image.pixels[y * image.width + x0]! < 128;
  for (let x = x0 + 1; x <= x1; x++) {
    const next = image.pixels[y * image.width + x]! < 128;
    if (next !== dark) transitions++;
    dark = next;
  }
  return transitions;
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
