import { describe, expect, it } from 'vitest';
import { scanCodesInThread } from '../../src/barcode/code-thread.js';

describe('the code thread', () => {
  it('answers a blank page with no codes', async () => {
    const blank = { width: 400, height: 400, pixels: new Uint8Array(400 * 400).fill(255) };
    expect(await scanCodesInThread({ image: blank, bandHeight: 100 })).toEqual([]);
  });

  it('rejects a scan its decoders cannot run, so no caller reads it as a page without codes', async () => {
    const broken = { width: 400, height: 400, pixels: new Uint8Array(16) };
    await expect(scanCodesInThread({ image: broken, bandHeight: 100 })).rejects.toThrow();
  });
});
