import { open } from 'node:fs/promises';
import { InputRejectedError } from '../errors.js';

// Read a dropped file whole, but only after its size (of the very file opened) is within the budget: a file far
// larger than any referral or fax is refused before it is held in memory, in the caller's words for its file (given
// the size in MB). Other read errors reach the caller as is.
export async function readInputFile(file: string, maxBytes: number, tooLargeMessage: (megabytes: number) => string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new InputRejectedError('too-large', tooLargeMessage(Math.round(size / 1e6)));
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}
