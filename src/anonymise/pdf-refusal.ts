import { InputRejectedError, RedactionUnverifiedError } from '../errors.js';
import { message } from '../messages.js';
import { PdfProblem } from '../pdf/pdf-problem.js';

// The shared PDF helpers report codes; for a referral each is worded as the nurse's next step (the manual routine).
export function referralRefusal(error: unknown): unknown {
  if (!(error instanceof PdfProblem)) return error;
  const text = message(`referral.${error.code}`, error.values);
  if (error.code !== 'render-failed') return new InputRejectedError(error.reason, text, error.cause);
  return new RedactionUnverifiedError('render-failed', error.values.page ?? 0, text, error.cause);
}
