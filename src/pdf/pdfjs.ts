import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

// pdf.js reads its fonts, character maps and image decoders from the installed package, never from the network.
export const PDFJS_ASSETS = {
  standardFontDataUrl: pathToFileURL(path.join(pdfjsRoot, 'standard_fonts') + path.sep).pathname,
  cMapUrl: pathToFileURL(path.join(pdfjsRoot, 'cmaps') + path.sep).pathname,
  /** A file path ending in a separator: pdf.js in Node reads `openjpeg.wasm` and `jbig2.wasm` from it with fs. */
  wasmUrl: path.join(pdfjsRoot, 'wasm') + path.sep,
};

// Load the Node build of pdf.js lazily so commands that do not touch PDFs start fast.
export async function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}
