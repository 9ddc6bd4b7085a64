import { rm } from 'node:fs/promises';
import path from 'node:path';
import { anonymiseReferral, type OriginalPage, type Redaction } from '../anonymise/index.js';
import type { Config } from '../config/schema.js';
import { renderCoverSheet } from '../cover-sheet/index.js';
import { InputRejectedError, ReservfaxError } from '../errors.js';
import { buildFaxPdf } from '../fax-pdf/index.js';
import { copyFileAtomic, writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { readInputFile } from '../fs/read-input.js';
import { FAX_DPI } from '../layout/fax-sheet.js';
import { fillTemplate, readJsonTemplate } from '../fs/templates.js';
import type { OcrPool } from '../ocr/ocr-pool.js';

import { buildReviewCopy } from '../review-copy/index.js';
import type { CaseStore } from '../store/case-store.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import type { Timings } from '../util/timings.js';

const MANUAL_ROUTINE = 'Följ den manuella rutinen: skriv ut remissen, maskera personuppgifterna för hand och faxa.';

export interface ReferralJob {
  inputFile: string;
  /** The fax-ready PDF; defaults to `<faxOut>/<caseId>.pdf`. */
  outputFile?: string;
  store: CaseStore;
  /** Pages read at once; the service divides the OCR workers between its concurrent jobs (default: one page per worker). */
  parallelPages?: number;
  /** A case ID allocated earlier (a job redone after a crash keeps its ID, so it never yields a second fax). */
  caseId?: string;
  /** Told each pdf.js warning (content stripped), for the debug log. */
  onPdfWarning?: (warning: string) => void;
  home: HomePaths;
  config: Config;
  ocr: OcrPool;
  now?: Date;
}

export interface ReferralOutcome {
  caseId: string;
  pages: number;
  output: string;
  redactions: Redaction[];
  timings: Timings;
}

// The outbound path for one referral: anonymise, cover sheet, fax-ready PDF, retained original, case record.
export async function processReferral(job: ReferralJob): Promise<ReferralOutcome> {
  const data = await readInput(job.inputFile, job.config.limits.maxFileMegabytes);
  const result = await anonymiseReferral({
    pdf: data,
    maxPages: job.config.anonymise.maxPages,
    minOcrConfidence: job.config.anonymise.minOcrConfidence,
    maxUnexplainedInk: job.config.anonymise.maxUnexplainedInk,
    ocr: job.ocr,
    budget: job.config.limits,
    parallelPages: job.parallelPages ?? job.ocr.size,
    keepOriginals: job.config.reviewCopy.enabled,
    units: { units: job.config.units, ownUnit: job.config.sender.unit, sites: job.config.sites },
    ...(job.onPdfWarning ? { onPdfWarning: job.onPdfWarning } : {}),
  });
  const store = job.store;
  {
    const caseId = job.caseId ?? store.allocateCaseId();
    const now = job.now ?? new Date();
    const totalPages = result.pages.length + 1;
    const coverText = await fillTemplate('cover-sheet.sv.txt', coverValues(job.config, caseId, now, totalPages));
    const start = performance.now();
    const pdf = await buildFaxPdf({ caseId, cover: await renderCoverSheet({ text: coverText, dpi: FAX_DPI, caseId }), pages: result.pages });
    const originalPath = path.join(job.home.archive, `${caseId}-original.pdf`);
    await copyFileAtomic(job.inputFile, originalPath, 0o600);
    const output = path.resolve(job.outputFile ?? path.join(job.home.faxOut, `${caseId}.pdf`));
    if (result.originals) await writeReviewCopy(job.home, caseId, result.originals);
    await writeOutput(output, pdf);
    try {
      store.insertCase({
        caseId,
        createdAt: now,
        status: 'awaiting-reply',
        referringUnit: result.referringUnit?.unit,
        unitFolder: result.referringUnit?.folder,
        unitEvidence: result.referringUnit?.evidence,
        accessionNumber: result.kept.accession,
        pages: totalPages,
        redactionCounts: countByKind(result.redactions),
        originalPath,
        outputPath: output,
      }, result.identity);
    } catch (error) {
      await rm(output, { force: true });
      throw new ReservfaxError('STORE_FAILED', 'Ärendet kunde inte sparas i ärenderegistret. Kontakta IT.', { cause: error });
    }
    result.timings.write = performance.now() - start;
    return { caseId, pages: totalPages, output, redactions: result.redactions, timings: result.timings };
  }
}

async function readInput(file: string, maxMegabytes: number): Promise<Uint8Array> {
  try {
    return await readInputFile(file, maxMegabytes * 1e6, `Remissfilen är för stor ({megabytes} MB, högst ${maxMegabytes} MB). ${MANUAL_ROUTINE}`);
  } catch (error) {
    if (error instanceof InputRejectedError) throw error;
    throw new InputRejectedError('unreadable', 'Remissfilen kan inte läsas (saknas eller saknar behörighet). Kontrollera filen och försök igen.', error);
  }
}

// The nurse's internal check of what was removed: original pages with labelled outlines, owner-only.
async function writeReviewCopy(home: HomePaths, caseId: string, pages: OriginalPage[]): Promise<void> {
  const template = await readJsonTemplate<{ banner: string; kinds: Record<string, string> }>('review-copy.sv.json');
  const pdf = await buildReviewCopy({
    pages,
    banner: (page, total) => template.banner.replace('{caseId}', caseId).replace('{page}', String(page)).replace('{pages}', String(total)),
    kindLabel: (kind) => template.kinds[kind] ?? kind,
  });
  await writeFileAtomic(path.join(home.review, `${caseId}-granskning.pdf`), pdf, 0o600);
}

async function writeOutput(output: string, pdf: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(output, pdf);
  } catch (error) {
    throw new ReservfaxError('OUTPUT_FAILED', 'Den faxklara PDF-filen kunde inte skrivas. Kontrollera mappen och behörigheter, eller kontakta IT.', { cause: error });
  }
}

function coverValues(config: Config, caseId: string, now: Date, totalPages: number): Record<string, string | number> {
  return {
    caseId,
    teleconsultName: config.teleconsult.name,
    teleconsultFax: config.teleconsult.fax,
    teleconsultCoordinatorPhone: config.teleconsult.coordinatorPhone,
    teleconsultEmail: config.teleconsult.email,
    teleconsultReservePhones: config.teleconsult.reservePhones.join(', '),
    senderUnit: config.sender.unit,
    senderOrganisation: config.sender.organisation,
    senderFax: config.sender.fax,
    senderPhone: config.sender.phone,
    sentAt: formatSwedishTime(now),
    totalPages,
    routineDocumentId: config.routine.documentId,
    routineVersion: config.routine.version,
  };
}

function countByKind(redactions: readonly Redaction[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind } of redactions) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
