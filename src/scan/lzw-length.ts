const CLEAR = 256;
const END = 257;
const TABLE_SIZE = 4096;

// UTIF.js's LZW decoder loops forever once its code table overflows and reads stale entries on bad codes; walking the
// codes first (same MSB order and early width change as libtiff) rejects such strips and says how many bytes they hold.
export function lzwDecodedLength(data: Uint8Array, offset: number, length: number): number | undefined {
  const end = (offset + length) * 8;
  const sizes = new Uint32Array(TABLE_SIZE).fill(1, 0, 256);
  let position = offset * 8;
  let width = 9;
  let next = END + 1;
  let previous = -1;
  let total = 0;
  const read = (): number => {
    const at = position >>> 3;
    const window = ((data[at] ?? 0) << 16) | ((data[at + 1] ?? 0) << 8) | (data[at + 2] ?? 0);
    const code = (window >>> (24 - (position & 7) - width)) & ((1 << width) - 1);
    position += width;
    return code;
  };
  if (read() !== CLEAR) return undefined;
  while (position < end) {
    const code = read();
    if (code === END) break;
    if (code === CLEAR) {
      width = 9;
      next = END + 1;
      previous = -1;
      continue;
    }
    if (previous === -1) {
      if (code > 255) return undefined;
      total += 1;
      previous = code;
      continue;
    }
    if (code > next || next >= TABLE_SIZE) return undefined;
    const size = code < next ? sizes[code]! : sizes[previous]! + 1;
    sizes[next] = sizes[previous]! + 1;
    next += 1;
    if (next + 1 === 1 << width && width !== 12) width += 1;
    total += size;
    previous = code;
  }
  return total;
}
