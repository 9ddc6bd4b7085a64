import type { InputRejectedError } from '../errors.js';
import { pageSize, renderPage, type PdfPage } from '../pdf/render-page.js';
import type { RenderBudget } from '../pdf/budget.js';
import { PdfProblem, type PdfProblemCode } from '../pdf/pdf-problem.js';
import { withPdf } from '../pdf/with-pdf.js';
import { toGray } from '../raster/gray.js';
import type { ScanPage } from './scan-page.js';
import { checkPageSize, rejectScan } from './reject.js';

/** The `scan.*` message for each PdfProblem of a reply; every size problem reads the same to the person who takes over. */
const PDF_PROBLEMS: Partial<Record<PdfProblemCode, string>> = {
  damaged: 'pdf-damaged',
  encrypted: 'pdf-encrypted',
  'no-pages': 'pdf-no-pages',
  'too-many-pages': 'pdf-too-many-pages',
  'page-too-large': 'pdf-too-large',
  'document-too-large': 'pdf-too-large',
  'image-too-large': 'pdf-too-large',
  'stream-too-large': 'pdf-too-large',
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
    if (!(error instanceof PdfProblem)) throw error;
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

// withPdf reports codes; for a reply they are worded for the person who must handle the fax by hand.
function replyRejection(error: PdfProblem, maxPages: number): InputRejectedError {
  return rejectScan(error.reason, PDF_PROBLEMS[error.code] ?? 'pdf-unreadable', { maxPages }, error);
}
