import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { prepareZXingModule, readBarcodesFromImageData } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);

// Decode every barcode zxing can find on every page of a PDF, rendered at 300 dpi.
export async function readBarcodesInPdf(data: Uint8Array): Promise<string[]> {
  const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
  const found: string[] = [];
  try {
    for (let i = 1; i <= pdf.numPages; i++) {
      const page = await pdf.getPage(i);
      const viewport = page.getViewport({ scale: 300 / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      const results = await readBarcodesFromImageData(image as unknown as ImageData, { tryHarder: true, formats: [] });
      found.push(...results.filter((r) => r.isValid).map((r) => r.text));
    }
  } finally {
    await pdf.destroy();
  }
  return found;
}
