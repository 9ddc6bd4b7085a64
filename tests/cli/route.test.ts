import { access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import type { ReplyFixture } from '../../fixtures/replies/generate-replies.js';
import { byId, referralFixtures, replyFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

let clean: ReplyFixture;

beforeAll(async () => {
  const fixtures = await replyFixtures();
  clean = fixtures.find((f) => f.degradation === 'clean' && f.expected.status === 'matched')!;
});

describe('reservfax route, cases and inbox', () => {
  it('files a reply, shows the case as answered and lets the administrator mark it handled', async () => {
    const caseId = clean.expected.status === 'matched' ? clean.expected.caseId : '';
    const homeDir = await makeTempDir();
    await seedHome(homeDir, [{ caseId, unit: 'Akutmottagningen NÄL' }]);
    expect((await runCli(['cases', '--open', '--home', homeDir])).stdout).toContain(caseId);

    const routed = await runCli(['route', clean.file, '--json', '--home', homeDir]);
    expect(routed.code).toBe(0);
    const json = JSON.parse(routed.stdout) as { status: string; caseId: string; reason: null; files: string[] };
    expect(json).toMatchObject({ status: 'matched', caseId, reason: null });
    expect(json.files.map((file) => path.relative(homeDir, file)).sort()).toEqual(
      [`remitterande/Akutmottagningen NÄL/${caseId}-utlatande.pdf`, `ris-admin/${caseId}-utlatande.pdf`, `ris-admin/${caseId}-utlatande.txt`].sort(),
    );

    expect((await runCli(['cases', '--open', '--home', homeDir])).stdout).toBe('Inga ärenden väntar på svar.\n');
    expect((await runCli(['cases', '--home', homeDir])).stdout).toMatch(new RegExp(`${caseId}\\s+svar mottaget`));
    const inbox = await runCli(['inbox', '--home', homeDir]);
    expect(inbox.stdout).toMatch(new RegExp(`${caseId}.*Akutmottagningen NÄL`));

    const done = await runCli(['inbox', 'done', caseId.toLowerCase(), '--home', homeDir]);
    expect(done.code).toBe(0);
    await access(path.join(homeDir, 'arkiv', `${caseId}-utlatande.pdf`));
    expect((await runCli(['inbox', '--home', homeDir])).stdout).toBe('Inkorgen är tom: inga svar väntar på hantering.\n');
    expect((await runCli(['inbox', 'done', caseId, '--home', homeDir])).code).toBe(2);
  }, 120_000);

  it('puts a file that is no scan at all in manual review with a note and exit code 6', async () => {
    const homeDir = await makeTempDir();
    const input = path.join(await makeTempDir(), 'Svensson Anna svar.txt');
    await writeFile(input, 'detta är ingen bild');
    const routed = await runCli(['route', input, '--json', '--home', homeDir]);
    expect(routed.code).toBe(6);
    const json = JSON.parse(routed.stdout) as { status: string; reason: string; files: string[] };
    expect(json).toMatchObject({ status: 'unmatched', reason: 'unreadable' });
    expect(json.files.join(' ')).not.toContain('Svensson');
    expect(json.files.map((file) => path.extname(file)).sort()).toEqual(['.bin', '.txt']);
  }, 60_000);

  it('matches the outbound fax itself, returned as it was sent, to the case the anonymiser registered', async () => {
    const referral = byId(await referralFixtures(), 'text-ris-export');
    const homeDir = await makeTempDir();
    const fax = path.join(await makeTempDir(), 'fax.pdf');
    const sent = await runCli(['anonymise', referral.file, '--out', fax, '--json', '--home', homeDir]);
    expect(sent.code).toBe(0);
    const { caseId } = JSON.parse(sent.stdout) as { caseId: string };
    const routed = await runCli(['route', fax, '--json', '--home', homeDir]);
    expect(JSON.parse(routed.stdout)).toMatchObject({ status: 'matched', caseId, evidence: 'exact' });
  }, 180_000);
});
