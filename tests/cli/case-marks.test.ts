import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import { validCaseId } from '../../fixtures/replies/case-ids.js';
import { mulberry32, seedFromString } from '../../fixtures/lib/prng.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

interface CaseRow {
  caseId: string;
  sentAt: string;
  faxedAt: string | null;
  oralReplyAt: string | null;
}

describe('recording by hand when a fax went and that the reviewer phoned', () => {
  it('records the fax time and initials once, and the morning report counts from it and says who', async () => {
    const rng = mulberry32(seedFromString('case-marks'));
    const [marked, unmarked] = [validCaseId(rng), validCaseId(rng)];
    const homeDir = path.join(await makeTempDir(), 'home');
    const pdfWritten = new Date(Date.now() - 3 * 60 * 60_000);
    await seedHome(homeDir, [{ caseId: marked, unit: 'Akutmottagningen NÄL', createdAt: pdfWritten }, { caseId: unmarked, createdAt: pdfWritten }]);

    const first = await runCli(['cases', 'faxed', marked.toLowerCase(), '--by', 'ab', '--home', homeDir]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Ärende ${marked}: faxat`);
    expect(first.stdout).toContain('(sign. AB)');
    const again = await runCli(['cases', 'faxed', marked, '--by', 'CD', '--home', homeDir]);
    expect(again.stdout).toContain('var redan registrerat som faxat');
    const oral = await runCli(['cases', 'oral-reply', marked, '--home', homeDir]);
    expect(oral.stdout).toContain('muntligt svar till remittenten registrerat');

    const rows = JSON.parse((await runCli(['cases', '--json', '--home', homeDir])).stdout) as CaseRow[];
    const row = rows.find((r) => r.caseId === marked)!;
    expect(new Date(row.faxedAt!).getTime()).toBeGreaterThan(pdfWritten.getTime() + 2 * 60 * 60_000);
    expect(row.oralReplyAt).not.toBeNull();
    expect(rows.find((r) => r.caseId === unmarked)!.faxedAt).toBeNull();

    const report = await runCli(['report', '--since', new Date(pdfWritten.getTime() - 60_000).toISOString(), '--home', homeDir]);
    expect(report.code).toBe(0);
    const markedLines = report.stdout.split('\n').filter((line) => line.includes(marked));
    expect(markedLines.some((line) => line.includes('(sign. AB)'))).toBe(true);
    expect(markedLines.some((line) => line.includes('muntligt svar lämnat till remittenten'))).toBe(true);
    expect(markedLines.find((line) => line.includes('har väntat'))).toMatch(/har väntat (\d+ min|0 min|under en minut)/);
    expect(report.stdout.split('\n').filter((line) => line.includes(unmarked)).every((line) => line.includes('faxtiden inte registrerad'))).toBe(true);
  });

  it('takes only initials after --by and only a case the store knows', async () => {
    const caseId = validCaseId(mulberry32(seedFromString('case-marks-2')));
    const homeDir = path.join(await makeTempDir(), 'home');
    await seedHome(homeDir, [{ caseId }]);
    const named = await runCli(['cases', 'faxed', caseId, '--by', 'Anna Andersson', '--home', homeDir]);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('--by ska vara initialer');
    const unknown = await runCli(['cases', 'faxed', validCaseId(mulberry32(seedFromString('other'))), '--home', homeDir]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('finns inte i ärenderegistret');
  });
});
