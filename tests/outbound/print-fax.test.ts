import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/config/schema.js';
import { prepareHome } from '../../src/fs/home.js';
import { createLogger } from '../../src/log/logger.js';
import { printPdf } from '../../src/print/print-pdf.js';
import { printFax, type PrintContext } from '../../src/outbound/print-fax.js';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { openCaseStore, type CaseStore } from '../../src/store/case-store.js';
import { findIpptoolSkipReason, findSkipReason, jobTitlesAfter, lastJobNumber, QUEUE, waitUntilCompleted } from '../helpers/cups.js';
import { makeTempDir } from '../helpers/run-cli.js';

const skipReason = (await findSkipReason()) ?? (await findIpptoolSkipReason());
const SKIP_NOTE = `skipped: ${skipReason} (.ci/run and .ci/setup-cups.sh set one up)`;
if (skipReason) console.warn(`tests/outbound/print-fax: real-CUPS tests ${SKIP_NOTE}`);

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Fixture {
  ctx: PrintContext;
  store: CaseStore;
  caseId: string;
  pdf: string;
  dir: string;
  faxOut: string;
}

// A home of its own with one faxed case whose fax-ready PDF waits in att-faxa/, as sendReferral leaves it.
async function setUp(printer: string): Promise<Fixture> {
  const dir = await makeTempDir('reservfax-print-fax-');
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const config = configSchema.parse({ print: { printer } });
  const home = await prepareHome(path.join(dir, 'home'), config);
  const store = openCaseStore(home.storeFile);
  cleanups.push(() => store.close());
  const caseId = generateCaseId();
  const pdf = path.join(home.faxOut, `${caseId}.pdf`);
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]).drawText(`${caseId} testutskrift`, { x: 72, y: 760, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  await writeFile(pdf, await doc.save());
  const originalPath = path.join(home.archive, `${caseId}-original.pdf`);
  store.insertCase({ caseId, createdAt: new Date(), status: 'awaiting-reply', referringUnit: undefined, accessionNumber: undefined, pages: 1, redactionCounts: {}, originalPath, outputPath: pdf });
  const logger = createLogger({ stateDir: home.state, stdout: false });
  return { ctx: { home, config, store, logger }, store, caseId, pdf, dir, faxOut: home.faxOut };
}

describe.skipIf(skipReason !== undefined)(`printing a fax exactly once on a real CUPS queue${skipReason ? ` (${SKIP_NOTE})` : ''}`, () => {
  it('does not print a fax again on a redo when CUPS already has a job titled with its case ID', async () => {
    const { ctx, store, caseId, pdf, dir, faxOut } = await setUp(QUEUE);
    const before = await lastJobNumber();
    store.recordPrintIntent(caseId, { printer: QUEUE, at: new Date() });
    const { jobId } = await printPdf(pdf, { printer: QUEUE, title: caseId });
    // The service stopped here: lp took the job, the store never heard of it. By the restart the job is done.
    await waitUntilCompleted(jobId, dir);
    await printFax(ctx, caseId, pdf);
    expect(store.getCase(caseId)).toMatchObject({ printJob: jobId, printError: undefined });
    expect((await jobTitlesAfter(before, dir)).filter((title) => title === caseId)).toHaveLength(1);
    expect(await readdir(faxOut)).toEqual([`${caseId}.pdf`]);
  }, 90_000);

  it('prints a fax once on a redo when its intent was recorded but CUPS never received it', async () => {
    const { ctx, store, caseId, pdf, dir } = await setUp(QUEUE);
    const before = await lastJobNumber();
    store.recordPrintIntent(caseId, { printer: QUEUE, at: new Date() });
    await printFax(ctx, caseId, pdf);
    expect(store.getCase(caseId)?.printJob).toMatch(new RegExp(`^${QUEUE}-\\d+$`));
    expect((await jobTitlesAfter(before, dir)).filter((title) => title === caseId)).toHaveLength(1);
  });

  it('records the print intent with its queue before printing, and a redo after the print was recorded prints nothing', async () => {
    const { ctx, store, caseId, pdf, dir } = await setUp(QUEUE);
    const before = await lastJobNumber();
    await printFax(ctx, caseId, pdf);
    const printed = store.getCase(caseId)!;
    expect(printed).toMatchObject({ printQueue: QUEUE, printIntentAt: expect.any(Date), printJob: expect.stringMatching(/-\d+$/) });
    await printFax(ctx, caseId, pdf);
    expect(store.getCase(caseId)?.printJob).toBe(printed.printJob);
    expect((await jobTitlesAfter(before, dir)).filter((title) => title === caseId)).toHaveLength(1);
  });

  it('never prints a fax on a redo once a note beside it told the nurse to fax it by hand', async () => {
    const { ctx, store, caseId, pdf, dir, faxOut } = await setUp(QUEUE);
    const before = await lastJobNumber();
    store.recordPrintIntent(caseId, { printer: QUEUE, at: new Date() });
    await writeFile(path.join(faxOut, `${caseId}-UTSKRIFT-MISSLYCKADES.txt`), 'Faxa för hand.\n');
    await printFax(ctx, caseId, pdf);
    expect(store.getCase(caseId)).toMatchObject({ printJob: undefined, printError: 'PRINT_FAILED' });
    expect((await jobTitlesAfter(before, dir)).filter((title) => title === caseId)).toEqual([]);
  });
});

describe('a redo when CUPS cannot be asked', () => {
  it('leaves the PDF in att-faxa with a Swedish note saying it may already have been printed, and prints nothing', async () => {
    const { ctx, store, caseId, pdf, dir, faxOut } = await setUp(QUEUE);
    store.recordPrintIntent(caseId, { printer: QUEUE, at: new Date() });
    const saved = process.env.CUPS_SERVER;
    process.env.CUPS_SERVER = path.join(dir, 'no-cupsd.sock');
    try {
      await printFax(ctx, caseId, pdf);
    } finally {
      if (saved === undefined) delete process.env.CUPS_SERVER;
      else process.env.CUPS_SERVER = saved;
    }
    expect((await readdir(faxOut)).sort()).toEqual([`${caseId}-UTSKRIFT-KONTROLLERA.txt`, `${caseId}.pdf`]);
    const note = await readFile(path.join(faxOut, `${caseId}-UTSKRIFT-KONTROLLERA.txt`), 'utf8');
    expect(note).toContain('UTSKRIFTEN KAN REDAN HA GJORTS');
    expect(note).toContain(`Kontrollera skrivaren ${QUEUE}`);
    expect(note).toContain(`faxa ${caseId}.pdf i den här mappen för hand`);
    expect(store.getCase(caseId)).toMatchObject({ printJob: undefined, printError: 'PRINT_UNCONFIRMED' });
    const log = await readFile(path.join(ctx.home.state, 'reservfax.log'), 'utf8');
    expect(log).toContain('"reason":"unconfirmed"');
    expect(log).not.toContain(dir);
  });
});
