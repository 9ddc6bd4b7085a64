import type { GrayImage } from './gray.js';

// Turn a raster clockwise by a quarter, half or three quarters: to try how a page reads the other ways round.
export function turnGray(image: GrayImage, degrees: 0 | 90 | 180 | 270): GrayImage {
  if (degrees === 0) return image;
  const { width, height, pixels } = image;
  const sideways = degrees !== 180;
  const outWidth = sideways ? height : width;
  const outHeight = sideways ? width : height;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [u, v] = degrees === 90 ? [height - 1 - y, x] : degrees === 180 ? [width - 1 - x, height - 1 - y] : [y, width - 1 - x];
      out[v * outWidth + u] = pixels[y * width + x]!;
    }
  }
  return { width: outWidth, height: outHeight, pixels: out };
}

/**
 * Which way the lines of text run, from the ink alone: text lines make the ink per row rise and fall far more
 * than the ink per column (and the other way round on a sideways page). `undefined` when neither clearly does.
 */
export function textLineAxis(image: GrayImage): 'rows' | 'columns' | undefined {
  const { width, height, pixels } = image;
  const rows = new Float64Array(height);
  const columns = new Float64Array(width);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x]! < 128) {
        rows[y]!++;
        columns[x]!++;
      }
    }
  }
  const rowSpread = relativeSpread(rows);
  const columnSpread = relativeSpread(columns);
  if (rowSpread > CLEAR_AXIS * columnSpread) return 'rows';
  if (columnSpread > CLEAR_AXIS * rowSpread) return 'columns';
  return undefined;
}

const CLEAR_AXIS = 1.3;

// Variance over the squared mean, counted inside the inked span only so that margins do not count.
function relativeSpread(profile: Float64Array): number {
  const first = profile.findIndex((v) => v > 0);
  if (first < 0) return 0;
  let last = profile.length - 1;
  while (profile[last] === 0) last--;
  const span = profile.subarray(first, last + 1);
  const mean = span.reduce((a, b) => a + b, 0) / span.length;
  const variance = span.reduce((a, b) => a + (b - mean) ** 2, 0) / span.length;
  return variance / (mean * mean);
}
