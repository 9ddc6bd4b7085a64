import { describe, expect, it } from 'vitest';
import { blockAt, lineAt, removedWords } from './placed-lines.js';

// Invented people; the personnummer are Luhn-valid for invented dates.
const anamnesis = (...texts: string[]) => blockAt(40, 300, 'Anamnes', ...texts);

describe('patient names found by where they stand on a label or header', () => {
  it('removes every name on a surname-first label beside a personnummer, and the given name again in the anamnesis', () => {
    const removed = removedWords([
      ...blockAt(340, 40, 'Patientetikett', 'NGUYEN, THI HOA', '19 840517-2381', 'Storgatan 12', '461 30 TROLLHÄTTAN'),
      ...anamnesis('Hoa har haft feber och buksmärta i tre dagar.', 'Thi Hoa Nguyen söker akut.'),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['NGUYEN,', 'THI', 'HOA', 'Hoa', 'Thi', 'Nguyen']));
    expect(removed).not.toContain('Patientetikett');
    expect(removed).not.toContain('feber');
    expect(removed).not.toContain('buksmärta');
  });

  it('removes a given name that is also an everyday word when the label puts it after the surname', () => {
    const removed = removedWords([
      ...blockAt(340, 40, 'LINDQVIST, STEN', '19 910303-4576', 'Kvarnbäcksvägen 4', '453 31 LYSEKIL'),
      ...anamnesis('Sten har ont i höger flank sedan i går.', 'Misstänkt sten i höger uretär.'),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['LINDQVIST,', 'STEN', 'Sten']));
    expect(removed.filter((word) => word === 'sten')).toEqual([]);
    expect(removed).not.toContain('uretär.');
  });

  it('reads a name glued to its label without a space and finds the given name alone in the anamnesis', () => {
    const removed = removedWords([
      lineAt(40, 40, 'PATIENT:LUNDQVIST, BJÖRN'),
      ...anamnesis('Björn har haft huvudvärk i två veckor, tilltagande.', 'Björns fru har sett att han blivit förvirrad.'),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['PATIENT:LUNDQVIST,', 'BJÖRN', 'Björn', 'Björns']));
    expect(removed).not.toContain('huvudvärk');
    expect(removed).not.toContain('han');
  });

  it('reads names after Namn:, Pat.namn: and Patientens namn: in any spacing', () => {
    expect(removedWords(blockAt(40, 40, 'Namn:ÅKERBLOM, TUVA'))).toEqual(['Namn:ÅKERBLOM,', 'TUVA']);
    expect(removedWords(blockAt(40, 40, 'Pat.namn: Wennerholm, Dag'))).toEqual(expect.arrayContaining(['Wennerholm,', 'Dag']));
    expect(removedWords(blockAt(40, 40, 'Patientens namn: Esther Okonkwo-Berg'))).toEqual(expect.arrayContaining(['Esther', 'Okonkwo-Berg']));
  });

  it('removes a name that is in no list when it stands on the line above a personnummer, and where it is used later', () => {
    const removed = removedWords([
      ...blockAt(40, 40, 'Kwabena Mensah-Boateng', '750821-1260'),
      ...anamnesis('Kwabena inkommer med andnöd.', 'Mensah-Boatengs dotter följer med.'),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['Kwabena', 'Mensah-Boateng', 'Kwabena', 'Mensah-Boatengs']));
    expect(removed).not.toContain('andnöd.');
    expect(removed).not.toContain('dotter');
  });

  it('removes a name beside the number on the same row of a header, and one printed in capitals without its comma', () => {
    const removed = removedWords([
      lineAt(40, 40, 'OKAFOR CHIDINMA'),
      lineAt(260, 40, '020214-5686'),
      ...blockAt(40, 120, 'TESFAMICHAEL SENAIT ABRAHA', '680909-1330'),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['OKAFOR', 'CHIDINMA', 'TESFAMICHAEL', 'SENAIT', 'ABRAHA']));
  });

  it('removes the words just before a personnummer in a sentence, past its label, when no list knows them', () => {
    const removed = removedWords(blockAt(40, 40, 'Jag remitterar Kwame Asante (personnummer 19 840517-2381) för ultraljud.', 'Kwame har feber.'));
    expect(removed).toEqual(expect.arrayContaining(['Kwame', 'Asante', 'Kwame']));
    expect(removed).not.toContain('remitterar');
    expect(removed).not.toContain('ultraljud.');
  });

  it('reads a label through the slips OCR makes: a full stop for the comma, a zero for an O', () => {
    const removed = removedWords(blockAt(340, 40, 'LINDQV1ST. MAJKEN', '19 840517-2381'), 'ocr');
    expect(removed).toEqual(expect.arrayContaining(['LINDQV1ST.', 'MAJKEN']));
  });
});

describe('what the structural rules leave alone', () => {
  it('keeps the referrer whose name is in the list while removing the patient beside the number', () => {
    const removed = removedWords([
      ...blockAt(40, 40, 'Remittent', 'Remitterande läkare: Anna Lindqvist', 'Akutmottagningen NÄL', 'Tel/sökare: 0520-918 23'),
      ...blockAt(340, 40, 'HALVORSEN, ODD', '19 750821-1260'),
      ...anamnesis('Odd har feber.'),
      ...blockAt(40, 400, 'Med vänlig hälsning', 'Anna Lindqvist', 'leg. läkare'),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['HALVORSEN,', 'ODD', 'Odd']));
    expect(removed).not.toContain('Anna');
    expect(removed).not.toContain('Lindqvist');
    expect(removed).not.toContain('Akutmottagningen');
  });

  it('keeps headings, units and exams in capitals above and beside the label', () => {
    const removed = removedWords([
      ...blockAt(40, 40, 'REMISS DATORTOMOGRAFI BUK', 'AKUT', 'AKUTMOTTAGNINGEN NÄL'),
      ...blockAt(340, 40, 'BESKED', 'PERSSON-ÅSBERG, IDUN', '19 910303-4576'),
      ...anamnesis('Buk: Ömmar diffust.', 'Sten i njuren 2019. Inga allergier.', 'Hans fru ringer in. Max 2 tabletter per dygn.'),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['PERSSON-ÅSBERG,', 'IDUN']));
    for (const kept of ['REMISS', 'DATORTOMOGRAFI', 'BUK', 'AKUT', 'AKUTMOTTAGNINGEN', 'NÄL', 'BESKED', 'Sten', 'Inga', 'Hans', 'Max']) {
      expect(removed).not.toContain(kept);
    }
  });

  it('does not take running text, an address or one clinical word beside a personnummer for a name', () => {
    const removed = removedWords([
      ...anamnesis('Patienten med personnummer 840517-2381 har feber.', 'Storgatan 12', 'Feber Sedan Igår'),
      ...blockAt(340, 40, 'EKWUEME, NGOZI', '910303-4576', 'Hjärtsvikt'),
    ]);
    expect(removed).toEqual(expect.arrayContaining(['EKWUEME,', 'NGOZI']));
    expect(removed).not.toContain('Patienten');
    expect(removed).not.toContain('feber.');
    expect(removed).not.toContain('Hjärtsvikt');
  });
});
