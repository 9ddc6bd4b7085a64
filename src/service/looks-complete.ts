import { open } from 'node:fs/promises';

// A copy has really finished when the file ends the way its type ends: %%EOF for PDF, IEND for PNG, FFD9 for JPEG.
export async function looksComplete(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(Math.min(8, size));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(2048, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    if (head.subarray(0, 5).toString('latin1') === '%PDF-') return tail.toString('latin1').includes('%%EOF');
    if (head[0] === 0x89 && head.subarray(1, 4).toString('latin1') === 'PNG') return tail.includes(Buffer.from('IEND', 'latin1'));
    if (head[0] === 0xff && head[1] === 0xd8) return tail.includes(Buffer.from([0xff, 0xd9]));
    return true;
  } finally {
    await handle.close();
  }
}
