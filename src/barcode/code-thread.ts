import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DecodedSymbol } from './decoded-symbol.js';
import type { CodeAnswer, CodeRequest } from './code-thread-entry.js';
import type { CodeScan } from './scan-codes.js';

const HERE = fileURLToPath(import.meta.url);
const ENTRY = path.join(path.dirname(HERE), `code-thread-entry${path.extname(HERE)}`);

interface Pending {
  resolve: (symbols: DecodedSymbol[]) => void;
  reject: (error: Error) => void;
}

let thread: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

// Why: the two decoders take about a quarter of the main thread's time on a page; in a thread of their own they run
// beside rendering, detection and the other pages. One thread per process, started on first use, kept only while
// it has work (it never holds the process open). A decoder failure, or the thread's death, rejects the scan: the
// caller then cannot say the page is free of codes.
export function scanCodesInThread(scan: CodeScan): Promise<DecodedSymbol[]> {
  const worker = (thread ??= startThread());
  const id = nextId++;
  const pixels = scan.image.pixels.slice();
  const request: CodeRequest = { id, scan: { ...scan, image: { ...scan.image, pixels } } };
  return new Promise<DecodedSymbol[]>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage(request, [pixels.buffer]);
  });
}

function startThread(): Worker {
  // Run from source (tests, tsx), the thread registers the same TypeScript loader before loading its entry.
  const worker =
    path.extname(ENTRY) === '.ts'
      ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(ENTRY).href)}); })`, { eval: true })
      : new Worker(ENTRY);
  worker.unref();
  worker.on('message', (answer: CodeAnswer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if (pending.size === 0) worker.unref();
    if (!waiting) return;
    if ('error' in answer) waiting.reject(Object.assign(new Error(answer.error.message), { name: answer.error.name }));
    else waiting.resolve(answer.symbols);
  });
  const fail = (error: Error) => {
    if (thread === worker) thread = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the code thread exited (${code})`)));
  return worker;
}
