import type { Box } from '../layout/types.js';
import { loadPdfjs } from './pdfjs.js';
import { renderedOperatorList } from './rendered-operators.js';
import { RENDER_ANNOTATION_MODE, type PdfPage } from './render-page.js';
import { uprightViewport } from './page-turn.js';

type Matrix = [number, number, number, number, number, number];

/** One raster image the page paints: where its unit square lands, and how to reach its decoded data. */
export interface ImagePlacement {
  /** Upright page points (origin top left), the image's unit square through the current transform. */
  box: Box;
  /** pdf.js object id of the decoded image, or the decoded image itself when it is inline. */
  source: string | DecodedImage;
  mask: boolean;
}

export interface DecodedImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray | string;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

// Every image the page draws (annotations included, as rendered), found by replaying the transforms of its operator
// list: the render's own list once the page is rendered, so object ids match the decoded images pdf.js holds.
export async function findImagePlacements(page: PdfPage): Promise<ImagePlacement[]> {
  const { OPS, Util } = await loadPdfjs();
  const { fnArray, argsArray } = renderedOperatorList(page) ?? (await page.getOperatorList({ annotationMode: RENDER_ANNOTATION_MODE }));
  const toUpright = uprightViewport(page, 1).transform as Matrix;
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const placements: ImagePlacement[] = [];
  const place = (m: Matrix, source: ImagePlacement['source'], mask: boolean) =>
    placements.push({ box: unitSquareBox(Util.transform(toUpright, m) as Matrix), source, mask });
  fnArray.forEach((fn, i) => {
    const args = (argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push(ctm);
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
      case OPS.endAnnotation:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case OPS.transform:
        ctm = Util.transform(ctm, args) as Matrix;
        break;
      case OPS.paintFormXObjectBegin:
        stack.push(ctm);
        if (Array.isArray(args[0])) ctm = Util.transform(ctm, args[0]) as Matrix;
        break;
      case OPS.beginAnnotation:
        stack.push(ctm);
        ctm = Util.transform(Util.transform(IDENTITY, args[2] as Matrix), args[3] as Matrix) as Matrix;
        break;
      case OPS.paintImageXObject:
        place(ctm, args[0] as string, false);
        break;
      case OPS.paintInlineImageXObject:
        place(ctm, args[0] as DecodedImage, false);
        break;
      case OPS.paintImageMaskXObject: {
        const mask = args[0] as DecodedImage & { data: string | Uint8Array };
        place(ctm, typeof mask.data === 'string' ? mask.data : mask, true);
        break;
      }
      case OPS.paintImageXObjectRepeat: {
        const [objId, scaleX, scaleY, positions] = args as [string, number, number, number[]];
        for (let p = 0; p + 1 < positions.length; p += 2) {
          place(Util.transform(ctm, [scaleX, 0, 0, scaleY, positions[p]!, positions[p + 1]!]) as Matrix, objId, false);
        }
        break;
      }
    }
  });
  return placements;
}

function unitSquareBox(m: Matrix): Box {
  const xs = [m[4], m[4] + m[0], m[4] + m[2], m[4] + m[0] + m[2]];
  const ys = [m[5], m[5] + m[1], m[5] + m[3], m[5] + m[1] + m[3]];
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
