import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import type { FixtureCase } from '../../fixtures/generate.js';
import type { ReplyFixture } from '../../fixtures/replies/generate-replies.js';
import { pdfPageCount } from '../helpers/pdf-pages.js';
import { byId, referralFixtures, replyFixtures } from '../helpers/fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startServiceProcess, waitFor, writeServiceConfig } from '../helpers/service-process.js';

let fixtures: FixtureCase[];
let reply: ReplyFixture;

beforeAll(async () => {
  fixtures = await referralFixtures();
  reply = byId(await replyFixtures(), 'r05-standard-header');
});

const fixture = (id: string) => fixtures.find((f) => f.id === id)!;
const list = async (dir: string) => (await readdir(dir)).sort();

describe.each([{ polling: false }, { polling: true }])('the service (polling: $polling)', ({ polling }) => {
  it('faxes good referrals, files a reply, and puts every bad input in manual review with a note, without one identifier or input name in logs, names or notes', async () => {
    const home = await makeTempDir();
    const caseId = reply.expected.status === 'matched' ? reply.expected.caseId : '';
    await seedHome(home, [{ caseId, unit: 'Akutmottagningen NÄL' }]);
    await writeServiceConfig(home, { watch: { polling } });
    const service = await startServiceProcess(home);
    const drops: Record<string, string> = {
      'Andersson Karl remiss.pdf': fixture('text-ris-export').file,
      'Lindqvist Maja.pdf': fixture('text-with-label').file,
      'Nilsson Erik.pdf': fixture('not-a-pdf').file,
      'Berg Sara.pdf': fixture('encrypted').file,
      'Holm Anders.pdf': fixture('zero-pages').file,
    };
    for (const [name, source] of Object.entries(drops)) await writeFile(path.join(home, 'akutskriv', name), await readFile(source));
    await writeFile(path.join(home, 'akutskriv', 'Ek Lena tom.pdf'), '');
    await symlink('/etc/hostname', path.join(home, 'akutskriv', 'Strand Olle.pdf'));
    await mkdir(path.join(home, 'akutskriv', 'Svensson Eva'));
    await writeFile(path.join(home, 'inkommande-fax', 'fax från Teleconsult Karlsson.pdf'), await readFile(reply.file));

    await waitFor(async () => (await list(path.join(home, 'att-faxa'))).length === 2, 180_000, 'two fax-ready PDFs');
    await waitFor(async () => (await list(path.join(home, 'manuell-granskning'))).length === 10, 120_000, 'five bad inputs with notes');
    await waitFor(async () => (await list(path.join(home, 'ris-admin'))).includes(`${caseId}-utlatande.pdf`), 60_000, 'the filed reply');
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);

    const faxes = await list(path.join(home, 'att-faxa'));
    for (const name of faxes) {
      expect(name).toMatch(/^RF-[A-Z0-9]{6}\.pdf$/);
      expect(await pdfPageCount(path.join(home, 'att-faxa', name))).toBeGreaterThan(1);
    }
    const review = await list(path.join(home, 'manuell-granskning'));
    expect(review.filter((name) => name.endsWith('.txt'))).toHaveLength(5);
    expect(await list(path.join(home, 'akutskriv'))).toEqual(['Svensson Eva']);
    expect(await list(path.join(home, 'state', 'bearbetas'))).toEqual([]);

    const notes = await Promise.all(review.filter((n) => n.endsWith('.txt')).map((n) => readFile(path.join(home, 'manuell-granskning', n), 'utf8')));
    for (const note of notes) expect(note).toContain('Gör så här:');
    const log = await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8');
    for (const line of log.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    const everything = [log, service.output(), ...notes, ...review, ...faxes, ...(await list(path.join(home, 'ris-admin')))].join('\n');
    const forbidden = [
      ...fixtures.flatMap((f) => f.identifiers.map((identifier) => identifier.value)),
      ...Object.keys(drops).map((name) => name.replace(/\.pdf$/, '')),
      'Ek Lena', 'Strand Olle', 'Svensson Eva', 'Karlsson',
    ];
    for (const value of forbidden) expect(everything, value).not.toContain(value);
  }, 420_000);

  // One service run: the slowly copied file is faxed once, then the same bytes dropped again are the duplicate.
  it('waits for a file copied slowly in chunks, as over a share, and faxes it once; the same file dropped again after it was faxed goes to manual review, naming the earlier case, instead of being faxed twice', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home, { watch: { polling } });
    const service = await startServiceProcess(home);
    const data = await readFile(fixture('text-with-label').file);
    const target = path.join(home, 'akutskriv', 'remiss.pdf');
    const chunk = Math.ceil(data.length / 8);
    for (let offset = 0; offset < data.length; offset += chunk) {
      await writeFile(target, data.subarray(offset, offset + chunk), { flag: offset === 0 ? 'w' : 'a' });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await waitFor(async () => (await list(path.join(home, 'att-faxa'))).length === 1, 120_000, 'one fax');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await list(path.join(home, 'att-faxa'))).toHaveLength(1);
    expect(await list(path.join(home, 'manuell-granskning'))).toEqual([]);

    await writeFile(path.join(home, 'akutskriv', 'remiss igen.pdf'), data);
    await waitFor(async () => (await list(path.join(home, 'manuell-granskning'))).length === 2, 60_000, 'the duplicate in manual review');
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    const [fax] = await list(path.join(home, 'att-faxa'));
    const note = (await list(path.join(home, 'manuell-granskning'))).find((name) => name.endsWith('.txt'))!;
    const text = await readFile(path.join(home, 'manuell-granskning', note), 'utf8');
    expect(text).toContain('Samma remiss har redan faxats');
    expect(text).toContain(fax!.replace('.pdf', ''));
    expect(await list(path.join(home, 'att-faxa'))).toHaveLength(1);
  }, 240_000);
});
