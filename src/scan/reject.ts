import { InputRejectedError, type RejectReason } from '../errors.js';
import { message } from '../messages.js';
import { DEFAULT_BUDGET } from '../pdf/budget.js';

// Every refusal of a reply scan says what is wrong with the file (a `scan.*` message) and that a person must take over;
// never a file name.
export function rejectScan(reason: RejectReason, problem: string, values: Record<string, string | number> = {}, cause?: unknown): InputRejectedError {
  return new InputRejectedError(reason, message('scan.manual-handling', { problem: message(`scan.${problem}`, values) }), cause);
}

// Checked before any pixel buffer is allocated, so an absurd header cannot exhaust memory; the limit is the page budget
// (`limits.maxPagePixels`), far beyond a fax or a 600 dpi A4 scan.
export function checkPageSize(width: number, height: number, page: number, maxPixels = DEFAULT_BUDGET.maxPagePixels): void {
  if (!(width > 0 && height > 0)) {
    throw rejectScan('damaged', 'page-without-size', { page });
  }
  if (width * height > maxPixels) {
    throw rejectScan('too-large', 'page-too-large', { page, width, height });
  }
}
