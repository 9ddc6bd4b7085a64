import { afterAll, beforeAll } from 'vitest';
import { createCheckWorker, type OcrWorker } from '../../eval/check/inspect-output.js';

// One checker OCR worker for a test file, independent of reservfax's own pool: started before the file's tests and
// ended after them. Call the returned function inside a test to get it.
export function useCheckWorker(): () => OcrWorker {
  let worker: OcrWorker | undefined;
  beforeAll(async () => {
    worker = await createCheckWorker();
  }, 60_000);
  afterAll(async () => {
    await worker?.terminate();
  });
  return () => {
    if (!worker) throw new Error('the checker OCR worker has not started');
    return worker;
  };
}
