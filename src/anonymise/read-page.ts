import { findBarcodes, type FoundBarcode } from '../barcode/find-barcodes.js';
import { looksLikeCode } from '../barcode/looks-like-code.js';
import { groupIntoLines } from '../layout/group-lines.js';
import { faxSheetFor } from '../layout/fax-sheet.js';
import type { Box, Line, PageSize } from '../layout/types.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import { renderInkLayers } from '../pdf/render-layers.js';
import { extractAnnotationWords } from '../pdf/annotation-words.js';
import { renderCheckedPage } from '../pdf/checked-render.js';
import { pageSize, type PdfPage } from '../pdf/render-page.js';
import { extractTextWords } from '../pdf/text-words.js';
import { resampleGray } from '../raster/compose.js';
import type { GrayImage } from '../raster/gray.js';
import { analyseInk, type InkAnalysis } from '../raster/ink.js';
import { maskTouches, scaleMaskTo, type LayerMask } from '../raster/layer-mask.js';
import { timed, type Timings } from '../util/timings.js';
import { ocrScopes } from './ocr-scope.js';
import { recoverMissedText } from './recover-missed-text.js';
import { judgeTextLayer } from './text-trust.js';

export const OCR_DPI = 300;
const LAYER_DPI = 100;
const TRUSTED_WORD_CONFIDENCE = 40;
const NO_INK: InkAnalysis = { unexplained: 0, denseRegions: [], clusters: [] };

export interface ReadPage {
  size: PageSize;
  /** The page as it will be faxed: fitted into the fax sheet's content box. */
  raster: GrayImage;
  rasterDpi: number;
  textLines: Line[];
  ocrLines: Line[];
  /** Mean confidence of the OCR words in what only OCR can read (images, untrusted or outlined text). */
  ocrConfidence: number;
  ocrWordCount: number;
  unexplainedInk: number;
  /** Dense marks no recognised text explains: blacked out as unreadable (codes, stickers, images). */
  marks: { box: Box; code: boolean }[];
  barcodes: FoundBarcode[];
  /** What verification reads afresh: all but the text-layer words the OCR read the same way (see verify-page.ts). */
  verifyScope: LayerMask;
  /** Text-layer lines of the words the OCR read the same way. */
  agreedLines: Line[];
}

// Everything the detector needs from one page: text-layer lines, OCR lines, barcodes, and the output raster.
export async function readPage(page: PdfPage, ocr: OcrPool, timings: Timings): Promise<ReadPage> {
  const size = pageSize(page);
  const { content, pxPerPt } = faxSheetFor(size);
  const rasterDpi = pxPerPt * 72;
  const ocrRaster = await timed(timings, 'render', async () => (await renderCheckedPage(page, OCR_DPI)).gray);
  // OCR, the slowest reading, starts first and runs in its workers while this thread prepares the rest of the page.
  const reading = timed(timings, 'ocr', () => ocr.recognize(ocrRaster, OCR_DPI));
  reading.catch(() => undefined);
  const raster = await timed(timings, 'render', () => resampleGray(ocrRaster, content.width, content.height));
  const layers = await timed(timings, 'render', () => renderInkLayers(page, LAYER_DPI));
  const textWords = await timed(timings, 'load', async () => [...(await extractTextWords(page)), ...(await extractAnnotationWords(page))]);
  const barcodes = await timed(timings, 'barcode', () => findBarcodes(raster, rasterDpi));
  const ocrPage = await reading;
  const ocrWords = ocrPage.lines.flatMap((line) => line.words);
  const trust = judgeTextLayer(textWords, ocrWords, layers);
  const [scopeMask, verifyScope] = ocrScopes(layers, [trust.trusted, trust.agreed]) as [LayerMask, LayerMask];
  // Ink counts only inside the scope: with nothing in it (a digital page whose text layer holds), nothing can count.
  const scope = scopeMask.cells.includes(1) ? scaleMaskTo(scopeMask, ocrRaster.width, ocrRaster.height) : undefined;
  const explainedBy = (lines: Line[]) =>
    [...trust.trusted, ...lines.flatMap((line) => line.words).filter((word) => word.confidence >= TRUSTED_WORD_CONFIDENCE)]
      .map((word) => word.box)
      .concat(barcodes.map((barcode) => barcode.box));
  let ocrLines = ocrPage.lines;
  let ink = scope ? analyseInk(ocrRaster, OCR_DPI, explainedBy(ocrLines), scope) : NO_INK;
  if (scope && ink.clusters.length > 0) {
    const recovered = await timed(timings, 'ocr', () => recoverMissedText(ocrRaster, OCR_DPI, ink.clusters, ocr));
    ocrLines = [...ocrLines, ...recovered];
    ink = analyseInk(ocrRaster, OCR_DPI, explainedBy(ocrLines), scope);
  }
  const scopedWords = ocrWords.filter((word) => maskTouches(scopeMask, word.box));
  // Every pixel of the page is read: let pdf.js drop its decoded images, or each page read keeps them (up to 240 MB
  // for an image at the budget) until the document closes.
  page.cleanup();
  return {
    size,
    raster,
    rasterDpi,
    textLines: groupIntoLines(textWords),
    ocrLines,
    ocrConfidence: scopedWords.reduce((sum, word) => sum + word.confidence, 0) / Math.max(1, scopedWords.length),
    ocrWordCount: scopedWords.length,
    unexplainedInk: ink.unexplained,
    marks: ink.denseRegions.map((box) => ({ box, code: looksLikeCode(ocrRaster, OCR_DPI, box) })),
    barcodes,
    verifyScope,
    agreedLines: groupIntoLines(trust.agreed),
  };
}
