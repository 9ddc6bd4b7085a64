import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import { mulberry32, seedFromString } from '../../fixtures/lib/prng.js';
import { buildReply } from '../../fixtures/replies/build-reply.js';
import { validCaseId } from '../../fixtures/replies/case-ids.js';
import { planReply } from '../../fixtures/replies/plan.js';
import { openCaseStore, type CaseRecord } from '../../src/store/case-store.js';
import { pdfPageCount } from '../helpers/pdf-pages.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

// A clean one-page report from the reviewer answering `caseId` (printed in its header), as a text PDF.
async function replyFor(caseId: string, dir: string): Promise<string> {
  const rng = mulberry32(seedFromString(`unit-reply:${caseId}`));
  const ids = [caseId, validCaseId(rng)];
  const plan = planReply({ id: 'unit-reply', format: 'pdf', degradation: 'clean', placement: 'header', scenario: 'match' }, () => ids.shift()!, rng);
  const file = path.join(dir, 'svar.pdf');
  await writeFile(file, await buildReply(plan, rng));
  return file;
}

function caseIn(homeDir: string, caseId: string): CaseRecord {
  const store = openCaseStore(path.join(homeDir, 'state', 'cases.sqlite'));
  try {
    return store.getCase(caseId)!;
  } finally {
    store.close();
  }
}

describe('the referring unit, from the referral to the unit copy', () => {
  it('reads the unit from the letterhead at anonymise time and files the reply in its configured folder', async () => {
    const work = await makeTempDir();
    const referral = byId(await referralFixtures(), 'letterhead-unit');
    const homeDir = path.join(work, 'home');
    const sent = await runCli(['anonymise', referral.file, '--out', path.join(work, 'fax.pdf'), '--json', '--home', homeDir]);
    expect(sent.code).toBe(0);
    const { caseId } = JSON.parse(sent.stdout) as { caseId: string };
    expect(caseIn(homeDir, caseId)).toMatchObject({ referringUnit: 'Akutmottagningen Uddevalla', unitFolder: 'Akutmottagningen Uddevalla', unitEvidence: 'header' });

    const routed = await runCli(['route', await replyFor(caseId, work), '--json', '--home', homeDir]);
    expect(routed.code).toBe(0);
    const unitCopy = `remitterande/Akutmottagningen Uddevalla/${caseId}-utlatande.pdf`;
    expect((JSON.parse(routed.stdout) as { files: string[] }).files.map((file) => path.relative(homeDir, file))).toContain(unitCopy);
    const inbox = path.join(homeDir, 'ris-admin', `${caseId}-utlatande`);
    expect(await pdfPageCount(path.join(homeDir, unitCopy))).toBe(await pdfPageCount(`${inbox}.pdf`));
    expect(await readFile(`${inbox}.txt`, 'utf8')).toContain('Remitterande enhet:      Akutmottagningen Uddevalla (hittad i brevhuvudet)');
  }, 60_000);

  it('sets an unknown unit afterwards, files the unit copy of the reply already filed, and says so on the case sheet', async () => {
    const work = await makeTempDir();
    const homeDir = path.join(work, 'home');
    const caseId = validCaseId(mulberry32(seedFromString('set-unit-case')));
    await seedHome(homeDir, [{ caseId }]);
    const routed = await runCli(['route', await replyFor(caseId, work), '--json', '--home', homeDir]);
    expect(JSON.parse(routed.stdout)).toMatchObject({ status: 'matched', caseId });
    const sheet = path.join(homeDir, 'ris-admin', `${caseId}-utlatande.txt`);
    expect(await readFile(sheet, 'utf8')).toContain(`reservfax cases set-unit ${caseId} <enhet>`);

    const wrong = await runCli(['cases', 'set-unit', caseId, 'Hudkliniken', '--home', homeDir]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('Okänd enhet "Hudkliniken"');
    expect(wrong.stderr).toContain('Akutmottagningen NÄL');

    const set = await runCli(['cases', 'set-unit', caseId.toLowerCase(), 'medicinmottagningen', '--home', homeDir]);
    expect(set.code).toBe(0);
    const unitCopy = path.join(homeDir, 'remitterande', 'Medicinkliniken', `${caseId}-utlatande.pdf`);
    expect(set.stdout).toContain(`Ärende ${caseId}: remitterande enhet är nu Medicinkliniken`);
    expect(set.stdout).toContain(`Kopia lagd: remitterande/Medicinkliniken/${caseId}-utlatande.pdf`);
    expect((await readFile(unitCopy)).equals(await readFile(path.join(homeDir, 'ris-admin', `${caseId}-utlatande.pdf`)))).toBe(true);
    const rewritten = await readFile(sheet, 'utf8');
    expect(rewritten).toContain('Remitterande enhet:      Medicinkliniken (angiven för hand med reservfax cases set-unit)');
    expect(rewritten).toContain(`Kopia till remittent:    remitterande/Medicinkliniken/${caseId}-utlatande.pdf`);
    expect(caseIn(homeDir, caseId)).toMatchObject({ referringUnit: 'Medicinkliniken', unitEvidence: 'set-by-hand' });

    expect((await runCli(['inbox', 'done', caseId, '--home', homeDir])).code).toBe(0);
    const moved = await runCli(['cases', 'set-unit', caseId, 'IVA', '--json', '--home', homeDir]);
    expect(JSON.parse(moved.stdout)).toMatchObject({
      unit: 'IVA',
      copied: [path.join(homeDir, 'remitterande', 'IVA', `${caseId}-utlatande.pdf`)],
      stale: [unitCopy],
      sheets: [path.join(homeDir, 'arkiv', `${caseId}-utlatande.txt`)],
    });
  }, 60_000);
});
