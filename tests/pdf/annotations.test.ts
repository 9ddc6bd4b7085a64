import { describe, expect, it } from 'vitest';
import { referralRefusal } from '../../src/anonymise/pdf-refusal.js';
import type { Box } from '../../src/layout/types.js';
import { useOcrPool } from '../helpers/ocr-pool.js';
import { extractAnnotationWords } from '../../src/pdf/annotation-words.js';
import { renderCheckedPage } from '../../src/pdf/checked-render.js';
import { withPdf } from '../../src/pdf/with-pdf.js';
import { cropGray } from '../../src/raster/gray.js';
import { FORM, filledFormPdf } from './form-pdf.js';

const DPI = 200;
const PAGE_HEIGHT = 841.89;
const ocr = useOcrPool();

const uprightBox = (spot: (typeof FORM)[keyof typeof FORM]): Box => ({ x0: spot.x, y0: PAGE_HEIGHT - spot.y - spot.height, x1: spot.x + spot.width, y1: PAGE_HEIGHT - spot.y });
const inside = (inner: Box, outer: Box) => inner.x0 >= outer.x0 - 0.5 && inner.x1 <= outer.x1 + 0.5 && inner.y0 >= outer.y0 - 0.5 && inner.y1 <= outer.y1 + 0.5;

async function readForm(pdf: Uint8Array) {
  return withPdf(pdf, 5, async (doc) => {
    const page = await doc.getPage(1);
    const { gray } = await renderCheckedPage(page, DPI);
    const words = await extractAnnotationWords(page);
    const readAt = async (spot: (typeof FORM)[keyof typeof FORM]) => {
      const b = uprightBox(spot);
      const crop = cropGray(gray, { x0: (b.x0 * DPI) / 72, y0: (b.y0 * DPI) / 72, x1: (b.x1 * DPI) / 72, y1: (b.y1 * DPI) / 72 });
      return (await ocr().recognize(crop, DPI, { whole: true })).lines.flatMap((line) => line.words.map((w) => w.text)).join(' ');
    };
    return { words, readAt };
  });
}

describe('form fields and annotations', () => {
  it('draws filled fields and a FreeText note into the raster, and lists their words where they lie', async () => {
    const { words, readAt } = await readForm(await filledFormPdf());
    for (const name of ['referrer', 'question', 'note'] as const) {
      expect(await readAt(FORM[name])).toContain(FORM[name].value.split(' ')[1]);
      const listed = words.filter((w) => FORM[name].value.split(' ').includes(w.text));
      expect(listed.map((w) => w.text)).toEqual(FORM[name].value.split(' '));
      for (const word of listed) expect(inside(word.box, uprightBox(FORM[name]))).toBe(true);
    }
    expect(words.find((w) => w.box.x1 - w.box.x0 <= 0)).toBeUndefined();
  }, 60_000);

  it('neither draws nor lists a hidden annotation', async () => {
    const { words, readAt } = await readForm(await filledFormPdf());
    expect(words.map((w) => w.text)).not.toContain('anteckning');
    expect(await readAt(FORM.hidden)).toBe('');
  }, 60_000);

  it('draws a field that has no appearance stream when the form asks for appearances to be built', async () => {
    const { words, readAt } = await readForm(await filledFormPdf({ questionNeedsAppearance: true }));
    expect(await readAt(FORM.question)).toContain('handled');
    expect(words.map((w) => w.text)).toContain('handled');
  }, 60_000);

  it('refuses a page whose FreeText note has no appearance, since pdf.js cannot draw it in Node', async () => {
    const refusal = withPdf(await filledFormPdf({ noteAppearance: false }), 5, async (doc) => renderCheckedPage(await doc.getPage(1), DPI)).catch((error: unknown) => {
      throw referralRefusal(error);
    });
    await expect(refusal).rejects.toMatchObject({ reason: 'render-failed', page: 1 });
  }, 60_000);
});
