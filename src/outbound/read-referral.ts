import { InputRejectedError } from '../errors.js';
import { readInputFile } from '../fs/read-input.js';
import { message } from '../messages.js';

// The referral's bytes, or a rejection the nurse can act on: too large, missing, or not readable by the service.
export async function readReferral(file: string, maxMegabytes: number): Promise<Uint8Array> {
  try {
    return await readInputFile(file, maxMegabytes * 1e6, (megabytes) => message('referral.file-too-large', { megabytes, maxMegabytes }));
  } catch (error) {
    if (error instanceof InputRejectedError) throw error;
    throw new InputRejectedError('unreadable', message('referral.unreadable'), error);
  }
}
