import { message } from './messages.js';

// Every expected failure carries a stable code, a Swedish message for the person who must act, and its cause.
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'INPUT_REJECTED'
  | 'REDACTION_UNVERIFIED'
  | 'STORE_FAILED'
  | 'OUTPUT_FAILED'
  | 'SERVICE_RUNNING'
  | 'PRINT_FAILED'
  | 'MAIL_FAILED'
  | 'CLAIM_FAILED';

export class ReservfaxError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: string;

  constructor(code: ErrorCode, userMessage: string, options: { cause?: unknown; detail?: string } = {}) {
    super(options.detail ?? userMessage, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.userMessage = userMessage;
  }
}

// The command line was wrong: the person typing it must correct it.
export class UsageError extends ReservfaxError {
  constructor(userMessage: string) {
    super('USAGE', userMessage);
  }
}

// The configuration file is wrong: IT must fix the named key.
export class ConfigError extends ReservfaxError {
  constructor(userMessage: string, cause?: unknown) {
    super('CONFIG_INVALID', userMessage, { cause });
  }
}

export type RejectReason = 'not-pdf' | 'damaged' | 'encrypted' | 'no-pages' | 'too-many-pages' | 'too-large' | 'unreadable' | 'not-scan';

// The input file cannot be processed at all; the nurse must use the manual routine.
export class InputRejectedError extends ReservfaxError {
  readonly reason: RejectReason;

  constructor(reason: RejectReason, userMessage: string, cause?: unknown) {
    super('INPUT_REJECTED', userMessage, { cause, detail: `input rejected: ${reason}` });
    this.reason = reason;
  }
}

export type UnverifiedReason = 'identifier-remains' | 'low-ocr-confidence' | 'unexplained-ink' | 'barcode-remains' | 'render-failed';

// The anonymised pages could not be shown to be free of identifiers: nothing may be faxed.
export class RedactionUnverifiedError extends ReservfaxError {
  readonly reason: UnverifiedReason;
  readonly page: number;

  constructor(reason: UnverifiedReason, page: number, userMessage: string, cause?: unknown) {
    super('REDACTION_UNVERIFIED', userMessage, { cause, detail: `redaction unverified on page ${page}: ${reason}` });
    this.reason = reason;
    this.page = page;
  }
}

export type PrintFailReason =
  | 'invalid-request'
  | 'lp-missing'
  | 'scheduler-down'
  | 'unknown-printer'
  | 'not-accepting'
  | 'timeout'
  | 'no-job-id'
  | 'lp-failed'
  | 'query-failed';

// The PDF did not reach the print/fax queue: the nurse must fax it by hand, so the message says how.
export class PrintFailedError extends ReservfaxError {
  readonly reason: PrintFailReason;
  readonly printer: string;

  constructor(reason: PrintFailReason, printer: string, options: { cause?: unknown; detail?: string } = {}) {
    const userMessage = message('errors.print-failed', { printer, problem: message(`errors.print-${reason}`) });
    super('PRINT_FAILED', userMessage, { cause: options.cause, detail: `print failed on ${printer}: ${reason}${options.detail ? ` (${options.detail})` : ''}` });
    this.reason = reason;
    this.printer = printer;
  }
}

export type ClaimFailReason = 'not-a-file' | 'changed-while-copying';

// A dropped file could not be taken over whole; it stays where it is and is tried again once it has stopped changing.
export class ClaimFailedError extends ReservfaxError {
  readonly reason: ClaimFailReason;

  constructor(reason: ClaimFailReason, cause?: unknown) {
    super('CLAIM_FAILED', message('errors.claim-failed'), { cause, detail: `claim failed: ${reason}` });
    this.reason = reason;
  }
}
