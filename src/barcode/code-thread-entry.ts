import { parentPort } from 'node:worker_threads';
import type { DecodedSymbol } from './decoded-symbol.js';
import { scanCodes, type CodeScan } from './scan-codes.js';

/** A request to the code thread, and its answer: the symbols, or the error's name and message (no page content). */
export type CodeRequest = { id: number; scan: CodeScan };
export type CodeAnswer = { id: number; symbols: DecodedSymbol[] } | { id: number; error: { name: string; message: string } };

// Why: the thread code-thread.ts starts; it decodes one request at a time (the decoders' wasm is synchronous) and
// answers each, so the main thread renders, detects and verifies other pages meanwhile.
parentPort?.on('message', (request: CodeRequest) => {
  scanCodes(request.scan).then(
    (symbols) => parentPort!.postMessage({ id: request.id, symbols } satisfies CodeAnswer),
    (error: unknown) => {
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      parentPort!.postMessage({ id: request.id, error: { name, message } } satisfies CodeAnswer);
    },
  );
});
