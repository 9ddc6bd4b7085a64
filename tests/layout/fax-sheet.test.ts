import { describe, expect, it } from 'vitest';
import { faxSheetFor } from '../../src/layout/fax-sheet.js';

describe('the fax sheet', () => {
  it('puts a portrait A4 page on portrait A4 at 200 dpi above the footer', () => {
    const sheet = faxSheetFor({ width: 595.28, height: 841.89 });
    expect(sheet.sheetPx).toEqual({ width: 1654, height: 2339 });
    expect(sheet.content.y + sheet.content.height).toBeLessThanOrEqual(2339 - 83);
    expect(sheet.pxPerPt * 72).toBeLessThanOrEqual(200);
    expect(sheet.pxPerPt * 72).toBeGreaterThan(190);
  });

  it('keeps a landscape page landscape', () => {
    const sheet = faxSheetFor({ width: 841.89, height: 595.28 });
    expect(sheet.sheet.width).toBeGreaterThan(sheet.sheet.height);
  });

  it('fits a US Letter page inside A4 without cropping', () => {
    const sheet = faxSheetFor({ width: 612, height: 792 });
    expect(sheet.content.width).toBeLessThanOrEqual(sheet.sheetPx.width);
    expect(sheet.content.x).toBeGreaterThanOrEqual(0);
  });
});
