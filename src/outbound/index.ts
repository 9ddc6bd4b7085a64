import path from 'node:path';
import { anonymiseReferral, type Redaction } from '../anonymise/index.js';
import type { Config } from '../config/schema.js';
import type { HomePaths } from '../fs/home.js';
import type { Logger } from '../log/logger.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import type { OutboundStore } from '../store/roles.js';
import type { Timings } from '../util/timings.js';
import { composeFax } from './fax-document.js';
import { keepFiles } from './keep-files.js';
import { printFax } from './print-fax.js';
import { readReferral } from './read-referral.js';
import { recordCase } from './record-case.js';

export interface OutboundInput {
  /** The referral PDF as the nurse exported it (the service's claimed copy). */
  referral: string;
  /** The fax-ready PDF; defaults to `<faxOut>/<caseId>.pdf`. */
  outputFile?: string;
  /** A case ID allocated earlier (a job redone after a crash keeps its ID, so it never yields a second fax). */
  caseId?: string;
  /** Pages read at once; the service divides the OCR workers between its concurrent jobs (default: one page per worker). */
  parallelPages?: number;
  /** Present when the service runs the referral: each step is logged under the job, and the fax is printed when a printer is configured. */
  job?: { jobId: string; logger: Logger };
  home: HomePaths;
  config: Config;
  ocr: OcrPool;
  store: OutboundStore;
  now?: Date;
}

export interface OutboundOutcome {
  caseId: string;
  /** Pages of the fax, the cover sheet included. */
  pages: number;
  output: string;
  redactions: Redaction[];
  timings: Timings;
}

/**
 * The outbound routine for one very urgent referral: read it, remove every patient identifier (verified page by page),
 * put the Swedish cover sheet with the case ID in front, write the image-only fax PDF beside the retained original,
 * record the case, and ask the printer for it. Throws InputRejectedError for a file it cannot use and
 * RedactionUnverifiedError when any page cannot be shown clean; then nothing is written for faxing.
 */
export async function sendReferral(input: OutboundInput): Promise<OutboundOutcome> {
  const { config, job } = input;
  const referral = await readReferral(input.referral, config.limits.maxFileMegabytes);
  const result = await anonymiseReferral({
    pdf: referral,
    maxPages: config.anonymise.maxPages,
    minOcrConfidence: config.anonymise.minOcrConfidence,
    maxUnexplainedInk: config.anonymise.maxUnexplainedInk,
    ocr: input.ocr,
    budget: config.limits,
    parallelPages: input.parallelPages ?? input.ocr.size,
    keepOriginals: config.reviewCopy.enabled,
    units: { units: config.units, ownUnit: config.sender.unit, sites: config.sites },
    ...(job ? { onPdfWarning: (warning: string) => job.logger.debug('referral.pdf-warning', { jobId: job.jobId, warning }) } : {}),
  });
  const caseId = input.caseId ?? input.store.allocateCaseId();
  const now = input.now ?? new Date();
  const start = performance.now();
  const fax = await composeFax(config, caseId, now, result.pages);
  const output = path.resolve(input.outputFile ?? path.join(input.home.faxOut, `${caseId}.pdf`));
  const files = await keepFiles({ home: input.home, caseId, referral: input.referral, output, fax: fax.pdf, originals: result.originals });
  await recordCase(input.store, { caseId, createdAt: now, pages: fax.pages, files, result });
  result.timings.write = performance.now() - start;
  if (job) {
    job.logger.info('referral.anonymised', { jobId: job.jobId, caseId, pages: fax.pages, redactions: result.redactions.length });
    if (config.print.printer) await printFax({ home: input.home, config, store: input.store, logger: job.logger }, caseId, output);
  }
  return { caseId, pages: fax.pages, output, redactions: result.redactions, timings: result.timings };
}
