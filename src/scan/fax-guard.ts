import UTIF from 'utif2';

interface FaxInternals {
  _writeBits(bits: number[], target: Uint8Array, bitOffset: number): void;
  _addNtimes(line: number[], count: number, colour: number): void;
  _findDiff(line: number[], x: number, colour: number): number | undefined;
}

const internals = UTIF.decode as unknown as FaxInternals;

/** The shape of one fax-coded page, as the guard needs it. */
export interface FaxPageShape {
  width: number;
  height: number;
  rowsPerStrip: number;
}

// UTIF.js's G3/G4 decoders (utif2, pinned to the version this was checked against) never report corrupt data: they leave
// the remaining rows white, and on corrupt G4 data they grow one code string bit by bit for the rest of the strip, which
// takes minutes on a large one. Watching three of their helpers counts the complete rows and stops a decode that has read
// far more bits than any valid code sequence (fill bits included) needs without finishing a code.
export function decodeFaxGuarded(shape: FaxPageShape, decode: () => void): number {
  const original: FaxInternals = { _writeBits: internals._writeBits, _addNtimes: internals._addNtimes, _findDiff: internals._findDiff };
  const callsPerBit = 2;
  const limit = callsPerBit * (4096 + Math.ceil(shape.width / 64));
  const rowBits = Math.ceil(shape.width / 8) * 8;
  let rows = 0;
  let sinceCode = 0;
  let stripDone = false;
  internals._writeBits = (bits, target, bitOffset) => {
    sinceCode = 0;
    if (bits.length === shape.width) {
      rows += 1;
      const row = bitOffset / rowBits + 1;
      stripDone = row % shape.rowsPerStrip === 0 || row === shape.height;
    }
    original._writeBits(bits, target, bitOffset);
  };
  internals._addNtimes = (line, count, colour) => {
    sinceCode = 0;
    stripDone = false;
    original._addNtimes(line, count, colour);
  };
  internals._findDiff = (line, x, colour) => {
    sinceCode += 1;
    if (sinceCode > limit && !stripDone) throw new Error(`fax data stops decoding after ${rows} rows`);
    return original._findDiff(line, x, colour);
  };
  try {
    decode();
  } finally {
    Object.assign(internals, original);
  }
  return rows;
}
