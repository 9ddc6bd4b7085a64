import { createCanvas } from '@napi-rs/canvas';
import { expect, it } from 'vitest';
import { thresholdLikeFax } from '../../eval/check/fax-threshold.js';

it('turns a page black and white as a fax machine sends it: light grey text vanishes, dark grey and black stay', () => {
  const canvas = createCanvas(30, 10);
  const context = canvas.getContext('2d');
  for (const [x, colour] of [[0, '#c0c0c0'], [10, '#606060'], [20, '#000000']] as const) {
    context.fillStyle = colour;
    context.fillRect(x, 0, 10, 10);
  }
  const pixels = thresholdLikeFax(canvas).getContext('2d').getImageData(0, 0, 30, 10).data;
  const grey = (x: number) => pixels[(5 * 30 + x) * 4];
  expect([grey(5), grey(15), grey(25)]).toEqual([255, 0, 0]);
});
