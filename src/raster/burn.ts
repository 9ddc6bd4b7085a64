import type { Canvas } from '@napi-rs/canvas';
import type { Box } from '../layout/types.js';

// Paint opaque black over each box (points) on a raster at `dpi`; the pixels underneath are gone for good.
export function burnBoxes(canvas: Canvas, boxes: readonly Box[], dpi: number): void {
  const context = canvas.getContext('2d');
  const scale = dpi / 72;
  context.fillStyle = '#000000';
  for (const box of boxes) {
    const x0 = Math.max(0, Math.floor(box.x0 * scale));
    const y0 = Math.max(0, Math.floor(box.y0 * scale));
    const x1 = Math.min(canvas.width, Math.ceil(box.x1 * scale));
    const y1 = Math.min(canvas.height, Math.ceil(box.y1 * scale));
    if (x1 > x0 && y1 > y0) context.fillRect(x0, y0, x1 - x0, y1 - y0);
  }
}
