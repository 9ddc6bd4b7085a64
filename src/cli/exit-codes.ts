import type { ErrorCode } from '../errors.js';

// Every exit code of `reservfax`, in one place: they are part of the documented interface (README, "Exit codes"),
// and scripts and the nurses' instructions depend on them.

export const EXIT_OK = 0;
/** An error no typed error describes: the manual routine, and IT is told. */
export const EXIT_UNEXPECTED = 1;
/** `route` only: the scan was put in manual review, with a note beside it. */
export const EXIT_MANUAL_REVIEW = 6;

/** The exit code of each typed error. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  USAGE: 2,
  CONFIG_INVALID: 2,
  INPUT_REJECTED: 3,
  REDACTION_UNVERIFIED: 4,
  STORE_FAILED: 5,
  OUTPUT_FAILED: 5,
  SERVICE_RUNNING: 7,
  PRINT_FAILED: 5,
  MAIL_FAILED: 5,
  CLAIM_FAILED: 5,
};
