import type { RejectReason } from '../errors.js';

export type PdfProblemCode =
  | 'not-pdf'
  | 'damaged'
  | 'encrypted'
  | 'no-pages'
  | 'too-many-pages'
  | 'page-too-large'
  | 'document-too-large'
  | 'image-too-large'
  | 'stream-too-large'
  | 'render-failed';

const TOO_LARGE: readonly PdfProblemCode[] = ['page-too-large', 'document-too-large', 'image-too-large', 'stream-too-large'];

// The shared PDF helpers say what is wrong as a code and the numbers a message needs; each stage words it for its reader.
export class PdfProblem extends Error {
  readonly code: PdfProblemCode;
  readonly values: Readonly<Record<string, number>>;

  constructor(code: PdfProblemCode, values: Record<string, number> = {}, cause?: unknown) {
    super(`pdf problem: ${code}`, { cause });
    this.name = 'PdfProblem';
    this.code = code;
    this.values = values;
  }

  /** The input rejection this problem amounts to; render-failed is the caller's to judge. */
  get reason(): RejectReason {
    if (TOO_LARGE.includes(this.code)) return 'too-large';
    return this.code === 'render-failed' ? 'unreadable' : (this.code as RejectReason);
  }
}
