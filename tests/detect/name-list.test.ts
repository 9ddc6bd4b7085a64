import { describe, expect, it } from 'vitest';
import { blockAt, removedWords } from './placed-lines.js';

const letter = (...texts: string[]) => removedWords(blockAt(40, 40, 'Remiss till röntgen', ...texts));

describe('names found by the name lists in running text', () => {
  it('finds common names of people born abroad, with their own letters', () => {
    const removed = letter(
      'Angående Mehmet Yılmaz, inkommer med bröstsmärta.',
      'Tolk behövs för Fatima Al-Hassan och Senait Tesfamariam.',
      'Piotr Wiśniewski och Nguyễn Thi Lan har samma vårdcentral.',
      'Enligt Hasanović har smärtan ökat.',
    );
    expect(removed).toEqual(expect.arrayContaining(['Mehmet', 'Yılmaz,', 'Fatima', 'Al-Hassan', 'Senait', 'Tesfamariam.', 'Piotr', 'Wiśniewski', 'Nguyễn', 'Hasanović']));
    expect(removed).not.toContain('bröstsmärta.');
    expect(removed).not.toContain('Tolk');
  });

  it('takes a name that is also an everyday word only beside another name', () => {
    expect(letter('Sten Lundqvist har feber.')).toEqual(['Sten', 'Lundqvist']);
    const removed = letter('Sten i höger njure sedan 2019.', 'Inga allergier. Hans fru följer med.', 'Max 2 tabletter per dygn.');
    for (const kept of ['Sten', 'Inga', 'Hans', 'Max', 'njure']) expect(removed).not.toContain(kept);
  });

  it('finds names written in capitals, and the given names again as possessives', () => {
    const removed = letter('ANNA-KARIN LINDQVIST och SENAIT TESFAMARIAM söker för huvudvärk.', 'Anna-Karins och Senaits män är med.');
    expect(removed).toEqual(expect.arrayContaining(['ANNA-KARIN', 'LINDQVIST', 'SENAIT', 'TESFAMARIAM', 'Anna-Karins', 'Senaits']));
    expect(removed).not.toContain('huvudvärk.');
  });
});
