// Every expected failure carries a stable code, a Swedish message for the person who must act, and its cause.
export type ErrorCode =
  | 'USAGE'
  | 'CONFIG_INVALID'
  | 'INPUT_REJECTED'
  | 'REDACTION_UNVERIFIED'
  | 'STORE_FAILED'
  | 'OUTPUT_FAILED';

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

export type RejectReason = 'not-pdf' | 'damaged' | 'encrypted' | 'no-pages' | 'too-many-pages' | 'unreadable';

// The input file cannot be processed at all; the nurse must use the manual routine.
export class InputRejectedError extends ReservfaxError {
  readonly reason: RejectReason;

  constructor(reason: RejectReason, userMessage: string, cause?: unknown) {
    super('INPUT_REJECTED', userMessage, { cause, detail: `input rejected: ${reason}` });
    this.reason = reason;
  }
}

export type UnverifiedReason = 'identifier-remains' | 'low-ocr-confidence' | 'barcode-remains';

// The anonymised pages could not be shown to be free of identifiers: nothing may be faxed.
export class RedactionUnverifiedError extends ReservfaxError {
  readonly reason: UnverifiedReason;
  readonly page: number;

  constructor(reason: UnverifiedReason, page: number, userMessage: string) {
    super('REDACTION_UNVERIFIED', userMessage, { detail: `redaction unverified on page ${page}: ${reason}` });
    this.reason = reason;
    this.page = page;
  }
}

// Exit codes are part of the documented interface (README, "Exit codes").
export const EXIT_CODES: Record<ErrorCode, number> = {
  USAGE: 2,
  CONFIG_INVALID: 2,
  INPUT_REJECTED: 3,
  REDACTION_UNVERIFIED: 4,
  STORE_FAILED: 5,
  OUTPUT_FAILED: 5,
};
