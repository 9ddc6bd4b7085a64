import type { Box } from '../layout/types.js';
import type { GrayImage } from '../raster/gray.js';
import { findImagePlacements, type DecodedImage } from './image-placements.js';
import type { PdfPage } from './render-page.js';

/** An image the page paints that did not reach the raster: its decoder is missing or failed, or it drew nothing. */
export interface ImageRenderProblem {
  kind: 'image-data-missing' | 'image-rendered-blank';
  /** Where the image lies, upright page points. */
  box: Box;
}

const INK_CONTRAST = 64;
const MIN_CONTENT_FRACTION = 0.002;
const MIN_RENDERED_SHARE = 0.1;
const MIN_BOX_PX = 4;
const MAX_SAMPLES = 250_000;

// pdf.js draws nothing, and says nothing, when an image cannot be decoded: the page must then be refused, not faxed blank.
export async function checkImagesRendered(page: PdfPage, rendered: GrayImage, dpi: number): Promise<ImageRenderProblem[]> {
  const problems: ImageRenderProblem[] = [];
  for (const placement of await findImagePlacements(page)) {
    const image = typeof placement.source === 'string' ? lookUp(page, placement.source) : placement.source;
    if (!image || (image.data === undefined && !('bitmap' in image))) {
      problems.push({ kind: 'image-data-missing', box: placement.box });
      continue;
    }
    const content = inkFraction(decodedLuminance(image, placement.mask));
    if (content < MIN_CONTENT_FRACTION) continue;
    const area = toPixels(placement.box, dpi, rendered);
    if (!area) continue;
    if (inkFraction(rasterSamples(rendered, area)) < content * MIN_RENDERED_SHARE) {
      problems.push({ kind: 'image-rendered-blank', box: placement.box });
    }
  }
  return problems;
}

function lookUp(page: PdfPage, objId: string): DecodedImage | null {
  const objects = objId.startsWith('g_') ? page.commonObjs : page.objs;
  if (!objects.has(objId)) return null;
  return objects.get(objId) as DecodedImage | null;
}

// Why: ink is what differs clearly from the commonest gray level, so a dark scan with light text counts as well as the usual.
export function inkFraction(samples: Uint8Array): number {
  if (samples.length === 0) return 0;
  const histogram = new Uint32Array(256);
  for (const v of samples) histogram[v]!++;
  const mode = histogram.indexOf(Math.max(...histogram));
  let ink = 0;
  for (let v = 0; v < 256; v++) if (Math.abs(v - mode) > INK_CONTRAST) ink += histogram[v]!;
  return ink / samples.length;
}

// Why: pdf.js hands decoded images as packed 1-bit gray, RGB or RGBA (ImageKind 1, 2, 3); masks as packed bits.
function decodedLuminance(image: DecodedImage, mask: boolean): Uint8Array {
  const { width, height, data } = image;
  if (!(data instanceof Uint8Array || data instanceof Uint8ClampedArray) || width <= 0 || height <= 0) return new Uint8Array(0);
  const step = Math.max(1, Math.floor(Math.sqrt((width * height) / MAX_SAMPLES)));
  const kind = mask ? 1 : image.kind;
  const bytesPerRow = kind === 1 ? Math.ceil(width / 8) : kind === 2 ? width * 3 : width * 4;
  const out: number[] = [];
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      const row = y * bytesPerRow;
      if (kind === 1) out.push((data[row + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0);
      else if (kind === 2) out.push(luma(data[row + x * 3]!, data[row + x * 3 + 1]!, data[row + x * 3 + 2]!));
      else out.push(onWhite(luma(data[row + x * 4]!, data[row + x * 4 + 1]!, data[row + x * 4 + 2]!), data[row + x * 4 + 3]!));
    }
  }
  return Uint8Array.from(out);
}

const luma = (r: number, g: number, b: number) => (r * 77 + g * 150 + b * 29) >> 8;
const onWhite = (value: number, alpha: number) => Math.round((value * alpha + 255 * (255 - alpha)) / 255);

// Why: a box in page points as a pixel area of the raster, or null when it is too small to judge.
export function toPixels(box: Box, dpi: number, raster: GrayImage): Box | null {
  const scale = dpi / 72;
  const x0 = Math.max(0, Math.floor(box.x0 * scale));
  const y0 = Math.max(0, Math.floor(box.y0 * scale));
  const x1 = Math.min(raster.width, Math.ceil(box.x1 * scale));
  const y1 = Math.min(raster.height, Math.ceil(box.y1 * scale));
  return x1 - x0 < MIN_BOX_PX || y1 - y0 < MIN_BOX_PX ? null : { x0, y0, x1, y1 };
}

// Why: an evenly spaced sample of an area is enough to tell ink from blank, at a bounded cost.
export function rasterSamples(raster: GrayImage, area: Box): Uint8Array {
  const step = Math.max(1, Math.floor(Math.sqrt(((area.x1 - area.x0) * (area.y1 - area.y0)) / MAX_SAMPLES)));
  const out: number[] = [];
  for (let y = area.y0; y < area.y1; y += step) {
    for (let x = area.x0; x < area.x1; x += step) out.push(raster.pixels[y * raster.width + x]!);
  }
  return Uint8Array.from(out);
}
