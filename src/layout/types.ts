// Boxes are in PDF points of the upright page (origin top left, y down), whatever raster they came from.
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export type WordSource = 'text' | 'ocr';

export interface Word {
  text: string;
  box: Box;
  confidence: number;
}

export interface Line {
  words: Word[];
  box: Box;
}

export interface PageSize {
  width: number;
  height: number;
}
