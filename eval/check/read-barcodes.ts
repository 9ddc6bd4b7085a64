import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ZBarScanner, getInstance, scanImageData, setModuleArgs } from '@undecaf/zbar-wasm';
import { prepareZXingModule, readBarcodesFromImageData } from 'zxing-wasm/reader';
import { forEachRenderedPage } from './render-pages.js';

const require = createRequire(import.meta.url);
let zbarLoaded = false;

// Decode every barcode zxing or zbar (two independent decoders) can find on every page of a PDF, rendered at 300 dpi.
// A symbol both decoders read counts once per page.
export async function readBarcodesInPdf(data: Uint8Array): Promise<string[]> {
  const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
  if (!zbarLoaded) setModuleArgs({ wasmBinary: new Uint8Array(readFileSync(require.resolve('@undecaf/zbar-wasm/dist/zbar.wasm'))) } as Parameters<typeof setModuleArgs>[0]);
  zbarLoaded = true;
  await getInstance();
  const pages = await forEachRenderedPage(data, 300, async (canvas) => {
    const image = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const results = await readBarcodesFromImageData(image as unknown as ImageData, { tryHarder: true, formats: [] });
    const scanner = await ZBarScanner.create();
    try {
      const zbar = await scanImageData(image as unknown as ImageData, scanner);
      return [...new Set([...results.filter((r) => r.isValid).map((r) => r.text), ...zbar.map((symbol) => symbol.decode('utf-8'))])];
    } finally {
      scanner.destroy();
    }
  });
  return pages.flat();
}
