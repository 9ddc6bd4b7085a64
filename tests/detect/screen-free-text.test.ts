import { describe, expect, it } from 'vitest';
import { inventPerson } from '../../fixtures/lib/people.js';
import { formatPhone } from '../../fixtures/lib/phone.js';
import { rngFor } from '../../fixtures/lib/prng.js';
import { parseConfig } from '../../src/config/load-config.js';
import { findIdentifiersInFreeText } from '../../src/detect/screen-free-text.js';
import { routineAllowance } from '../../src/incident/screen-text.js';

const config = parseConfig({});
const allowed = routineAllowance(config, ['länken till extern granskare', 'VGR-IT', 'läkare i beredskap']);
const screen = (text: string) => findIdentifiersInFreeText(text, allowed);

// What a night nurse writes in the incident log: systems, times, whom she called, ticket numbers, the routine's numbers.
const ORDINARY_NOTES = [
  'Länken till Teleconsult nere sedan 02:40, RIS fungerar.',
  'Ringde koordinatorn på +46 81 235 01 90 kl 03:15, de har inte fått bilderna.',
  'Ringde reservnumret 031-373 77 95, ingen svarade. Försökte igen 03:30.',
  'VGR-IT kontaktad, ärende INC0123456, lovar återkoppling före 05.',
  'Bilder skickade via BFR. Syngo.via går inte (känt sedan 2025-05-06).',
  'Röntgenjouren informerad, bakjouren ringer tillbaka. MEI svarar inte, PACS långsamt.',
  'Överlämnat till dagpersonalen 06:45: 3 remisser faxade, inga svar ännu.',
  'Mejlade urgent@teleconsult.net 03:50 om att faxen är igång.',
  'Akutmottagningen NÄL och Ortopedkliniken informerade om fördröjningen.',
  'Samma fel som natten till 3 maj, se VGR-IT:s ärende. Sten i njuren-remissen faxad 04:10.',
];

describe('the free-text screen of the incident log', () => {
  it.each(ORDINARY_NOTES)('lets an ordinary note through: %s', (note) => {
    expect(screen(note)).toEqual([]);
  });

  it('finds an invented patient\'s identity number in every written form, and a samordningsnummer', () => {
    for (let i = 0; i < 12; i++) {
      const person = inventPerson(rngFor(`incident-screen-${i}`));
      for (const style of ['YYYYMMDD-NNNN', 'YYMMDD-NNNN', 'YYYYMMDDNNNN', 'YYMMDDNNNN', 'YYYYMMDD NNNN'] as const) {
        const note = `Gäller ${person.pnr.format(style)}, röntgen väntar.`;
        expect(screen(note), note).toContainEqual(expect.stringMatching(/personnummer|samordningsnummer/));
      }
    }
    const samordning = inventPerson(rngFor('incident-screen-samordning'), { samordning: true } as never);
    expect(screen(`Nummer ${samordning.pnr.format('YYYYMMDD-NNNN')}`).length).toBeGreaterThan(0);
  });

  it('finds an invented patient\'s name written as a nurse would, capitalised or not, alone or with the surname', () => {
    for (let i = 0; i < 12; i++) {
      const person = inventPerson(rngFor(`incident-screen-name-${i}`));
      for (const note of [`Gäller ${person.firstName} ${person.surname} på akuten.`, `gäller ${person.firstName.toLowerCase()} på akuten`, `Pat. ${person.surname}s remiss faxad.`]) {
        expect(screen(note), note).toContain('name');
      }
    }
  });

  it('finds a name no list knows when a field label says it is the patient', () => {
    expect(screen('Patient: Qwarnbäck, Zylvia')).toContain('name');
    expect(screen('Namn: Zylvia Qwarnbäck')).toContain('name');
  });

  it('refuses a phone number or e-mail address that is not one of the routine\'s, and an address', () => {
    const person = inventPerson(rngFor('incident-screen-contact'));
    expect(screen(`Anhörig ringde från ${formatPhone(person.mobile, 'dashed')}`)).toContain('phone');
    expect(screen(`Anhörig ringde från ${formatPhone(person.mobile, 'international')}`)).toContain('phone');
    expect(screen(`Svar till ${person.email}`)).toContain('email');
    expect(screen(`Bor på ${person.street}, ${person.postcode} ${person.town}`)).toContain('address');
  });
});
