import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodesFromImageData } from 'zxing-wasm/reader';
import type { GrayImage } from '../raster/gray.js';
import { boundingBox, isLinearFormat, type DecodedSymbol } from './decoded-symbol.js';

const require = createRequire(import.meta.url);
let prepared: Promise<unknown> | undefined;

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

// Every 1-D and 2-D code zxing can decode in a grey raster, located in its pixels.
export async function scanWithZxing(image: GrayImage, options: { tryHarder?: boolean } = {}): Promise<DecodedSymbol[]> {
  await prepareReader();
  const results = await readBarcodesFromImageData(toImageData(image), {
    tryHarder: options.tryHarder ?? true,
    tryRotate: true,
    tryInvert: false,
    maxNumberOfSymbols: 32,
    formats: [],
  });
  return results
    .filter((result) => result.isValid)
    .map((result) => {
      const { topLeft, topRight, bottomRight, bottomLeft } = result.position;
      const points = [topLeft, topRight, bottomRight, bottomLeft];
      const dx = topRight.x - topLeft.x;
      const dy = topRight.y - topLeft.y;
      const length = Math.hypot(dx, dy) || 1;
      const linear = isLinearFormat(result.format);
      const modules = !linear && result.symbol?.width > 0 ? result.symbol.width : undefined;
      return {
        format: result.format,
        content: result.text,
        box: boundingBox(points),
        points,
        direction: length > 1 ? { x: dx / length, y: dy / length } : { x: 1, y: 0 },
        linear,
        ...(modules ? { modules } : {}),
      };
    });
}

function toImageData(image: GrayImage): ImageData {
  const rgba = new Uint8ClampedArray(image.width * image.height * 4);
  const words = new Uint32Array(rgba.buffer);
  for (let i = 0; i < image.pixels.length; i++) {
    const v = image.pixels[i]!;
    words[i] = 0xff000000 | (v << 16) | (v << 8) | v;
  }
  return { data: rgba, width: image.width, height: image.height, colorSpace: 'srgb' } as unknown as ImageData;
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
