import type { Canvas } from '@napi-rs/canvas';
import { toGray, type GrayImage } from '../raster/gray.js';
import { loadPdfjs } from './pdfjs.js';
import { renderedOperatorList } from './rendered-operators.js';
import { RENDER_ANNOTATION_MODE, renderPage, type PdfPage } from './render-page.js';

/** The page drawn three times at one resolution, each time with only one kind of content. */
export interface InkLayers {
  dpi: number;
  /** Where text operators drew glyphs (any font or colour, white included), black on white; invisible text draws nothing. */
  text: GrayImage;
  /** Raster images, inline images and image masks: scans, pasted stickers, photos. */
  image: GrayImage;
  /** Paths and shadings: table rules, shaded bands, logos, text converted to outlines. */
  vector: GrayImage;
}

type Kind = 'text' | 'image' | 'vector' | 'state';

/** A colour no referral prints its text in, so text drawn in any colour, white included, shows against it. */
const MARKER_BACKGROUND = '#ff00ff';
const MARKER_TOLERANCE = 60;

const KIND_NAMES: Record<Exclude<Kind, 'state'>, readonly string[]> = {
  text: ['showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText'],
  image: [
    'paintImageXObject',
    'paintInlineImageXObject',
    'paintInlineImageXObjectGroup',
    'paintImageMaskXObject',
    'paintImageMaskXObjectGroup',
    'paintImageXObjectRepeat',
    'paintImageMaskXObjectRepeat',
    'paintSolidColorImageMask',
  ],
  vector: ['shadingFill', 'rawFillPath', 'stroke', 'closeStroke', 'fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'],
};

/**
 * Where each piece of ink comes from, read from the PDF's own operators: the page is rendered once per kind of
 * content, with pdf.js skipping every painting operator of the other kinds (state, clips and transforms still run).
 */
export async function renderInkLayers(page: PdfPage, dpi: number): Promise<InkLayers> {
  const { OPS } = await loadPdfjs();
  const operators = renderedOperatorList(page) ?? (await page.getOperatorList({ annotationMode: RENDER_ANNOTATION_MODE }));
  const kindOf = operatorKinds(OPS as Record<string, number>);
  const kinds = operators.fnArray.map((fn, i) => {
    // constructPath carries its painting operator; a path that only ends (a clip) is state.
    if (fn === OPS.constructPath) return (operators.argsArray[i] as unknown[])[0] === OPS.endPath ? 'state' : 'vector';
    return kindOf.get(fn) ?? 'state';
  });
  const keep = (only: Kind) => (i: number) => kinds[i] === 'state' || kinds[i] === only || kinds[i] === undefined;
  const text = drawnPixels(await renderPage(page, dpi, { keep: keep('text'), background: MARKER_BACKGROUND }));
  return { dpi, text, image: toGray(await renderPage(page, dpi, { keep: keep('image') })), vector: toGray(await renderPage(page, dpi, { keep: keep('vector') })) };
}

function operatorKinds(ops: Record<string, number>): Map<number, Kind> {
  const kinds = new Map<number, Kind>();
  for (const [kind, names] of Object.entries(KIND_NAMES) as [Kind, readonly string[]][]) {
    for (const name of names) if (ops[name] !== undefined) kinds.set(ops[name]!, kind);
  }
  return kinds;
}

// Every pixel that differs from the marker background, whatever colour drew it (white text on a band too).
function drawnPixels(canvas: Canvas): GrayImage {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const pixels = new Uint8Array(width * height).fill(255);
  for (let i = 0; i < pixels.length; i++) {
    const distance = 255 - rgba[i * 4]! + rgba[i * 4 + 1]! + (255 - rgba[i * 4 + 2]!);
    if (distance > MARKER_TOLERANCE) pixels[i] = 0;
  }
  return { width, height, pixels };
}
