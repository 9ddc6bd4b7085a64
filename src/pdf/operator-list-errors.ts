import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api.js';

interface StreamingHandler {
  sendWithStream(action: string, data: unknown, ...rest: unknown[]): ReadableStream<unknown>;
}

interface Transported {
  _transport?: { messageHandler?: StreamingHandler };
}

const failures = new WeakMap<object, Map<number, unknown>>();

/**
 * pdf.js (pinned) drops an error its worker meets part way through a page's operators (an image over `maxImageSize`,
 * a form that draws itself, a broken stream): a render, and `getOperatorList()`, resolve with the operators received so
 * far, so a page would be faxed with part of it missing. Watching the document's operator-list streams keeps each such
 * error per page, for `operatorListFailure` to raise after the render. Read from pdf.js's private message handler.
 */
export function watchOperatorLists(pdf: PDFDocumentProxy): void {
  const transport = (pdf as unknown as Transported)._transport;
  const handler = transport?.messageHandler;
  if (!transport || typeof handler?.sendWithStream !== 'function') throw new Error('pdf.js internals changed: no operator-list stream to watch');
  const pages = new Map<number, unknown>();
  failures.set(transport, pages);
  const send = handler.sendWithStream.bind(handler);
  handler.sendWithStream = (action, data, ...rest) => {
    const stream = send(action, data, ...rest);
    const pageIndex = (data as { pageIndex?: unknown } | undefined)?.pageIndex;
    if (action !== 'GetOperatorList' || typeof pageIndex !== 'number') return stream;
    const getReader = stream.getReader.bind(stream);
    const watched = () => {
      const reader = getReader();
      const read = reader.read.bind(reader);
      reader.read = () =>
        read().catch((reason: unknown) => {
          if (!(reason instanceof Error && reason.name === 'AbortException') && !pages.has(pageIndex)) pages.set(pageIndex, reason);
          throw reason;
        });
      return reader;
    };
    return Object.assign(stream, { getReader: watched });
  };
}

// The error the page's operators failed with, if any; a render that "succeeded" with one drew only part of the page.
export function operatorListFailure(page: PDFPageProxy): unknown {
  return failures.get((page as unknown as Transported)._transport ?? {})?.get(page.pageNumber - 1);
}
