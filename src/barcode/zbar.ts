import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ZBarConfigType, ZBarOrientation, ZBarScanner, ZBarSymbolType, getInstance, scanGrayBuffer, setModuleArgs } from '@undecaf/zbar-wasm';
import type { GrayImage } from '../raster/gray.js';
import { boundingBox, isLinearFormat, type DecodedSymbol, type Point } from './decoded-symbol.js';

const require = createRequire(import.meta.url);
let loaded: Promise<unknown> | undefined;
let own: { instance: unknown; scanner: ZBarScanner } | undefined;

const DIRECTIONS: Record<number, Point> = {
  [ZBarOrientation.ZBAR_ORIENT_UP]: { x: 1, y: 0 },
  [ZBarOrientation.ZBAR_ORIENT_RIGHT]: { x: 0, y: 1 },
  [ZBarOrientation.ZBAR_ORIENT_DOWN]: { x: -1, y: 0 },
  [ZBarOrientation.ZBAR_ORIENT_LEFT]: { x: 0, y: -1 },
};

const NAMES: Record<string, string> = {
  CODE128: 'Code128',
  CODE39: 'Code39',
  CODE93: 'Code93',
  QRCODE: 'QRCode',
  EAN13: 'EAN-13',
  EAN8: 'EAN-8',
  UPCA: 'UPC-A',
  UPCE: 'UPC-E',
  I25: 'ITF',
  CODABAR: 'Codabar',
  PDF417: 'PDF417',
  DATABAR: 'DataBar',
  DATABAR_EXP: 'DataBarExpanded',
};

// zbar's wasm read from the installed package and handed over as bytes, so nothing is fetched (Node 20 and 24).
// The library keeps one module instance per process; if another caller swaps it, our scanner is rebuilt on it.
async function prepareScanner(): Promise<ZBarScanner> {
  loaded ??= (async () => {
    const wasm = readFileSync(require.resolve('@undecaf/zbar-wasm/dist/zbar.wasm'));
    setModuleArgs({ wasmBinary: new Uint8Array(wasm) } as Parameters<typeof setModuleArgs>[0]);
    await getInstance();
  })();
  await loaded;
  const instance = await getInstance();
  if (own?.instance !== instance) {
    const scanner = await ZBarScanner.create();
    scanner.setConfig(ZBarSymbolType.ZBAR_NONE, ZBarConfigType.ZBAR_CFG_BINARY, 1);
    own = { instance, scanner };
  }
  return own.scanner;
}

// A second, independent decoder (ZBar): it reads a 1-D code from a single scan line, so a sliver of bars is enough.
export async function scanWithZbar(image: GrayImage): Promise<DecodedSymbol[]> {
  const ready = await prepareScanner();
  const copy = image.pixels.slice();
  const symbols = await scanGrayBuffer(copy.buffer, image.width, image.height, ready);
  return symbols
    .filter((symbol) => symbol.points.length > 0)
    .map((symbol) => {
      const raw = symbol.typeName.replace(/^ZBAR_/, '');
      const format = NAMES[raw] ?? raw;
      const points = symbol.points.map(({ x, y }) => ({ x, y }));
      const linear = isLinearFormat(format);
      return {
        format,
        content: symbol.decode('utf-8'),
        box: boundingBox(points),
        points,
        direction: linear ? (DIRECTIONS[symbol.orientation] ?? { x: 1, y: 0 }) : edgeDirection(points),
        linear,
      };
    });
}

function edgeDirection(points: readonly Point[]): Point {
  const [a, b] = points;
  if (!a || !b) return { x: 1, y: 0 };
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  return { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
}
