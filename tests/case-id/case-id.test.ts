import { describe, expect, it } from 'vitest';
import { CASE_ID_ALPHABET, generateCaseId, isValidCaseId } from '../../src/case-id/case-id.js';

describe('case IDs', () => {
  it('are short, use only the look-alike-free alphabet and validate', () => {
    for (let i = 0; i < 200; i++) {
      const id = generateCaseId();
      expect(id.length).toBeLessThanOrEqual(10);
      expect(id).toMatch(new RegExp(`^RF-[${CASE_ID_ALPHABET}]{6}$`));
      expect(isValidCaseId(id)).toBe(true);
    }
  });

  it('leaves out the symbols OCR confuses: O/0, I/1/L, S/5, Z/2, B/8 pairs', () => {
    for (const symbol of ['O', '0', 'I', '1', 'L', 'S', '5', 'Z', '2', 'B', 'D', 'Q', 'G']) {
      expect(CASE_ID_ALPHABET).not.toContain(symbol);
    }
  });

  it('detects every single wrong symbol', () => {
    for (let n = 0; n < 50; n++) {
      const id = generateCaseId();
      for (let position = 3; position < id.length; position++) {
        for (const symbol of CASE_ID_ALPHABET) {
          if (symbol === id[position]) continue;
          const wrong = id.slice(0, position) + symbol + id.slice(position + 1);
          expect(isValidCaseId(wrong), `${id} → ${wrong}`).toBe(false);
        }
      }
    }
  });

  it('detects every swap of two different neighbouring symbols', () => {
    for (let n = 0; n < 200; n++) {
      const id = generateCaseId();
      for (let position = 3; position < id.length - 1; position++) {
        if (id[position] === id[position + 1]) continue;
        const swapped = id.slice(0, position) + id[position + 1] + id[position] + id.slice(position + 2);
        expect(isValidCaseId(swapped), `${id} → ${swapped}`).toBe(false);
      }
    }
  });
});
