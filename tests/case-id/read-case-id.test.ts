import { describe, expect, it } from 'vitest';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { readCaseIdInCode, readCaseIdsInText } from '../../src/case-id/read-case-id.js';

describe('reading case IDs in OCR text', () => {
  it('finds a case ID in running text with its usual separators and spacing', () => {
    const id = generateCaseId();
    const body = id.slice(3);
    for (const text of [`Ärende: ${id}`, `Svar avseende ärende RF ${body} enligt fax.`, `Ert ärende-ID RF–${body}.`, `rf-${body.toLowerCase()}`]) {
      expect(readCaseIdsInText(text), text).toEqual([{ id, valid: true, form: 'prefixed' }]);
    }
  });

  it('corrects the look-alikes OCR gives for symbols outside the alphabet', () => {
    const misreadAs: Record<string, string> = { '9': 'O', '8': 'B', '6': 'G', '7': 'Z' };
    let corrected = 0;
    for (let n = 0; n < 300; n++) {
      const id = generateCaseId();
      const printed = id.slice(0, 3) + [...id.slice(3)].map((c) => misreadAs[c] ?? c).join('');
      if (printed === id) continue;
      expect(readCaseIdsInText(`Ärende ${printed}`), printed).toEqual([{ id, valid: true, form: 'prefixed' }]);
      corrected++;
    }
    expect(corrected).toBeGreaterThan(100);
  });

  it('reports a well-formed ID with a wrong check symbol as invalid instead of guessing', () => {
    const id = generateCaseId();
    const wrongCheck = id.slice(0, -1) + (id.endsWith('A') ? 'C' : 'A');
    expect(readCaseIdsInText(`Ärende ${wrongCheck}`)).toEqual([{ id: wrongCheck, valid: false, form: 'prefixed' }]);
  });

  it('reads the ID with spaces around any dash, with two dashes, and glued to RF', () => {
    const id = generateCaseId();
    const body = id.slice(3);
    for (const text of [`Ärende RF – ${body}`, `RF — ${body} gäller`, `RF--${body}`, `RF - - ${body}`, `RF${body}`, `Ärende-ID: RF = ${body}`]) {
      expect(readCaseIdsInText(text), text).toEqual([{ id, valid: true, form: 'prefixed' }]);
    }
  });

  it('reads six symbols after an ärende label without the prefix, marked as such', () => {
    const id = generateCaseId();
    const body = id.slice(3);
    for (const text of [`Ärende: ${body}`, `Ert ärende ${body}, svar nedan`, `ARENDE-ID ${body}`, `Ärendenummer: ${body}`, `Ärende-ID ${body}- Sida 1 av 1`, `Ärende-lD; ${body}`]) {
      expect(readCaseIdsInText(text), text).toEqual([{ id, valid: true, form: 'label' }]);
    }
  });

  it('ignores words that only start with RF or RE and numbers that are not case IDs', () => {
    expect(readCaseIdsInText('RFA-undersökning, remiss 2026-123456, RFKAMMAREN')).toEqual([]);
    expect(readCaseIdsInText('Vår referens: TC-26-4471. Resultat enligt remittent, regionen, ärende: akut')).toEqual([]);
  });

  it('accepts a QR code only when its content is exactly a case ID', () => {
    const id = generateCaseId();
    expect(readCaseIdInCode(id)).toEqual({ id, valid: true, form: 'prefixed' });
    expect(readCaseIdInCode(`${id} extra`)).toBeUndefined();
    expect(readCaseIdInCode('https://example.se')).toBeUndefined();
  });
});
