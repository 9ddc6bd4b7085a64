import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';
import { ConfigError } from '../../src/errors.js';
import { makeTempDir } from '../helpers/run-cli.js';

describe('configuration', () => {
  it('carries the routine facts by default', () => {
    const config = parseConfig({});
    expect(config.teleconsult.fax).toBe('+46 31 745 96 10');
    expect(config.teleconsult.coordinatorPhone).toBe('+46 81 235 01 90');
    expect(config.teleconsult.reservePhones).toEqual(['+46 31 373 77 95', '+62 81 338 773 651']);
    expect(config.admins.email).toBe('nu.radiologen.administratorer@vgregion.se');
    expect(config.routine).toMatchObject({ validFrom: '2026-01-15', validUntil: '2027-05-30' });
    expect(config.anonymise.maxPages).toBe(30);
    expect(Object.isFrozen(config.teleconsult)).toBe(true);
  });

  it('merges a partial user config into the defaults', () => {
    const config = parseConfig({ sender: { fax: '+46 520 123 45' } });
    expect(config.sender.fax).toBe('+46 520 123 45');
    expect(config.sender.unit).toBe('Radiologisk mottagning NÄL');
  });

  it('names the key, the expectation and the value found when a value is wrong', () => {
    expect(() => parseConfig({ anonymise: { maxPages: 0 } })).toThrow(/anonymise\.maxPages: förväntat minst 1, hittade 0/);
    expect(() => parseConfig({ admins: { email: 'inte-en-adress' } })).toThrow(/admins\.email: förväntat en e-postadress, hittade "inte-en-adress"/);
  });

  it('names a secret key and its expected type but never echoes the value found', () => {
    const wrongTypes: unknown[] = [123456789, { hemligt: 'Sommar2026!' }];
    for (const pass of wrongTypes) {
      const error = catchConfigError(() => parseConfig({ mail: { smtp: { auth: { user: 'reservfax', pass } } } }));
      expect(error.userMessage).toMatch(/mail\.smtp\.auth\.pass: förväntat string/);
      expect(error.userMessage).not.toContain('123456789');
      expect(error.userMessage).not.toContain('Sommar2026!');
      expect(JSON.stringify(error.cause)).not.toMatch(/123456789|Sommar2026!/);
    }
  });

  it('hides a password inside an object found where another value was expected', () => {
    const error = catchConfigError(() => parseConfig({ mail: { smtp: { port: { pass: 'Sommar2026!' } } } }));
    expect(error.userMessage).toContain('mail.smtp.port');
    expect(error.userMessage).not.toContain('Sommar2026!');
  });

  it('still shows the value found for a key that is not secret', () => {
    expect(() => parseConfig({ mail: { smtp: { port: 'tjugofem' } } })).toThrow(/mail\.smtp\.port: förväntat number, hittade "tjugofem" \(string\)/);
  });

  it('rejects unknown keys by name', () => {
    expect(() => parseConfig({ teleconsul: {} })).toThrow(/okända nycklar "teleconsul"/);
  });

  it('reads the home config file and reports invalid JSON as a config error', async () => {
    const home = await makeTempDir();
    await writeFile(path.join(home, 'reservfax.config.json'), '{ not json');
    await expect(loadConfig({ home })).rejects.toBeInstanceOf(ConfigError);
  });

  it('says where broken JSON breaks without quoting the text around it, which may hold a password', async () => {
    const home = await makeTempDir();
    const file = path.join(home, 'reservfax.config.json');
    const messageFor = async (text: string) => {
      await writeFile(file, text);
      const error = (await loadConfig({ home }).then(() => undefined, (caught: unknown) => caught)) as ConfigError;
      expect(error).toBeInstanceOf(ConfigError);
      return `${error.userMessage} ${error.message}`;
    };
    expect(await messageFor('{ "mail": { "smtp": { "auth": { "user": "fax", "pass": Hemligt-42 } } } }')).not.toContain('Hemligt');
    expect(await messageFor('{\n  "mail": { "smtp": { "auth": { "user": "fax", "pass": "Hemligt-42" x } } }\n}')).toContain('rad 2');
  });
});

function catchConfigError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}
