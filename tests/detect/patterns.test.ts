import { describe, expect, it } from 'vitest';
import { findPatterns } from '../../src/detect/patterns.js';
import { luhnValid } from '../../src/detect/numbers.js';

const kinds = (text: string) => findPatterns(text).map((m) => m.kind);

describe('identity numbers by shape', () => {
  it('finds a Luhn-valid personnummer in every written form', () => {
    expect(luhnValid('7804123456')).toBe(false);
    const core = '780412345';
    const check = [...Array(10).keys()].find((d) => luhnValid(core + d))!;
    const last4 = `345${check}`;
    for (const form of [`19780412-${last4}`, `780412-${last4}`, `780412+${last4}`, `19780412${last4}`, `780412${last4}`, `19780412 ${last4}`]) {
      expect(kinds(`Pat ${form} inkom`), form).toContain('personnummer');
    }
  });

  it('calls a number with day + 60 a samordningsnummer', () => {
    const core = '780472123';
    const check = [...Array(10).keys()].find((d) => luhnValid(core + d))!;
    expect(kinds(`Samordn ${core.slice(0, 6)}-${core.slice(6)}${check}`)).toContain('samordningsnummer');
  });

  it('removes a number written like a personnummer whose check digit fails, as one OCR slip leaves it', () => {
    const core = '780412345';
    const wrong = [...Array(10).keys()].find((d) => !luhnValid(core + d))!;
    for (const form of [`${core.slice(0, 6)}-${core.slice(6)}${wrong}`, `19${core.slice(0, 6)}-${core.slice(6)}${wrong}`, `19${core}${wrong}`]) {
      expect(findPatterns(`etikett ${form} x`).map((m) => m.rule), form).toContain('identity-number-shape');
    }
  });

  it('does not take a number without a real date, or a phone number, for a personnummer shape', () => {
    expect(kinds('ref 781345-1234')).not.toContain('personnummer');
    expect(kinds('ring 0701234567')).not.toContain('personnummer');
    expect(kinds('Kreatinin 131, tid 2026-11-17 22:50')).toEqual([]);
  });

  it('reads OCR look-alikes inside a number (O for 0, l for 1, S for 5)', () => {
    const core = '780412345';
    const check = [...Array(10).keys()].find((d) => luhnValid(core + d))!;
    expect(kinds(`78O4l2-34S${check}`)).toContain('personnummer');
  });

  it('reads a personnummer with stray OCR spaces and one standing right after a phone number', () => {
    const core = '780412342';
    const check = [...Array(10).keys()].find((d) => luhnValid(core + d))!;
    expect(kinds(`7804 12-342${check}`)).toContain('personnummer');
    expect(findPatterns(`tel 0520-123 45 19780412-342${check}`).filter((m) => m.kind === 'personnummer')).toHaveLength(1);
  });

  it('does not take part of a longer number for a personnummer', () => {
    const core = '780412342';
    const check = [...Array(10).keys()].find((d) => luhnValid(core + d))!;
    expect(kinds(`ordernr 55${core}${check}77`)).not.toContain('personnummer');
  });

  it('does not mistake clinical dates, lab values or an accession number for identifiers', () => {
    expect(findPatterns('Opererad 2019-03-12. Kreatinin 78 µmol/l. Accessionsnummer: NAL26-004711')).toEqual([]);
  });
});

describe('phones, e-mail and addresses by shape', () => {
  it('finds Swedish phone numbers as they are usually written', () => {
    for (const phone of ['070-123 45 67', '0701234567', '+46 70 123 45 67', '031-12 34 56', '0520-123 45']) {
      expect(kinds(`ring ${phone} snarast`), phone).toContain('phone');
    }
  });

  it('finds e-mail, street and postcode with town', () => {
    expect(kinds('anna.berg@example.se')).toContain('email');
    expect(kinds('bor på Storgatan 12 B')).toContain('address');
    expect(kinds('461 30 Trollhättan')).toContain('address');
  });

  it('reads e-mail addresses whose @ OCR turned into (& or Q', () => {
    expect(kinds('via e-post karin.sundqvist(&example.se.')).toContain('email');
    expect(kinds('E-post: bjorn.akessonQexample.se')).toContain('email');
  });

  it('stops a phone number before the next number OCR ran into it', () => {
    expect(findPatterns('FRÅN: +46 10 435 45 31 5. 1/1').filter((m) => m.kind === 'phone').map((m) => m.value)).toEqual(['+46 10 435 45 31']);
  });

  it('finds a postcode that ends a wrapped line', () => {
    expect(findPatterns('boende på Kvarnbäcksvägen 23, 461 95').map((m) => m.rule)).toContain('postcode-line-end');
  });

  it('finds streets by their Swedish endings beyond gata and väg', () => {
    for (const street of ['Fiskhamnen 12', 'Lotsudden 3', 'Kvarnbacke 7 B', 'Södra Kajen 2', 'Tallkullen 14']) {
      expect(kinds(`bor på ${street} sedan`), street).toContain('address');
    }
  });

  it('finds a word, a house number, a comma and a town as an address whatever the street is called', () => {
    expect(findPatterns('Ekebo 4, Tanumshede').map((m) => m.rule)).toContain('street-comma-town');
    expect(kinds('Enhet: Avdelning 52, Uddevalla sjukhus')).not.toContain('address');
    expect(kinds('Wells score 3, tidigare frisk')).not.toContain('address');
  });

  it('finds a street address whose ä OCR read as a', () => {
    expect(findPatterns('Jag remitterar henne, Klovervagen 33, for ultraljud.').map((m) => m.value)).toContain('Klovervagen 33');
  });
});
