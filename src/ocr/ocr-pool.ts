import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScheduler, createWorker, OEM, type Scheduler } from 'tesseract.js';
import { splitAtGaps } from '../layout/group-lines.js';
import type { Line, Word } from '../layout/types.js';
import { encodePgm, type GrayImage } from '../raster/gray.js';
import { splitAtBlankRows } from '../raster/strips.js';

// Swedish and English models shipped in the repository (gzipped), so OCR never downloads anything.
export const TESSDATA_DIR = fileURLToPath(new URL('../../vendor/tessdata/', import.meta.url));

export interface OcrPage {
  lines: Line[];
  confidence: number;
}

export interface OcrPool {
  size: number;
  /** `whole`: read as one job, without splitting the image across workers. */
  recognize(image: GrayImage, dpi: number, options?: { whole?: boolean }): Promise<OcrPage>;
}

export interface OcrPoolOptions {
  workers: number;
  languages: readonly string[];
  /** Start the workers at once, beside the PDF's loading and first render, instead of at the first page to read. */
  startNow?: boolean;
}

// Pool size and models from the config: one worker per core (at most 4) unless IT says otherwise.
export function ocrPoolOptions(settings: { ocrWorkers?: number | undefined; ocrLanguages: readonly string[] }): OcrPoolOptions {
  return { workers: settings.ocrWorkers ?? Math.min(availableParallelism(), 4), languages: settings.ocrLanguages };
}

// Lend `fn` a pool whose workers start on the first page to read (a file refused before any OCR costs no worker
// start-up) or, with `startNow`, at once; and always terminate them afterwards.
export async function withOcrPool<T>(options: OcrPoolOptions, fn: (pool: OcrPool) => Promise<T>): Promise<T> {
  let started: Promise<Scheduler> | undefined;
  const scheduler = () => (started ??= startScheduler(options));
  // Held until the first page needs it; a start-up failure then surfaces there, as it would when started late.
  if (options.startNow) scheduler().catch(() => undefined);
  try {
    return await fn({ size: options.workers, recognize: async (image, dpi, job) => recognize(await scheduler(), image, dpi, job?.whole ? 1 : options.workers) });
  } finally {
    if (started) await (await started.catch(() => undefined))?.terminate();
  }
}

async function startScheduler(options: OcrPoolOptions): Promise<Scheduler> {
  const scheduler = createScheduler();
  try {
    const workers = await Promise.all(
      Array.from({ length: options.workers }, () =>
        createWorker([...options.languages], OEM.LSTM_ONLY, {
          langPath: path.resolve(TESSDATA_DIR),
          gzip: true,
          cacheMethod: 'none',
        }),
      ),
    );
    for (const worker of workers) scheduler.addWorker(worker);
    return scheduler;
  } catch (error) {
    await scheduler.terminate();
    throw error;
  }
}

// Split the page at blank rows so every worker helps with it, then stitch the lines back in page order.
async function recognize(scheduler: Scheduler, image: GrayImage, dpi: number, workers: number): Promise<OcrPage> {
  const strips = splitAtBlankRows(image, workers);
  const parts = await Promise.all(strips.map((strip) => recognizeStrip(scheduler, strip.image, dpi, (strip.top * 72) / dpi)));
  const lines = parts.flatMap((part) => part.lines);
  const words = lines.flatMap((line) => line.words);
  const confidence = words.length === 0 ? 0 : words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  return { lines, confidence };
}

async function recognizeStrip(scheduler: Scheduler, image: GrayImage, dpi: number, topPt: number): Promise<OcrPage> {
  const result = await scheduler.addJob('recognize', encodePgm(image), {}, { blocks: true, text: false });
  const toPoints = 72 / dpi;
  const lines: Line[] = [];
  for (const block of result.data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words: Word[] = [];
        for (const word of line.words) {
          if (word.text.trim() === '') continue;
          const { x0, y0, x1, y1 } = word.bbox;
          words.push({
            text: word.text,
            box: { x0: x0 * toPoints, y0: y0 * toPoints + topPt, x1: x1 * toPoints, y1: y1 * toPoints + topPt },
            confidence: word.confidence,
          });
        }
        lines.push(...splitAtGaps(words));
      }
    }
  }
  return { lines, confidence: result.data.confidence };
}
