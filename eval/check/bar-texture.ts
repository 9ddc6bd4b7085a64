import { forEachRenderedPage } from './render-pages.js';

const DPI = 150;
const WINDOW_MM = 12;
const HEIGHT_MM = 4;
const MIN_TRANSITIONS = 8;

/**
 * Pages of a PDF that still show barcode-like bars: a stretch of ≥ 8 dark/light changes in 12 mm that
 * repeats unchanged over 4 mm of height. Text never does; a barcode, even torn or undecodable, does.
 * `ignoreBottomPt` leaves out a band at the foot of each page: a fax page's own footer stamp, whose case-ID QR code
 * reads as bars for about 1 in 75 case IDs (its finder patterns have three equal module rows).
 */
export async function pagesWithBars(data: Uint8Array, options: { ignoreBottomPt?: number } = {}): Promise<number[]> {
  const flags = await forEachRenderedPage(data, DPI, async (canvas) => {
    const { data: rgba, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const checked = height - Math.round(((options.ignoreBottomPt ?? 0) / 72) * DPI);
    return hasBars((x, y) => rgba[(y * width + x) * 4]! < 128, width, checked);
  });
  return flags.flatMap((bars, i) => (bars ? [i + 1] : []));
}

function hasBars(dark: (x: number, y: number) => boolean, width: number, height: number): boolean {
  const window = Math.round((WINDOW_MM / 25.4) * DPI);
  const rows = Math.round((HEIGHT_MM / 25.4) * DPI);
  for (let y = 0; y + rows < height; y += 4) {
    for (let x = 0; x + window < width; x += Math.round(window / 2)) {
      let transitions = 0;
      for (let i = x + 1; i < x + window; i++) if (dark(i, y) !== dark(i - 1, y)) transitions++;
      if (transitions < MIN_TRANSITIONS) continue;
      let mismatches = 0;
      for (let r = 1; r <= rows; r++) for (let i = x; i < x + window; i++) if (dark(i, y + r) !== dark(i, y)) mismatches++;
      if (mismatches / (rows * window) < 0.1) return true;
    }
  }
  return false;
}
