import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { findReferringUnit, type UnitLine } from '../../src/units/find-referring-unit.js';

// Held out: these shapes were written before the matcher and are never tuned on. When one fails, the cause is
// fixed in general and a shape is added to find-referring-unit.test.ts; the shapes here stay as they are.
const config = configSchema.parse({});
const find = (pages: UnitLine[][], labelled?: string) => findReferringUnit({ pages, labelled, units: config.units, ownUnit: config.sender.unit, sites: config.sites });

// Lines spread down a page in reading order; `from`/`to` are fractions of the page height.
function page(texts: string[], from = 0.04, to = 0.95): UnitLine[] {
  return texts.map((text, i) => ({ text, top: from + ((to - from) * i) / Math.max(1, texts.length - 1) }));
}

describe('finding the referring unit in shapes held out from tuning', () => {
  it('reads a RIS header with pipe separators and the site', () => {
    const lines = page(['NU-sjukvården | NÄL | Ortopedkliniken | Remiss', 'Röntgenremiss — DT', 'Frågeställning: Fraktur?', 'Anamnes: Fall i trappa.'], 0.03, 0.5);
    expect(find([lines])).toMatchObject({ unit: 'Ortopedkliniken', evidence: 'header' });
  });

  it('reads the unit from a letter closing with name and title on lines of their own', () => {
    const lines = [
      ...page(['Remiss', 'Frågeställning: Ektopisk graviditet? Fri vätska?', 'Anamnes: Smärta sedan i morse.'], 0.05, 0.4),
      ...page(['Med vänliga hälsningar', 'Karin Holm', 'ST-läkare', 'Kvinnokliniken, NÄL'], 0.7, 0.82),
    ];
    expect(find([lines])).toMatchObject({ unit: 'Kvinnokliniken', evidence: 'signature' });
  });

  it('reads a labelled ordering unit that OCR printed without diacritics', () => {
    const lines = page(['Bestallande enhet: Oron-nasa-halskliniken', 'Undersokning: DT hals'], 0.3, 0.35);
    expect(find([lines])).toMatchObject({ evidence: 'field', folder: expect.stringMatching(/^Öron/) });
  });

  it('takes a footer with address as the sender and never the addressee at the top', () => {
    const lines = [
      ...page(['Till: Röntgenavdelningen, Uddevalla sjukhus', 'Remiss datortomografi'], 0.05, 0.1),
      ...page(['Infektionskliniken · NÄL · 461 85 Trollhättan · Tel 010-435 00 00'], 0.96, 0.96),
    ];
    expect(find([lines])).toMatchObject({ unit: 'Infektionskliniken', evidence: 'sender' });
  });

  it('gives up when the letterhead of one page names one unit and the next page another', () => {
    const first = page(['Kirurgkliniken', 'Remiss DT buk'], 0.04, 0.08);
    const second = page(['Urologkliniken', 'Fortsättning'], 0.04, 0.08);
    expect(find([first, second])).toBeUndefined();
  });

  it('takes a unit mentioned only in the running history as the weakest evidence, marked as such', () => {
    const lines = page(['Remiss', 'Patienten vårdas på Medicinkliniken sedan tre dagar med feber och hosta.'], 0.3, 0.5);
    expect(find([lines])).toEqual({ unit: 'Medicinkliniken', folder: 'Medicinkliniken', evidence: 'text' });
  });

  it('ignores a ward number in a labelled field and uses the letterhead', () => {
    const lines = [...page(['NU-sjukvården · Uddevalla sjukhus · Medicinkliniken'], 0.04, 0.04), ...page(['Avdelning: 32', 'Frågeställning: Lungemboli?'], 0.3, 0.35)];
    expect(find([lines], '32')).toMatchObject({ unit: 'Medicinkliniken', evidence: 'header' });
  });
});
