import { open } from 'node:fs/promises';
import { detectScanKind } from '../scan/scan-kind.js';

const LAST_BYTES = { pdf: Buffer.from('%%EOF', 'latin1'), png: Buffer.from('IEND', 'latin1'), jpeg: Buffer.from([0xff, 0xd9]) } as const;

// A copy has really finished when the file ends the way its type ends: %%EOF for PDF, IEND for PNG, FFD9 for JPEG.
export async function looksComplete(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(1024, size));
    await handle.read(head, 0, head.length, 0);
    const kind = detectScanKind(head);
    if (kind === undefined || kind === 'tiff') return true;
    const tail = Buffer.alloc(Math.min(2048, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return tail.includes(LAST_BYTES[kind]);
  } finally {
    await handle.close();
  }
}
