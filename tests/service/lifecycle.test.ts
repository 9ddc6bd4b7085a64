import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { findSkipReason, OUT_DIR, QUEUE } from '../helpers/cups.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { startServiceProcess, waitFor, writeServiceConfig } from '../helpers/service-process.js';

let referral: Buffer;
const skipReason = await findSkipReason();
if (skipReason) console.warn(`tests/service: printing test skipped: ${skipReason} (.ci/run sets up CUPS)`);

beforeAll(async () => {
  referral = await readFile(byId(await referralFixtures(), 'text-with-label').file);
});

describe('the running service', () => {
  it('refuses a second service on the same home, reports itself in status, and stops cleanly on SIGTERM', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home);
    const service = await startServiceProcess(home);
    const second = await runCli(['start', '--home', home]);
    expect(second.code).toBe(7);
    expect(second.stderr).toContain('En reservfax-tjänst körs redan');
    const status = JSON.parse((await runCli(['status', '--json', '--home', home])).stdout) as { serviceRunning: boolean; pid: number };
    expect(status).toMatchObject({ serviceRunning: true, pid: service.child.pid });
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect((await runCli(['status', '--home', home])).stdout).toContain('Tjänsten körs INTE');
  }, 120_000);

  it.skipIf(skipReason !== undefined)(`prints each fax-ready PDF through CUPS and records the print job in the case${skipReason ? ` (skipped: ${skipReason})` : ''}`, async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home, { print: { printer: QUEUE } });
    const before = new Set(await readdir(OUT_DIR));
    const service = await startServiceProcess(home);
    await writeFile(path.join(home, 'akutskriv', 'remiss.pdf'), referral);
    await waitFor(() => service.output().includes('"fax.printed"') || service.output().includes('"fax.print-failed"'), 120_000, 'the print');
    service.child.kill('SIGTERM');
    await service.exited;
    const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
    const [record] = store.listCases({});
    store.close();
    expect(record?.printJob).toMatch(new RegExp(`^${QUEUE}-\\d+$`));
    await waitFor(async () => (await readdir(OUT_DIR)).some((name) => !before.has(name) && name.includes(record!.caseId)), 60_000, 'the cups-pdf output');
  }, 240_000);

  it('leaves the PDF in att-faxa with a note when the printer does not exist', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home, { print: { printer: 'finns-inte' } });
    const service = await startServiceProcess(home);
    await writeFile(path.join(home, 'akutskriv', 'remiss.pdf'), referral);
    await waitFor(() => service.output().includes('"fax.print-failed"'), 120_000, 'the print failure');
    service.child.kill('SIGTERM');
    await service.exited;
    const names = await readdir(path.join(home, 'att-faxa'));
    const pdf = names.find((name) => name.endsWith('.pdf'))!;
    expect(names).toContain(pdf.replace('.pdf', '-UTSKRIFT-MISSLYCKADES.txt'));
    expect(await readFile(path.join(home, 'att-faxa', pdf.replace('.pdf', '-UTSKRIFT-MISSLYCKADES.txt')), 'utf8')).toContain('för hand');
  }, 240_000);

  it('records a report the administrator deleted from the inbox by hand when the service runs', async () => {
    const home = await makeTempDir();
    const caseId = generateCaseId();
    const paths = await seedHome(home, [{ caseId, unit: 'Akutmottagningen NÄL' }]);
    const store = openCaseStore(paths.storeFile);
    const inboxPath = path.join(paths.inbox, `${caseId}-utlatande.pdf`);
    store.claimReply({ caseId, receivedAt: new Date(), kind: 'reply', pages: 1, inboxPath, unitCopyPath: undefined }, ['awaiting-reply'], 1);
    store.close();
    await writeServiceConfig(home);
    const service = await startServiceProcess(home);
    const handledHow = () => {
      const reader = openCaseStore(paths.storeFile);
      const how = reader.listReplies({ caseId })[0]?.handledHow;
      reader.close();
      return how;
    };
    await waitFor(() => handledHow() === 'moved-by-hand', 30_000, 'the hand-deleted report to be recorded');
    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
  }, 60_000);
});
