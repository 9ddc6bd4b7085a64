import { InputRejectedError, type RejectReason } from '../errors.js';
import { pageSize, renderPage, type PdfPage } from '../pdf/render-page.js';
import type { RenderBudget } from '../pdf/budget.js';
import { withPdf } from '../pdf/with-pdf.js';
import { toGray } from '../raster/gray.js';
import type { ScanPage } from './load-scan.js';
import { checkPageSize, isScanRejection, rejectScan } from './reject.js';

const PDF_PROBLEMS: Partial<Record<RejectReason, string>> = {
  damaged: 'PDF-filen är skadad och kan inte läsas.',
  encrypted: 'PDF-filen är lösenordsskyddad eller krypterad och kan inte läsas.',
  'no-pages': 'PDF-filen har inga sidor.',
  'too-large': 'PDF-filen, eller en bild i den, är för stor för att läsas.',
};

// Each page rendered upright at one resolution (pdf.js pixels are square); withPdf owns opening and destroying the document.
export async function decodePdfPages(data: Uint8Array, maxPages: number, dpi: number, budget: RenderBudget): Promise<ScanPage[]> {
  try {
    return await withPdf(data, maxPages, async (pdf) => {
      const pages: ScanPage[] = [];
      for (let number = 1; number <= pdf.numPages; number++) {
        const page = await pdf.getPage(number);
        const size = pageSize(page);
        checkPageSize(Math.ceil((size.width * dpi) / 72), Math.ceil((size.height * dpi) / 72), number, budget.maxPagePixels);
        const textLines = await textLayerLines(page);
        pages.push({ image: toGray(await renderPage(page, dpi)), dpi, ...(textLines.length > 0 ? { textLines } : {}) });
        page.cleanup();
      }
      return pages;
    }, { renderDpi: dpi, budget });
  } catch (error) {
    if (!(error instanceof InputRejectedError) || isScanRejection(error)) throw error;
    throw replyRejection(error, maxPages);
  }
}

// The text layer as lines, in content order; a reply written digitally carries its case ID here exactly.
async function textLayerLines(page: PdfPage): Promise<string[]> {
  const lines: string[] = [];
  let current = '';
  for (const item of (await page.getTextContent()).items) {
    if (!('str' in item)) continue;
    current += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = '';
    } else current += ' ';
  }
  lines.push(current);
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
}

// withPdf's messages tell the nurse to anonymise a referral by hand; the same reasons get wording for a reply.
function replyRejection(error: InputRejectedError, maxPages: number): InputRejectedError {
  if (error.reason === 'too-many-pages') {
    return rejectScan('too-many-pages', `PDF-filen har fler sidor än tillåtna ${maxPages}.`, error);
  }
  return rejectScan(error.reason, PDF_PROBLEMS[error.reason] ?? 'PDF-filen kan inte läsas.', error);
}
