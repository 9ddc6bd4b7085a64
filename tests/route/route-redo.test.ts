import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import { configSchema } from '../../src/config/schema.js';
import { routeReply } from '../../src/route/index.js';
import { checkSymbol, isValidCaseId } from '../../src/case-id/case-id.js';
import { openCaseStore, type CaseStore } from '../../src/store/case-store.js';
import { useOcrPool } from '../helpers/ocr-pool.js';
import { makeTempDir } from '../helpers/run-cli.js';

const ocr = useOcrPool();
const CASE_ID = `RF-K7PH3${checkSymbol('K7PH3')}`;
/** The case ID as a fax might show it: K read as its look-alike X, so the check fails and the store confirms the repair. */
const MISREAD = CASE_ID.replace('K', 'X');
const WARNING = 'Ärende-ID:t lästes först fel och rättades';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// A one-page report that names its case only by the misread ID, in large print that OCR reads as it stands.
async function misreadReply(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Utlatande fran Teleconsult', { x: 72, y: 760, size: 20, font });
  page.drawText(`Arende: ${MISREAD}`, { x: 72, y: 700, size: 28, font });
  page.drawText('Ingen akut patologi.', { x: 72, y: 640, size: 14, font });
  return doc.save();
}

async function seededHome(): Promise<{ home: Awaited<ReturnType<typeof seedHome>>; store: CaseStore; sheet: string }> {
  const dir = await makeTempDir('reservfax-route-redo-');
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const home = await seedHome(dir, [{ caseId: CASE_ID, unit: 'Akutmottagningen NÄL' }]);
  const store = openCaseStore(home.storeFile);
  cleanups.push(() => store.close());
  return { home, store, sheet: path.join(home.inbox, `${CASE_ID}-utlatande.txt`) };
}

describe('redoing a filed reply after a crash', () => {
  it('keeps the warning about a repaired case ID on the case sheet when the job that filed the reply is redone', async () => {
    expect(isValidCaseId(MISREAD)).toBe(false);
    const { home, store, sheet } = await seededHome();
    const scan = await misreadReply();
    const config = configSchema.parse({});
    const first = await routeReply({ scan, home, config, ocr: ocr(), store, jobId: 'job-1' });
    expect(first).toMatchObject({ status: 'matched', caseId: CASE_ID, evidence: 'repaired' });
    expect(store.listReplies({ caseId: CASE_ID })).toMatchObject([{ sourceJob: 'job-1', evidence: 'repaired' }]);
    expect(await readFile(sheet, 'utf8')).toContain(WARNING);

    await rm(sheet); // the service stopped before the case sheet was written; the job is redone
    const redo = await routeReply({ scan, home, config, ocr: ocr(), store, jobId: 'job-1' });
    expect(redo).toMatchObject({ status: 'matched', caseId: CASE_ID, evidence: 'repaired' });
    expect(store.listReplies({ caseId: CASE_ID })).toHaveLength(1);
    expect(await readFile(sheet, 'utf8')).toContain(WARNING);
  }, 120_000);

  it('judges a reply filed before its evidence was stored from what the redo reads, not as read exactly', async () => {
    const { home, store, sheet } = await seededHome();
    const inboxPath = path.join(home.inbox, `${CASE_ID}-utlatande.pdf`);
    const unitCopyPath = path.join(home.referringUnits, 'Akutmottagningen NÄL', `${CASE_ID}-utlatande.pdf`);
    store.claimReply({ caseId: CASE_ID, receivedAt: new Date(), kind: 'reply', pages: 1, sourceJob: 'job-2', inboxPath, unitCopyPath }, ['awaiting-reply'], 1);
    expect(store.listReplies({ caseId: CASE_ID })[0]?.evidence).toBeUndefined();
    const redo = await routeReply({ scan: await misreadReply(), home, config: configSchema.parse({}), ocr: ocr(), store, jobId: 'job-2' });
    expect(redo).toMatchObject({ status: 'matched', caseId: CASE_ID, evidence: 'repaired' });
    expect(await readFile(sheet, 'utf8')).toContain(WARNING);
  }, 120_000);
});
