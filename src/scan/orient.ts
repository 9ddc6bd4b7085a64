import type { GrayImage } from '../raster/gray.js';

const FLIP_X = new Set([2, 3, 6, 7]);
const FLIP_Y = new Set([3, 4, 7, 8]);

// A scanner may store a page sideways or upside down and say so in the TIFF Orientation tag (1-8); later stages need it upright.
export function applyOrientation(image: GrayImage, orientation: number): GrayImage {
  if (orientation < 2 || orientation > 8) return image;
  const { width, height } = image;
  const swap = orientation >= 5;
  const outWidth = swap ? height : width;
  const outHeight = swap ? width : height;
  const flipX = FLIP_X.has(orientation);
  const flipY = FLIP_Y.has(orientation);
  const pixels = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      let x = swap ? row : column;
      let y = swap ? column : row;
      if (flipX) x = outWidth - 1 - x;
      if (flipY) y = outHeight - 1 - y;
      pixels[y * outWidth + x] = image.pixels[row * width + column]!;
    }
  }
  return { width: outWidth, height: outHeight, pixels };
}
