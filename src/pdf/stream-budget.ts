import { constants, createInflate } from 'node:zlib';
import type { RenderBudget } from './budget.js';
import { PdfProblem } from './pdf-problem.js';

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');
const DICT_WINDOW = 4096;
const BYTES_PER_PIXEL = 3;
const FIRST_FILTER_FLATE = /\/Filter\s*\[?\s*\/(FlateDecode|Fl)\b/;
const DIRECT_LENGTH = /\/Length\s+(\d+)(?!\s+\d+\s+R)/;

// pdf.js inflates a Flate stream whole, without any limit, before it reads a byte of it: a 2 MB file whose content stream
// inflates to 2 GB takes minutes and 4 GB of memory. Each Flate stream is therefore inflated here first, counting bytes
// only, and the file is refused once one stream inflates to more than the largest image the budget allows (RGB), or all
// of them together to more than the document budget. Streams that are encrypted, or start with another filter, cannot
// be measured this way and are left to pdf.js.
export async function checkStreamBudget(data: Uint8Array, budget: RenderBudget): Promise<void> {
  const perStream = budget.maxImagePixels * BYTES_PER_PIXEL;
  let left = budget.maxDocumentPixels * BYTES_PER_PIXEL;
  for (const stream of flateStreams(Buffer.from(data.buffer, data.byteOffset, data.byteLength))) {
    const limit = Math.min(perStream, left);
    const inflated = await inflatedLength(stream, limit);
    if (inflated > limit) throw new PdfProblem('stream-too-large', { megabytes: Math.round(limit / 1e6) });
    left -= inflated;
  }
}

// Every `stream … endstream` whose dictionary names Flate as its first filter; the data runs for its direct /Length, or
// up to the next `endstream` when the length is indirect, missing or wrong.
function* flateStreams(bytes: Buffer): Generator<Buffer> {
  for (let at = bytes.indexOf(STREAM); at !== -1; at = bytes.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && bytes.toString('latin1', at - 3, at) === 'end') continue;
    const eol = bytes[at + STREAM.length];
    if (eol !== 0x0a && eol !== 0x0d) continue;
    const start = at + STREAM.length + (eol === 0x0d && bytes[at + STREAM.length + 1] === 0x0a ? 2 : 1);
    const windowStart = Math.max(0, at - DICT_WINDOW);
    const objAt = bytes.subarray(windowStart, at).lastIndexOf('obj');
    const dict = bytes.toString('latin1', windowStart + Math.max(objAt, 0), at);
    if (!FIRST_FILTER_FLATE.test(dict)) continue;
    const length = Number(DIRECT_LENGTH.exec(dict)?.[1] ?? Number.NaN);
    const endAt = bytes.indexOf(END, start);
    const end = start + length <= bytes.length && length >= 0 ? start + length : endAt === -1 ? bytes.length : endAt;
    yield bytes.subarray(start, end);
    at = Math.max(at, end - STREAM.length);
  }
}

// Inflated bytes counted as they come and dropped; stops as soon as the count passes `limit`. Damaged data counts as far
// as it inflates (pdf.js reads no further either).
function inflatedLength(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1 << 20 });
    let total = 0;
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('error', () => resolve(total));
    inflate.on('end', () => resolve(total));
    inflate.end(data);
  });
}
