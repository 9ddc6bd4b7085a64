import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTextLayer, ocrPdf } from '../../eval/check/inspect-output.js';
import { useCheckWorker } from '../helpers/check-worker.js';
import { containsIdentifier } from '../../eval/check/text-match.js';
import { mulberry32, seedFromString } from '../../fixtures/lib/prng.js';
import { buildReply } from '../../fixtures/replies/build-reply.js';
import { validCaseId } from '../../fixtures/replies/case-ids.js';
import { planReply } from '../../fixtures/replies/plan.js';
import { identifiedCopy } from '../../src/route/identified-copy.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';

// Every file under a folder, recursively, as paths relative to it.
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe('the identified copies that stay inside the hospital', () => {
  const checker = useCheckWorker();

  it('put the patient from the original referral on every page of the unit copy and on the case sheet, and nowhere else', async () => {
    const work = await makeTempDir();
    const referral = byId(await referralFixtures(), 'letterhead-unit');
    const homeDir = path.join(work, 'home');
    const sent = await runCli(['anonymise', referral.file, '--out', path.join(homeDir, 'att-faxa', 'fax.pdf'), '--json', '--home', homeDir]);
    expect(sent.code).toBe(0);
    const { caseId } = JSON.parse(sent.stdout) as { caseId: string };
    const name = referral.identifiers.filter((id) => id.kind === 'name').map((id) => id.value);
    const number = referral.identifiers.find((id) => id.kind === 'personnummer' || id.kind === 'samordningsnummer')!.value;

    const rng = mulberry32(seedFromString(`identity-reply:${caseId}`));
    const ids = [caseId, validCaseId(rng)];
    const plan = planReply({ id: 'identity-reply', format: 'pdf', degradation: 'clean', placement: 'header', scenario: 'match', pages: 2 }, () => ids.shift()!, rng);
    const scan = path.join(work, 'svar.pdf');
    await writeFile(scan, await buildReply(plan, rng));
    const routed = await runCli(['route', scan, '--json', '--home', homeDir]);
    expect(JSON.parse(routed.stdout)).toMatchObject({ status: 'matched', caseId });

    const unitCopy = await readFile(path.join(homeDir, 'remitterande', 'Akutmottagningen Uddevalla', `${caseId}-utlatande.pdf`));
    const unitPages = await ocrPdf(unitCopy, { worker: checker() });
    expect(unitPages).toHaveLength(2);
    for (const text of unitPages) {
      for (const value of [...name, number]) expect(containsIdentifier(text, value), `unit copy page shows ${value}`).toBe(true);
      expect(text).toContain('Kontrollera identiteten mot originalremissen');
    }
    const sheet = await readFile(path.join(homeDir, 'ris-admin', `${caseId}-utlatande.txt`), 'utf8');
    for (const value of [...name, number]) expect(sheet).toContain(value);

    const inbox = await readFile(path.join(homeDir, 'ris-admin', `${caseId}-utlatande.pdf`));
    const fax = await readFile(path.join(homeDir, 'att-faxa', 'fax.pdf'));
    for (const pdf of [inbox, fax]) {
      const text = [await extractTextLayer(pdf), ...(await ocrPdf(pdf, { worker: checker(), dpi: 200 }))].join('\n');
      for (const value of [...name, number]) expect(containsIdentifier(text, value), `an anonymised file shows ${value}`).toBe(false);
    }
    const elsewhere = (await filesUnder(homeDir)).filter((file) => /\.(txt|log|json|eml)$/.test(file) && !file.startsWith('ris-admin'));
    for (const file of elsewhere) {
      const content = await readFile(path.join(homeDir, file), 'utf8');
      for (const value of [...name, number]) expect(content.includes(value), `${file} holds ${value}`).toBe(false);
    }
    for (const file of await filesUnder(homeDir)) for (const value of [...name, number]) expect(file.includes(value)).toBe(false);
    for (const output of [sent.stdout, sent.stderr, routed.stdout, routed.stderr]) for (const value of [...name, number]) expect(output.includes(value)).toBe(false);

    const store = openCaseStore(path.join(homeDir, 'state', 'cases.sqlite'));
    try {
      expect(JSON.stringify(store.getCase(caseId))).not.toContain(number);
    } finally {
      store.close();
    }
  }, 120_000);

  it('withholds the identity when the case ID was repaired, the identity was uncertain, or the config turns it off, and says why', async () => {
    const page = { image: { width: 200, height: 100, pixels: new Uint8Array(200 * 100).fill(255) }, dpi: 72 };
    const certain = { status: 'certain' as const, identity: { name: 'Vinterek, Maja', number: '19570812-3244', numberKind: 'personnummer' as const } };
    const base = { caseId: 'RF-AAAAAA', accession: undefined, evidence: 'exact' as const, identity: certain, enabled: true, withCopy: true };
    const cases = [
      [{ ...base, evidence: 'repaired' as const }, 'lästes inte exakt'],
      [{ ...base, identity: { status: 'uncertain' as const, gap: 'several-numbers' as const } }, 'flera olika identitetsnummer'],
      [{ ...base, identity: undefined }, 'sparades inte'],
      [{ ...base, enabled: false }, 'replies.identifiedCopies är avstängt'],
      [{ ...base, unitEvidence: 'text' }, 'enheten lästes bara ur remissens löptext'],
    ] as const;
    for (const [facts, why] of cases) {
      const copy = await identifiedCopy(facts, async () => [page]);
      expect(copy.pdf).toBeUndefined();
      expect(copy.sheetLine).toContain(why);
      expect(copy.sheetLine).not.toContain('Vinterek');
    }
    const identified = await identifiedCopy(base, async () => [page]);
    expect(identified.pdf).toBeInstanceOf(Uint8Array);
    expect(identified.sheetLine).toContain('Vinterek, Maja, personnummer 19570812-3244');
  });
});
