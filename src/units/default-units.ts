import type { ConfiguredUnit } from './types.js';

// NU-sjukvården's common referring units. Aliases are what referrals print; a bare word that also means something
// else in a referral ("medicin" is medication, "infektion" a diagnosis, "akuten" is at two sites) is left out, and an
// emergency department counts only with its site. Radiology itself is never a referring unit.
export const DEFAULT_UNITS: readonly ConfiguredUnit[] = [
  unit('Akutmottagningen NÄL', 'Akutmottagningen NÄL', [
    'Akutmottagning NÄL', 'Akuten NÄL', 'Akutkliniken NÄL', 'Akutmottagningen Trollhättan', 'Akutmottagningen Norra Älvsborgs länssjukhus',
  ]),
  unit('Akutmottagningen Uddevalla', 'Akutmottagningen Uddevalla', ['Akutmottagning Uddevalla', 'Akuten Uddevalla', 'Akutkliniken Uddevalla']),
  unit('Medicinkliniken', 'Medicinkliniken', [
    'Medicinska kliniken', 'Medicinmottagningen', 'Medicinavdelningen', 'Internmedicin', 'Internmedicinska kliniken', 'Medicinakuten', 'Akutmedicin', 'Akutmedicinska avdelningen',
  ]),
  unit('Kirurgkliniken', 'Kirurgkliniken', ['Kirurgiska kliniken', 'Kirurgmottagningen', 'Kirurgavdelningen', 'Kirurgi', 'Allmänkirurgi', 'Kirurgakuten', 'Kirurgjouren']),
  unit('Ortopedkliniken', 'Ortopedkliniken', ['Ortopediska kliniken', 'Ortopedmottagningen', 'Ortopedavdelningen', 'Ortopedi', 'Ortopedakuten', 'Ortopedjouren']),
  unit('Geriatrik', 'Geriatrik', ['Geriatriken', 'Geriatriska kliniken', 'Geriatriska avdelningen', 'Geriatrikmottagningen', 'Akutgeriatrik', 'Akutgeriatriken']),
  unit('Barn- och ungdomsmedicin', 'Barn- och ungdomsmedicin', [
    'Barn- och ungdomskliniken', 'Barnkliniken', 'Barnmedicin', 'Barnmottagningen', 'Barnavdelningen', 'Barnakuten', 'Barn- och ungdomsmedicinska kliniken',
  ]),
  unit('Infektionskliniken', 'Infektionskliniken', ['Infektionsmottagningen', 'Infektionsavdelningen', 'Infektionssjukdomar', 'Infektionsmedicin']),
  unit('Neurologi och strokeenheten', 'Neurologi och stroke', [
    'Neurologi/Strokeenheten', 'Neurologkliniken', 'Neurologiska kliniken', 'Neurologmottagningen', 'Neurologi', 'Strokeenheten', 'Strokeavdelningen', 'Strokeenhet',
  ]),
  unit('IVA', 'IVA', ['Intensivvårdsavdelningen', 'Intensivvårdsavdelning', 'Intensivvården', 'Intensivvårdsenheten', 'Anestesi- och intensivvårdskliniken']),
  unit('Kvinnokliniken', 'Kvinnokliniken', [
    'Kvinnosjukvården', 'Gynekologi', 'Gynekologiska kliniken', 'Gynekologmottagningen', 'Gynmottagningen', 'Gynakuten', 'Kvinnoakuten', 'Obstetrik och gynekologi', 'Förlossningsavdelningen',
  ]),
  unit('Urologi', 'Urologi', ['Urologkliniken', 'Urologiska kliniken', 'Urologmottagningen', 'Urologavdelningen']),
  unit('Onkologi', 'Onkologi', ['Onkologkliniken', 'Onkologiska kliniken', 'Onkologmottagningen', 'Onkologavdelningen']),
  unit('Psykiatri', 'Psykiatri', ['Psykiatrin', 'Psykiatriska kliniken', 'Psykiatrimottagningen', 'Psykiatriska akutmottagningen', 'Psykiatrisk akutmottagning', 'Vuxenpsykiatrin', 'Vuxenpsykiatri']),
  unit('Barn- och ungdomspsykiatri', 'Barn- och ungdomspsykiatri', ['BUP', 'Barn- och ungdomspsykiatrin', 'Barnpsykiatrin']),
  unit('Öron-näsa-hals', 'Öron-näsa-hals', ['Öron-näsa-halskliniken', 'Öron-, näs- och halskliniken', 'ÖNH', 'ÖNH-kliniken', 'ÖNH-mottagningen', 'Öronkliniken', 'Öronmottagningen']),
  unit('Kardiologi', 'Kardiologi', [
    'Hjärtintensiven', 'Hjärtintensivavdelningen', 'HIA', 'Kardiologkliniken', 'Kardiologiska kliniken', 'Kardiologmottagningen', 'Hjärtmottagningen', 'Hjärtavdelningen',
  ]),
  unit('Lungmedicin', 'Lungmedicin', ['Lungkliniken', 'Lungmottagningen', 'Lungavdelningen', 'Lungmedicinska kliniken']),
  unit('Njurmedicin', 'Njurmedicin', ['Njurkliniken', 'Njurmottagningen', 'Njurmedicinska kliniken', 'Dialysavdelningen']),
  unit('Hematologi', 'Hematologi', ['Hematologkliniken', 'Hematologiska kliniken', 'Hematologmottagningen']),
  unit('Ögonkliniken', 'Ögonkliniken', ['Ögonmottagningen', 'Ögonakuten', 'Ögonsjukvården']),
  unit('Anestesi och operation', 'Anestesi och operation', ['Anestesikliniken', 'Operationsavdelningen', 'Centraloperation', 'Uppvakningsavdelningen']),
  unit('Handkirurgi', 'Handkirurgi', ['Handkirurgiska kliniken', 'Handkirurgmottagningen']),
  unit('Kärlkirurgi', 'Kärlkirurgi', ['Kärlkirurgiska kliniken', 'Kärlkirurgiska mottagningen', 'Kärlkirurgmottagningen']),
];

// NU-sjukvården's hospitals as referrals print them: a unit "at Kungälvs sjukhus" or "Sahlgrenska" is not one of ours.
export const DEFAULT_SITES: readonly string[] = [
  'NU-sjukvården', 'NÄL', 'Norra Älvsborgs länssjukhus', 'Trollhättan', 'Uddevalla sjukhus', 'Strömstads sjukhus', 'Lysekils sjukhus', 'Dalslands sjukhus', 'Bäckefors',
];

function unit(name: string, folder: string, aliases: string[]): ConfiguredUnit {
  return { name, folder, aliases };
}
