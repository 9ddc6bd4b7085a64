import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.js';

describe('the configured referring units', () => {
  it('defaults to the common referring units of NU-sjukvården, never radiology itself', () => {
    const units = parseConfig({}).units;
    const names = units.map((unit) => unit.name);
    for (const name of ['Akutmottagningen NÄL', 'Akutmottagningen Uddevalla', 'Medicinkliniken', 'Kirurgkliniken', 'Ortopedkliniken', 'Geriatrik', 'IVA', 'Kvinnokliniken', 'Öron-näsa-hals']) {
      expect(names).toContain(name);
    }
    const everyName = units.flatMap((unit) => [unit.name, unit.folder, ...unit.aliases]).join(' ');
    expect(everyName).not.toMatch(/röntgen|radiolog/i);
  });

  it('replaces the defaults with the units a config lists, and takes aliases as optional', () => {
    const config = parseConfig({ units: [{ name: 'Hudkliniken', folder: 'Hud' }] });
    expect(config.units).toEqual([{ name: 'Hudkliniken', folder: 'Hud', aliases: [] }]);
  });

  it('refuses a folder that could leave remitterande/', () => {
    expect(() => parseConfig({ units: [{ name: 'Hudkliniken', folder: '../ris-admin' }] })).toThrow(/units\.0\.folder: förväntat ett mappnamn/);
  });

  it('refuses an alias two units share, naming the unit that has it', () => {
    const units = [
      { name: 'Medicinkliniken', folder: 'Medicin', aliases: ['Avd 32'] },
      { name: 'Kirurgkliniken', folder: 'Kirurgi', aliases: ['avd-32'] },
    ];
    expect(() => parseConfig({ units })).toThrow(/units\.1\.aliases\.0: förväntat ett namn som ingen annan enhet har \(det finns redan hos "Medicinkliniken"\), hittade "avd-32"/);
  });

  it('refuses radiology itself, or a name that is only a number, as a referring unit', () => {
    expect(() => parseConfig({ units: [{ name: 'Medicinkliniken', folder: 'Medicin', aliases: ['Rontgen NAL'] }] })).toThrow(/units\.0\.aliases\.0: förväntat en remitterande enhet, inte röntgen själv/);
    expect(() => parseConfig({ sender: { unit: 'BFM Uddevalla' }, units: [{ name: 'BFM Uddevalla', folder: 'BFM' }] })).toThrow(/units\.0\.name: förväntat en remitterande enhet/);
    expect(() => parseConfig({ units: [{ name: 'Medicinkliniken', folder: 'Medicin', aliases: ['32'] }] })).toThrow(/units\.0\.aliases\.0: förväntat ett namn med minst ett ord/);
  });
});
