import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { createWorker, OEM, PSM } from 'tesseract.js';
import { thresholdLikeFax } from './fax-threshold.js';
import { withoutRules } from './remove-rules.js';
import { forEachRenderedPage } from './render-pages.js';
import path from 'node:path';

const TESSDATA = path.resolve(import.meta.dirname, '../../vendor/tessdata');

// Text the PDF's text layer still holds, read with pdf.js (an image-only fax PDF has none).
export async function extractTextLayer(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    let text = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}

export interface PdfStructure {
  pageCount: number;
  pageSizes: { width: number; height: number }[];
  infoKeys: string[];
  catalogKeys: string[];
  pagesWithAnnotations: number;
  pagesWithFonts: number;
}

// What a PDF carries besides its page images: metadata, annotations, fonts, forms, scripts.
export async function inspectStructure(data: Uint8Array): Promise<PdfStructure> {
  const doc = await PDFDocument.load(data, { updateMetadata: false });
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  const pages = doc.getPages();
  return {
    pageCount: pages.length,
    pageSizes: pages.map((page) => page.getSize()),
    infoKeys: info instanceof PDFDict ? info.keys().map((key) => key.asString()) : [],
    catalogKeys: doc.catalog.keys().map((key) => key.asString()),
    pagesWithAnnotations: pages.filter((page) => page.node.get(PDFName.of('Annots')) !== undefined).length,
    pagesWithFonts: pages.filter((page) => {
      const resources = page.node.Resources();
      return resources?.get(PDFName.of('Font')) !== undefined;
    }).length,
  };
}

export type OcrWorker = Awaited<ReturnType<typeof createWorker>>;

// A tesseract.js worker of the checker's own, independent of reservfax's OCR pool.
export function createCheckWorker(): Promise<OcrWorker> {
  return createWorker(['swe', 'eng'], OEM.LSTM_ONLY, { langPath: TESSDATA, gzip: true, cacheMethod: 'none' });
}

// OCR every page of a PDF at 300 dpi with pdf.js and tesseract.js directly, not through reservfax's code.
// With `bottomPt`, only that strip at the foot of each page is read (where the footer stamp sits).
// With `sparse`, each page is read a second time as sparse text with its table rules removed: tesseract's page
// layout loses cells of ruled tables. With `asFaxed`, each page is read as a fax in fine mode would arrive: 204 dpi,
// every pixel black or white.
export async function ocrPdf(
  data: Uint8Array,
  options: { dpi?: number; bottomPt?: number; pages?: number; worker?: OcrWorker; sparse?: boolean; asFaxed?: boolean } = {},
): Promise<string[]> {
  const dpi = options.dpi ?? (options.asFaxed ? 204 : 300);
  const worker = options.worker ?? (await createCheckWorker());
  try {
    return await forEachRenderedPage(
      data,
      dpi,
      async (rendered) => {
        const canvas = options.asFaxed ? thresholdLikeFax(rendered) : rendered;
        const strip = options.bottomPt === undefined ? canvas : cropBottom(canvas, Math.round((options.bottomPt * dpi) / 72));
        const png = strip.toBuffer('image/png');
        const text = (await worker.recognize(png)).data.text;
        if (!options.sparse) return text;
        await worker.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT });
        try {
          return `${text}\n${(await worker.recognize(withoutRules(strip).toBuffer('image/png'))).data.text}`;
        } finally {
          await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
        }
      },
      options.pages,
    );
  } finally {
    if (!options.worker) await worker.terminate();
  }
}

function cropBottom(canvas: Canvas, height: number): Canvas {
  const strip = createCanvas(canvas.width, height);
  strip.getContext('2d').drawImage(canvas, 0, canvas.height - height, canvas.width, height, 0, 0, canvas.width, height);
  return strip;
}
