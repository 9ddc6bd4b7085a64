import { describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { findReferringUnit, type UnitLine } from '../../src/units/find-referring-unit.js';

const config = configSchema.parse({});
const find = (pages: UnitLine[][], labelled?: string) => findReferringUnit({ pages, labelled, units: config.units, ownUnit: config.sender.unit, sites: config.sites });

// Lines spread evenly between two heights of a page (fractions of its height), in reading order.
function lines(texts: string[], from: number, to = from): UnitLine[] {
  return texts.map((text, i) => ({ text, top: from + ((to - from) * i) / Math.max(1, texts.length - 1) }));
}

const history = lines(['Frågeställning: Lungemboli?', 'Anamnes: Andfådd sedan två dagar, takykard.', 'Kreatinin 78.'], 0.4, 0.55);

describe('finding the referring unit of a referral', () => {
  it('takes the unit from a labelled field', () => {
    expect(find([[...lines(['Remitterande enhet: Kirurgkliniken NÄL'], 0.3), ...history]])).toEqual({ unit: 'Kirurgkliniken', folder: 'Kirurgkliniken', evidence: 'field' });
  });

  it('reads a letterhead with the site and the unit between middle dots', () => {
    const page = [...lines(['NU-sjukvården · Uddevalla sjukhus · Akutmottagningen', 'Remiss röntgen'], 0.04, 0.07), ...history];
    expect(find([page])).toEqual({ unit: 'Akutmottagningen Uddevalla', folder: 'Akutmottagningen Uddevalla', evidence: 'header' });
  });

  it('reads the sender block of a letter next to its address', () => {
    const page = [
      ...lines(['Remiss', 'Datum 2026-11-26'], 0.05, 0.08),
      ...lines(['Medicinkliniken, avdelning 32', 'NÄL', '461 85 Trollhättan'], 0.25, 0.3),
      ...history,
    ];
    expect(find([page])).toEqual({ unit: 'Medicinkliniken', folder: 'Medicinkliniken', evidence: 'sender' });
  });

  it('reads the unit on the signature line of a doctor', () => {
    const page = [...history, ...lines(['Dr Eva Lind, Medicinkliniken'], 0.75)];
    expect(find([page])).toMatchObject({ unit: 'Medicinkliniken', evidence: 'signature' });
  });

  it('never takes the addressee for the referrer', () => {
    expect(find([[...lines(['Till: Röntgen NÄL'], 0.05), ...history]])).toBeUndefined();
    expect(find([[...lines(['Remiss till Röntgen NÄL från Akutmottagningen'], 0.05), ...history]])).toBeUndefined();
    expect(find([[...lines(['Akutmottagningen · Till: Röntgen NÄL'], 0.05), ...history]])).toBeUndefined();
    expect(find([[...lines(['Röntgen NÄL'], 0.05), ...history]], 'Radiologisk mottagning NÄL')).toBeUndefined();
  });

  it('keeps the referrer when the addressee is on the same line', () => {
    expect(find([[...lines(['Från: Ortopedkliniken   Till: Röntgen NÄL, Trollhättan'], 0.08), ...history]])).toMatchObject({ unit: 'Ortopedkliniken', evidence: 'sender' });
  });

  it('gives up rather than guess when two headers name different units', () => {
    expect(find([[...lines(['Kirurgkliniken', 'Ortopedkliniken'], 0.04, 0.06), ...history]])).toBeUndefined();
  });

  it('lets a stronger kind of evidence decide over a weaker one', () => {
    const page = [...lines(['NU-sjukvården · NÄL · Akutmottagningen'], 0.04), ...history, ...lines(['Dr Eva Lind, Kirurgkliniken'], 0.8)];
    expect(find([page])).toMatchObject({ unit: 'Akutmottagningen NÄL', evidence: 'header' });
  });

  it('reads OCR that lost the diacritics and the hyphens', () => {
    expect(find([[...lines(['NU-sjukvarden · NAL · Oron nasa hals'], 0.05), ...history]])).toMatchObject({ unit: 'Öron-näsa-hals', evidence: 'header' });
    expect(find([[...lines(['Hjart-intensiven NAL'], 0.05), ...history]])).toMatchObject({ unit: 'Kardiologi' });
  });

  it('counts an abbreviation only in capitals, so a doctor called Iva is not intensive care', () => {
    expect(find([[...history, ...lines(['Med vänlig hälsning', 'Iva Karlsson', 'Kirurgkliniken'], 0.7, 0.76)]])).toMatchObject({ unit: 'Kirurgkliniken', evidence: 'signature' });
    expect(find([[...lines(['NU-sjukvården · NÄL · IVA'], 0.04), ...history]])).toMatchObject({ unit: 'IVA' });
  });

  it('prefers the longer of two overlapping unit names', () => {
    expect(find([[...lines(['Psykiatriska akutmottagningen NÄL'], 0.04), ...history]])).toMatchObject({ unit: 'Psykiatri' });
  });

  it('matches whole words only, and a ward number alone names no unit', () => {
    expect(find([[...lines(['Barn- och ungdomsmedicin NÄL'], 0.04), ...history]])).toMatchObject({ unit: 'Barn- och ungdomsmedicin' });
    expect(find([[...lines(['Avdelning 32', 'Medicin avd 32'], 0.04, 0.06), ...history]])).toBeUndefined();
  });

  it('keeps a labelled unit that no alias knows as printed, without a folder of its own', () => {
    expect(find([[...lines(['Vårdcentralen Herrestad'], 0.04), ...history]], 'Vårdcentralen Herrestad')).toEqual({ unit: 'Vårdcentralen Herrestad', evidence: 'field' });
  });

  it('prefers a configured unit in a field to a field value no alias matches, such as OCR noise', () => {
    expect(find([[...lines(['Remitterande enhet: Neurologmottagningen NÄL'], 0.3), ...history]], '0 A-HEZ22,L,LtB HH oood')).toMatchObject({ unit: 'Neurologi och strokeenheten', evidence: 'field' });
  });

  it('gives up when two labelled fields name different units, configured or not', () => {
    expect(find([[...lines(['Svar till: Vårdcentralen Herrestad'], 0.3), ...history]], 'Hudmottagningen')).toBeUndefined();
    expect(find([[...lines(['Remitterande enhet: Vårdcentralen Herrestad, avd 3'], 0.3), ...history]], 'Vårdcentralen Herrestad, avd 3')).toEqual({
      unit: 'Vårdcentralen Herrestad, avd 3',
      evidence: 'field',
    });
  });

  it('completes a labelled unit without its site from a letterhead that agrees with it', () => {
    const page = [...lines(['NU-sjukvården · Uddevalla sjukhus · Akutmottagningen'], 0.04), ...history];
    expect(find([page], 'Akutmottagningen')).toMatchObject({ unit: 'Akutmottagningen Uddevalla', evidence: 'header' });
    expect(find([page], 'Hudmottagningen')).toEqual({ unit: 'Hudmottagningen', evidence: 'field' });
  });

  it('reads a unit out of a sentence only as running text, the weakest evidence', () => {
    expect(find([[...lines(['Patienten vårdas på Medicinkliniken sedan i går.'], 0.1), ...history]])).toEqual({ unit: 'Medicinkliniken', folder: 'Medicinkliniken', evidence: 'text' });
  });

  it('lets any printed place beat the running text, and gives up when the running text names two units', () => {
    const letterhead = lines(['NU-sjukvården · Uddevalla sjukhus · Akutmottagningen'], 0.04);
    const told = lines(['Anamnes: Opererad på Ortopedkliniken 2019, nu akut försämring.'], 0.4);
    expect(find([[...letterhead, ...told, ...history]])).toMatchObject({ unit: 'Akutmottagningen Uddevalla', evidence: 'header' });
    const two = lines(['Anamnes: Vårdad på Ortopedkliniken, överflyttad till Medicinkliniken i går.'], 0.4);
    expect(find([[...two, ...history]])).toBeUndefined();
  });

  it('never files under our unit a unit of another hospital, named with its hospital', () => {
    expect(find([history], 'Onkologiska kliniken Sahlgrenska')).toEqual({ unit: 'Onkologiska kliniken Sahlgrenska', evidence: 'field' });
    expect(find([history], 'Medicinkliniken Alingsås lasarett')).toEqual({ unit: 'Medicinkliniken Alingsås lasarett', evidence: 'field' });
    expect(find([[...lines(['Lungmottagningen', 'Kungälvs sjukhus'], 0.04, 0.06), ...history]])).toBeUndefined();
    expect(find([[...lines(['Lungmottagningen · Kungälvs sjukhus · Box 4, 442 31 Kungälv'], 0.04), ...history]])).toEqual({ unit: 'Lungmottagningen, Kungälvs sjukhus', evidence: 'header' });
    expect(find([[...lines(['Lungkliniken · Uddevalla sjukhus'], 0.04), ...history]])).toMatchObject({ unit: 'Lungmedicin', evidence: 'header' });
  });

  it('reads a unit name with or without its definite ending', () => {
    expect(find([history], 'Medicinavdelning 21 NÄL')).toMatchObject({ unit: 'Medicinkliniken', evidence: 'field' });
    expect(find([[...lines(['NU-sjukvården · NÄL · Psykiatrin'], 0.04), ...history]])).toMatchObject({ unit: 'Psykiatri' });
  });

  it('keeps a primary care clinic in a letterhead as printed, since such clinics are too many to configure', () => {
    const page = [...lines(['Vårdcentralen Lilla Edet', 'Tel 0520-65 00 00'], 0.04, 0.06), ...history];
    expect(find([page])).toEqual({ unit: 'Vårdcentralen Lilla Edet', evidence: 'header' });
    expect(find([[...lines(['Jourcentralen Trollhättan · Tel 010-441 00 00'], 0.04), ...history]])).toEqual({ unit: 'Jourcentralen Trollhättan', evidence: 'header' });
  });

  it('never takes a printed unit that holds a word of the patient\'s name', () => {
    const findFor = (pages: UnitLine[][], labelled?: string) =>
      findReferringUnit({ pages, labelled, units: config.units, ownUnit: config.sender.unit, sites: config.sites, patientWords: new Set(['edet', 'åsa']) });
    expect(findFor([[...lines(['Vårdcentralen Lilla Edet'], 0.04), ...history]])).toBeUndefined();
    expect(findFor([history], 'Åsa Edet')).toBeUndefined();
    expect(findFor([[...lines(['Kirurgkliniken NÄL'], 0.04), ...history]], 'Åsa Edet')).toMatchObject({ unit: 'Kirurgkliniken', evidence: 'header' });
  });
});

