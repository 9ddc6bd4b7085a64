import { InputRejectedError, type RejectReason } from '../errors.js';
import { DEFAULT_BUDGET } from '../pdf/budget.js';

const MANUAL_HANDLING = 'Faxsvaret måste hanteras manuellt.';
const scanRejections = new WeakSet<InputRejectedError>();

// Every refusal of a reply scan says what is wrong with the file and that a person must take over; never a file name.
export function rejectScan(reason: RejectReason, problem: string, cause?: unknown): InputRejectedError {
  const error = new InputRejectedError(reason, `${problem} ${MANUAL_HANDLING}`, cause);
  scanRejections.add(error);
  return error;
}

// Tells our own refusals from those of shared helpers (withPdf) whose wording is about referrals.
export function isScanRejection(error: unknown): boolean {
  return error instanceof InputRejectedError && scanRejections.has(error);
}

// Checked before any pixel buffer is allocated, so an absurd header cannot exhaust memory; the limit is the page budget
// (`limits.maxPagePixels`), far beyond a fax or a 600 dpi A4 scan.
export function checkPageSize(width: number, height: number, page: number, maxPixels = DEFAULT_BUDGET.maxPagePixels): void {
  if (!(width > 0 && height > 0)) {
    throw rejectScan('damaged', `Sida ${page} saknar giltig bredd eller höjd och kan inte läsas.`);
  }
  if (width * height > maxPixels) {
    throw rejectScan('too-large', `Sida ${page} är för stor för att läsas (${width} × ${height} bildpunkter).`);
  }
}
