import { afterAll, beforeAll } from 'vitest';
import { withOcrPool, type OcrPool } from '../../src/ocr/ocr-pool.js';

// One real Swedish OCR worker for a whole test file: started before the first test, closed after the last.
export function useOcrPool(): () => OcrPool {
  let ocr: OcrPool | undefined;
  let release: () => void = () => {};
  let pool: Promise<void> = Promise.resolve();
  beforeAll(async () => {
    await new Promise<void>((ready) => {
      pool = withOcrPool({ workers: 1, languages: ['swe'] }, (started) => {
        ocr = started;
        ready();
        return new Promise<void>((done) => (release = done));
      });
    });
  }, 60_000);
  afterAll(async () => {
    release();
    await pool;
  });
  return () => {
    if (!ocr) throw new Error('the OCR pool is used before beforeAll started it');
    return ocr;
  };
}
