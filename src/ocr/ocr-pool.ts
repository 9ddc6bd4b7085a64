import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScheduler, createWorker, OEM, type Scheduler } from 'tesseract.js';
import { unionBox } from '../layout/boxes.js';
import type { Line, Word } from '../layout/types.js';
import { encodePgm, type GrayImage } from '../raster/gray.js';

// Swedish and English models shipped in the repository (gzipped), so OCR never downloads anything.
export const TESSDATA_DIR = fileURLToPath(new URL('../../vendor/tessdata/', import.meta.url));

export interface OcrPage {
  lines: Line[];
  confidence: number;
}

export interface OcrPool {
  recognize(image: GrayImage, dpi: number): Promise<OcrPage>;
}

// Create the OCR workers once, lend them to `fn`, and always terminate them afterwards.
export async function withOcrPool<T>(size: number, fn: (pool: OcrPool) => Promise<T>): Promise<T> {
  const scheduler = createScheduler();
  try {
    const workers = await Promise.all(
      Array.from({ length: size }, () =>
        createWorker(['swe', 'eng'], OEM.LSTM_ONLY, {
          langPath: path.resolve(TESSDATA_DIR),
          gzip: true,
          cacheMethod: 'none',
        }),
      ),
    );
    for (const worker of workers) scheduler.addWorker(worker);
    return await fn({ recognize: (image, dpi) => recognize(scheduler, image, dpi) });
  } finally {
    await scheduler.terminate();
  }
}

async function recognize(scheduler: Scheduler, image: GrayImage, dpi: number): Promise<OcrPage> {
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
            box: { x0: x0 * toPoints, y0: y0 * toPoints, x1: x1 * toPoints, y1: y1 * toPoints },
            confidence: word.confidence,
          });
        }
        if (words.length > 0) lines.push({ words, box: unionBox(words.map((w) => w.box)) });
      }
    }
  }
  return { lines, confidence: result.data.confidence };
}
