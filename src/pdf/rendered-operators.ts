import type { PdfPage } from './render-page.js';

/** pdf.js's operator list: one function code and its arguments per operation. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

interface IntentState {
  displayReadyCapability?: unknown;
  operatorList?: OperatorList & { lastChunk?: boolean };
}

/**
 * The operator list pdf.js built for the page's display render, which its image objects are keyed by. Asking
 * `getOperatorList()` instead parses the page again (decoding every image twice) under new object ids.
 * Read from pdf.js's private intent state (pdfjs-dist is pinned); undefined when the page was not rendered.
 */
export function renderedOperatorList(page: PdfPage): OperatorList | undefined {
  const states = (page as unknown as { _intentStates?: Map<string, IntentState> })._intentStates;
  for (const state of states?.values() ?? []) {
    if (state.displayReadyCapability && state.operatorList?.lastChunk) return state.operatorList;
  }
  return undefined;
}
