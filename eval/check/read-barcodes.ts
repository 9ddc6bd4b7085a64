import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodesFromImageData } from 'zxing-wasm/reader';
import { forEachRenderedPage } from './render-pages.js';

const require = createRequire(import.meta.url);

// Decode every barcode zxing can find on every page of a PDF, rendered at 300 dpi.
export async function readBarcodesInPdf(data: Uint8Array): Promise<string[]> {
  const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
  const pages = await forEachRenderedPage(data, 300, async (canvas) => {
    const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const results = await readBarcodesFromImageData(image as unknown as ImageData, { tryHarder: true, formats: [] });
    return results.filter((r) => r.isValid).map((r) => r.text);
  });
  return pages.flat();
}
