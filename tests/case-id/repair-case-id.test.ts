import { describe, expect, it } from 'vitest';
import { CASE_ID_ALPHABET, generateCaseId } from '../../src/case-id/case-id.js';
import { repairCaseId } from '../../src/case-id/repair-case-id.js';

describe('repairing an OCR reading that failed its check', () => {
  it('finds the printed ID among the candidates when OCR read 4 as A or 6 as E', () => {
    let tried = 0;
    for (let n = 0; n < 400; n++) {
      const id = generateCaseId();
      const misread = id.replace('4', 'A');
      if (misread === id) continue;
      tried++;
      expect(repairCaseId(misread), misread).toContain(id);
    }
    expect(tried).toBeGreaterThan(50);
  });

  it('drops the symbol OCR doubled when it read seven symbols', () => {
    const id = generateCaseId();
    const doubled = `${id.slice(0, 5)}${id[4]}${id.slice(5)}`;
    expect(repairCaseId(doubled)).toContain(id);
  });

  it('offers only a handful of candidates, every one of them valid, so the store can confirm at most one', () => {
    for (let n = 0; n < 200; n++) {
      const id = generateCaseId();
      const broken = id.slice(0, -1) + CASE_ID_ALPHABET[(CASE_ID_ALPHABET.indexOf(id.at(-1)!) + 1) % CASE_ID_ALPHABET.length];
      const candidates = repairCaseId(broken);
      expect(candidates.length).toBeLessThanOrEqual(12);
      expect(candidates).not.toContain(broken);
    }
  });
});
