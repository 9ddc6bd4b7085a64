import { findBarcodes } from '../barcode/find-barcodes.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import type { GrayImage } from '../raster/gray.js';
import { readCaseIdInCode, readCaseIdsInText } from '../store/case-id-text.js';
import type { CaseIdSighting } from './decide-match.js';

export interface ScanImage {
  image: GrayImage;
  dpi: number;
  textLines?: string[];
}

// Every case ID on every page: QR codes and a PDF text layer (exact), and OCR of the printed text (look-alikes corrected).
export async function readCaseIds(pages: readonly ScanImage[], ocr: OcrPool): Promise<CaseIdSighting[]> {
  const perPage = await Promise.all(
    pages.map(async ({ image, dpi, textLines }, index) => {
      const page = index + 1;
      const [codes, text] = await Promise.all([findBarcodes(image, dpi), ocr.recognize(image, dpi)]);
      const sightings: CaseIdSighting[] = [];
      for (const code of codes) {
        const reading = readCaseIdInCode(code.content);
        if (reading) sightings.push({ ...reading, source: 'qr', page });
      }
      for (const line of textLines ?? []) {
        for (const reading of readCaseIdsInText(line)) sightings.push({ ...reading, source: 'text', page });
      }
      for (const line of text.lines) {
        const lineText = line.words.map((word) => word.text).join(' ');
        for (const reading of readCaseIdsInText(lineText)) sightings.push({ ...reading, source: 'ocr', page });
      }
      return sightings;
    }),
  );
  return perPage.flat();
}
