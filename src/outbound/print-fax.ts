import path from 'node:path';
import { ReservfaxError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { pathExists } from '../fs/path-exists.js';
import { fillTemplate } from '../fs/templates.js';
import { message } from '../messages.js';
import { findPrintJob } from '../print/find-print-job.js';
import { printPdf } from '../print/print-pdf.js';
import type { Config } from '../config/schema.js';
import type { HomePaths } from '../fs/home.js';
import type { Logger } from '../log/logger.js';
import type { OutboundStore } from '../store/roles.js';

/** What printing a fax needs: the folder for notes, the printer settings, the case's print bookkeeping and the log. */
export interface PrintContext {
  home: HomePaths;
  config: Config;
  store: OutboundStore;
  logger: Logger;
}

/** The notes left beside a fax in att-faxa/, by what the store records for them. */
const NOTES = { PRINT_FAILED: 'UTSKRIFT-MISSLYCKADES', PRINT_UNCONFIRMED: 'UTSKRIFT-KONTROLLERA' } as const;
type NoteCode = keyof typeof NOTES;

// Exactly one print per case: the intent is recorded before lp runs and the job goes out titled with the case ID, so a
// redo asks CUPS for that title instead of printing again. A failure or a doubt leaves the PDF with a note for the nurse.
export async function printFax(ctx: PrintContext, caseId: string, pdf: string): Promise<void> {
  const printer = ctx.config.print.printer!;
  const record = ctx.store.getCase(caseId);
  if (record?.printJob !== undefined || record?.printError !== undefined) return;
  if (record?.printIntentAt !== undefined) {
    if (await settleEarlierAttempt(ctx, caseId, record.printQueue ?? printer)) return;
  } else {
    ctx.store.recordPrintIntent(caseId, { printer, at: new Date() });
  }
  await sendToPrinter(ctx, caseId, pdf, printer);
}

// A redo after the intent was recorded: true when this case's print is settled and nothing may be printed now.
async function settleEarlierAttempt(ctx: PrintContext, caseId: string, queue: string): Promise<boolean> {
  const noted = await findNote(ctx, caseId);
  if (noted) {
    ctx.store.recordPrint(caseId, { error: noted });
    ctx.logger.warn('fax.print-failed', { caseId, reason: 'note-found' });
    return true;
  }
  let found: Awaited<ReturnType<typeof findPrintJob>>;
  try {
    found = await findPrintJob(queue, caseId);
  } catch (error) {
    await writeNote(ctx, caseId, 'PRINT_UNCONFIRMED', await fillTemplate('print-unconfirmed-note.sv.txt', { caseId, printer: queue }));
    ctx.logger.error('fax.print-failed', error, { caseId, reason: 'unconfirmed' });
    return true;
  }
  if (!found) return false;
  ctx.store.recordPrint(caseId, { jobId: found.jobId, at: new Date() });
  ctx.logger.info('fax.printed', { caseId, printJob: found.jobId, reason: 'found-in-queue' });
  return true;
}

async function sendToPrinter(ctx: PrintContext, caseId: string, pdf: string, printer: string): Promise<void> {
  let jobId: string;
  try {
    jobId = (await printPdf(pdf, { printer, title: caseId, copies: ctx.config.print.copies })).jobId;
  } catch (error) {
    const problem = error instanceof ReservfaxError ? error.userMessage : message('referral.print-failed', { printer });
    await writeNote(ctx, caseId, 'PRINT_FAILED', await fillTemplate('print-failed-note.sv.txt', { caseId, message: problem }));
    ctx.logger.error('fax.print-failed', error, { caseId });
    return;
  }
  ctx.store.recordPrint(caseId, { jobId, at: new Date() });
  ctx.logger.info('fax.printed', { caseId, printJob: jobId });
}

// The note is written before the store records the failure: a crash in between leaves a note that a redo finds.
async function writeNote(ctx: PrintContext, caseId: string, code: NoteCode, text: string): Promise<void> {
  await writeFileAtomic(notePath(ctx, caseId, code), text);
  ctx.store.recordPrint(caseId, { error: code });
}

// A note beside the PDF means a person was told to act on this fax: it is never printed behind their back.
async function findNote(ctx: PrintContext, caseId: string): Promise<NoteCode | undefined> {
  for (const code of Object.keys(NOTES) as NoteCode[]) if (await pathExists(notePath(ctx, caseId, code))) return code;
  return undefined;
}

function notePath(ctx: PrintContext, caseId: string, code: NoteCode): string {
  return path.join(ctx.home.faxOut, `${caseId}-${NOTES[code]}.txt`);
}
