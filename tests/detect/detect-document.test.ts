import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../src/detect/detect-document.js';
import type { Line } from '../../src/layout/types.js';

// Lines laid out like a text layer: each string one line, words 6 pt apart per character.
function page(...texts: string[]): Line[] {
  return texts.map((text, row) => {
    let x = 40;
    const words = text.split(' ').filter(Boolean).map((word) => {
      const box = { x0: x, y0: 40 + row * 14, x1: x + word.length * 6, y1: 50 + row * 14 };
      x = box.x1 + 4;
      return { text: word, box, confidence: 100 };
    });
    return { words, box: { x0: 40, y0: 40 + row * 14, x1: x, y1: 50 + row * 14 } };
  });
}

function removedWords(lines: Line[]): string[] {
  const { findings } = detectDocument([{ page: 1, source: 'text', lines }]);
  return lines.flatMap((line) =>
    line.words
      .filter((word) => findings.some((f) => word.box.x0 >= f.box.x0 && word.box.x1 <= f.box.x1 && word.box.y0 >= f.box.y0 && word.box.y1 <= f.box.y1))
      .map((word) => word.text),
  );
}

describe('the document detector', () => {
  const referral = page(
    'Patientuppgifter',
    'Namn: Berg, Åsa',
    'Telefon: 070-123 45 67',
    'Anhörig: Lars Berg (make), tel 0520-123 45',
    'Remittent',
    'Remitterande enhet: Akutmottagningen NÄL',
    'Remitterande läkare: Erik Sandberg',
    'Tel/sökare: 0701234567',
    'Anamnes',
    'Åsas make uppger huvudvärk. BERG har migrän.',
  );

  it('removes the patient phone but keeps the referrer phone, even when it looks like a samordningsnummer', () => {
    const removed = removedWords(referral);
    expect(removed).toEqual(expect.arrayContaining(['070-123', '45', '67']));
    expect(removed).not.toContain('0701234567');
    expect(removed).not.toContain('Sandberg');
  });

  it('removes the patient name everywhere: labelled, possessive, upper case, and the relative', () => {
    const removed = removedWords(referral);
    expect(removed).toEqual(expect.arrayContaining(['Berg,', 'Åsa', 'Åsas', 'BERG', 'Lars', '0520-123']));
    expect(removed).not.toContain('huvudvärk.');
    expect(removed).not.toContain('migrän.');
  });

  it('reports the referring unit and accession number it kept', () => {
    const { kept } = detectDocument([{ page: 1, source: 'text', lines: page('Accessionsnummer: NAL26-004711', ...referral.map((l) => l.words.map((w) => w.text).join(' '))) }]);
    expect(kept.unit).toBe('Akutmottagningen NÄL');
    expect(kept.accession).toBe('NAL26-004711');
  });

  it('removes a labelled identity number even when its check digit is wrong', () => {
    expect(removedWords(page('Personnummer: 19780412-3450'))).toContain('19780412-3450');
  });

  it('reads values standing to the right of their labels across a table gap, and two columns apart', () => {
    const row = (y: number, ...cells: [number, string][]): Line[] =>
      cells.map(([x, text]) => {
        const words = text.split(' ').map((word, i) => ({ text: word, box: { x0: x + i * 40, y0: y, x1: x + i * 40 + 36, y1: y + 10 }, confidence: 100 }));
        return { words, box: { x0: x, y0: y, x1: x + text.split(' ').length * 40, y1: y + 10 } };
      });
    const lines = [
      ...row(40, [40, 'Patientuppgifter'], [320, 'Anamnes']),
      ...row(54, [40, 'Personnummer:'], [160, '19780412-3450'], [320, 'Feber sedan igår']),
      ...row(68, [40, 'Telefon:'], [160, '0520-123 45'], [320, 'Remittent']),
      ...row(82, [40, 'Remittent'], [320, 'Sökare 0520-918 23']),
      ...row(96, [40, 'Tel/sökare:'], [160, '031-64 03 26']),
    ];
    const removed = removedWords(lines);
    expect(removed).toEqual(expect.arrayContaining(['19780412-3450', '0520-123']));
    expect(removed).not.toContain('031-64');
    expect(removed).not.toContain('Feber');
  });

  it('removes a patient phone in a note below the referrer block, and keeps the referrer phone above it', () => {
    const removed = removedWords(
      page('Patient: Olle Fors, 19780412-3450', 'Remittent: Erik Sandberg', 'Telefon: 0520-918 23', 'Remissnummer: NAL26-1', 'Pat. nås på 076-219 44 08 hela natten'),
    );
    expect(removed).toEqual(expect.arrayContaining(['076-219', '44', '08']));
    expect(removed).not.toContain('0520-918');
  });

  it('finds a reserve number of letters and digits again on a later page, with or without its prefix', () => {
    const { findings } = detectDocument([
      { page: 1, source: 'text', lines: page('Reservnummer: RES 1931-K0417', 'Undersökning: DT buk') },
      { page: 2, source: 'text', lines: page('LABSVAR RES 1931-K0417 natt', 'Provsvar för 1931-K0417') },
    ]);
    const onPage2 = findings.filter((f) => f.page === 2 && f.kind === 'reservnummer');
    expect(new Set(onPage2.map((f) => f.box.y0)).size).toBe(2);
  });

  it('finds a name token misread by one letter in a long name', () => {
    expect(removedWords(page('Namn: Sandqvist, Eva', 'Anamnes', 'Sandqvjst har feber'))).toContain('Sandqvjst');
  });

  it('finds names outside labelled fields in a free-text letter and keeps the signing referrer', () => {
    const letter = page(
      'Remiss till röntgen',
      'Angående Anna Wennerström, 19780412-3425, med lindrig huvudvärk sedan igår.',
      'Annas make har sett att Wennerström blivit förvirrad.',
      'Med vänlig hälsning,',
      'Erik Sandberg',
      'leg. läkare, Akutmottagningen NÄL, tel 0520-918 23',
    );
    const removed = removedWords(letter);
    expect(removed).toEqual(expect.arrayContaining(['Anna', 'Wennerström,', 'Annas', 'Wennerström']));
    expect(removed).not.toContain('lindrig');
    expect(removed).not.toContain('Erik');
    expect(removed).not.toContain('Sandberg');
    expect(removed).not.toContain('0520-918');
  });

  it('takes only the number after an identity label written without a colon, and a birth date in running text', () => {
    const removed = removedWords(page('Anamnes', 'Patienten med reservnummer RES-2026-00417 har feber, född 1978-04-12 i Göteborg.'));
    expect(removed).toEqual(expect.arrayContaining(['RES-2026-00417', '1978-04-12']));
    expect(removed).not.toContain('feber,');
    expect(removed).not.toContain('har');
  });

  it('reads a table whose label cells have no colon, values to the right or below', () => {
    const row = (y: number, ...cells: [number, string][]): Line[] =>
      cells.map(([x, text]) => {
        const words = text.split(' ').map((word, i) => ({ text: word, box: { x0: x + i * 40, y0: y, x1: x + i * 40 + 36, y1: y + 10 }, confidence: 100 }));
        return { words, box: { x0: x, y0: y, x1: x + text.split(' ').length * 40, y1: y + 10 } };
      });
    const removed = removedWords([
      ...row(40, [40, 'Namn'], [200, 'Födelsedatum']),
      ...row(54, [40, 'Nowak, Tomasz'], [200, '5 juni 1983']),
      ...row(68, [40, 'Kontaktperson'], [200, 'Agnieszka Nowak (syster)']),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['Nowak,', 'Tomasz', '5', 'juni', '1983', 'Agnieszka']));
  });

  it('does not take the next line as the value of an identity word in running text', () => {
    const removed = removedWords(page('Anamnes', 'Turist utan svenskt personnummer.', 'Positivt Lachmans test.'));
    expect(removed).not.toContain('Lachmans');
  });

  it('removes the town after a postcode that ended the previous line', () => {
    const removed = removedWords(page('Anamnes', 'Hon bor på Klövervägen 33, 453 77', 'Lysekil, och har feber.'));
    expect(removed).toEqual(expect.arrayContaining(['453', '77', 'Lysekil,']));
    expect(removed).not.toContain('feber.');
  });
});
