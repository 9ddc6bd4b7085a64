import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../src/detect/detect-document.js';
import { readPatientIdentity } from '../../src/detect/patient-identity.js';
import type { PageLines } from '../../src/detect/types.js';
import { blockAt } from './placed-lines.js';

// Synthetic people: invented names, Luhn-valid numbers for invented dates.
const identityOf = (...texts: string[]) => {
  const pages: PageLines[] = [{ page: 1, source: 'text', lines: blockAt(40, 40, ...texts) }];
  return readPatientIdentity(detectDocument(pages).findings, pages);
};

describe('reading the patient identity a hospital copy may carry', () => {
  it('takes the name field, the personnummer and the requested examination', () => {
    expect(identityOf('Patientuppgifter', 'Namn: Vinterek, Maja', 'Personnummer: 19570812-3244', 'Begärd undersökning: DT hjärna utan kontrast')).toEqual({
      status: 'certain',
      identity: { name: 'Vinterek, Maja', number: '19570812-3244', numberKind: 'personnummer', exam: 'DT hjärna utan kontrast' },
    });
  });

  it('accepts the same number written twice in two ways as one number', () => {
    const reading = identityOf('Namn: Vinterek, Maja', 'Personnummer: 19570812-3244', 'Anamnes', 'Pat 570812-3244 inkommer med huvudvärk.');
    expect(reading).toMatchObject({ status: 'certain', identity: { number: '19570812-3244' } });
  });

  it('leaves the identity uncertain when a second number is on the referral, such as a guardian\'s', () => {
    expect(identityOf('Namn: Holmqvist, Elin', 'Personnummer: 20190305-2387', 'Vårdnadshavare: Holmqvist, Petra 19850214-3020')).toEqual({ status: 'uncertain', gap: 'several-numbers' });
  });

  it('leaves the identity uncertain without a name or without a number', () => {
    expect(identityOf('Personnummer: 19570812-3244', 'Frågeställning: blödning?')).toEqual({ status: 'uncertain', gap: 'no-name' });
    expect(identityOf('Namn: Vinterek, Maja', 'Frågeställning: blödning?')).toEqual({ status: 'uncertain', gap: 'no-number' });
  });

  it('leaves the identity uncertain when the name field holds two different names', () => {
    expect(identityOf('Namn: Vinterek, Maja', 'Personnummer: 19570812-3244', 'Namn: Vinterek, Sara')).toEqual({ status: 'uncertain', gap: 'several-names' });
  });
});
