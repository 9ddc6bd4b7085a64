import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractTextLayer } from '../../eval/check/inspect-output.js';
import { configSchema } from '../../src/config/schema.js';
import { prepareHome } from '../../src/fs/home.js';
import { refreshRoutineCard } from '../../src/routine-card/write-card.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

// The card's text as pdf.js reads it, spaces folded, so a wrapped line still reads as one phrase.
async function cardText(file: string): Promise<string> {
  return (await extractTextLayer(await readFile(file))).replace(/\s+/g, ' ');
}

describe('the routine card', () => {
  it('is written by reservfax rutinkort as one A4 page with the numbers, addresses and image-transfer notes of the config', async () => {
    const dir = await makeTempDir();
    const out = path.join(dir, 'kort.pdf');
    const result = await runCli(['rutinkort', '--out', out, '--home', path.join(dir, 'home')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Rutinkortet skrevs till');
    const doc = await PDFDocument.load(await readFile(out));
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    const text = await cardText(out);
    for (const fact of [
      '+46 31 745 96 10',
      '+46 81 235 01 90',
      '+46 31 373 77 95',
      '+62 81 338 773 651',
      'urgent@teleconsult.net',
      'nu.radiologen.administratorer@vgregion.se',
      'kontaktuppgifter fås från nattröntgensjuksköterskan',
      '2025-05-06: går INTE att skicka bilder via syngo.via, arbete pågår',
      'Teleradiologidestination i Sectra IDS7/PACS',
      'NU10095-1819752655-434',
      'version 8.0',
    ]) {
      expect(text, fact).toContain(fact);
    }
  });

  it('follows the config: a changed coordinator number and an added contact are on the next card', async () => {
    const dir = await makeTempDir();
    const configFile = path.join(dir, 'reservfax.config.json');
    await writeFile(configFile, JSON.stringify({ teleconsult: { coordinatorPhone: '+46 8 000 11 22' }, routine: { contacts: [{ role: 'VGR-IT servicedesk', phone: '010-000 00 00' }] } }));
    const out = path.join(dir, 'kort.pdf');
    expect((await runCli(['rutinkort', '--out', out, '--home', path.join(dir, 'home'), '--config', configFile])).code).toBe(0);
    const text = await cardText(out);
    expect(text).toContain('+46 8 000 11 22');
    expect(text).not.toContain('+46 81 235 01 90');
    expect(text).toContain('VGR-IT servicedesk: 010-000 00 00');
  });

  it('stays on one page however long the list of contacts grows, by shrinking its type', async () => {
    const dir = await makeTempDir();
    const contacts = Array.from({ length: 25 }, (_, i) => ({ role: `Kontakt nummer ${i + 1} med en lång beskrivning av sin roll`, phone: `010-000 00 ${String(i).padStart(2, '0')}` }));
    const config = configSchema.parse({ routine: { contacts } });
    const home = await prepareHome(path.join(dir, 'home'), config);
    expect(await refreshRoutineCard(home, config, new Date())).toBe(true);
    const file = path.join(home.root, 'rutinkort.pdf');
    expect((await PDFDocument.load(await readFile(file))).getPageCount()).toBe(1);
    expect(await cardText(file)).toContain('Kontakt nummer 25');
  });

  it('is rewritten in the home only when what it says has changed', async () => {
    const dir = await makeTempDir();
    const config = configSchema.parse({});
    const home = await prepareHome(path.join(dir, 'home'), config);
    const file = path.join(home.root, 'rutinkort.pdf');
    expect(await refreshRoutineCard(home, config, new Date('2026-12-01T20:00:00Z'))).toBe(true);
    const first = (await stat(file)).mtimeMs;
    expect(await refreshRoutineCard(home, config, new Date('2026-12-02T20:00:00Z'))).toBe(false);
    expect((await stat(file)).mtimeMs).toBe(first);
    const changed = configSchema.parse({ teleconsult: { fax: '+46 31 000 00 00' } });
    expect(await refreshRoutineCard(home, changed, new Date('2026-12-03T20:00:00Z'))).toBe(true);
    expect(await cardText(file)).toContain('+46 31 000 00 00');
    const extended = configSchema.parse({ teleconsult: { fax: '+46 31 000 00 00' }, routine: { validUntil: '2028-05-30' } });
    expect(await refreshRoutineCard(home, extended, new Date('2026-12-04T20:00:00Z'))).toBe(true);
    expect(await cardText(file)).toContain('2028-05-30');
  });
});
