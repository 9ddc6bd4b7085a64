import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// Render each page of a PDF (up to `pages`) on white at `dpi` with pdf.js, hand it to `fn`, and clean up.
export async function forEachRenderedPage<T>(data: Uint8Array, dpi: number, fn: (canvas: Canvas, page: number) => Promise<T>, pages = Infinity): Promise<T[]> {
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const results: T[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, pages); n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
      results.push(await fn(canvas, n));
    }
    return results;
  } finally {
    await pdf.destroy();
  }
}
