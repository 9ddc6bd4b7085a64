import type { Config } from '../config/schema.js';
import { readJsonTemplate } from '../fs/templates.js';
import type { ReportStore } from '../store/roles.js';
import { renderMailDocument } from '../util/mail-document.js';
import type { IncidentPhrases } from '../util/incident-timeline.js';
import type { ReasonPhrases } from '../util/reason-phrase.js';
import { collectFacts, type NightReportFacts } from './collect-facts.js';
import { describeFacts, type ReportPhrases } from './report-document.js';

export type { NightReportFacts } from './collect-facts.js';

export interface NightReportInput {
  store: ReportStore;
  config: Config;
  /** Start of the period (inclusive). */
  since: Date;
  /** End of the period (exclusive); ages of waiting cases are counted to here. */
  now: Date;
}

export interface NightReport {
  subject: string;
  text: string;
  html: string;
  facts: NightReportFacts;
}

/**
 * The administrators' summary of a period, in Swedish, as plain text and HTML: cases faxed, replies, manual reviews,
 * cases still waiting, failures and service down-time. It holds case IDs, units, counts, times and reason codes only:
 * no identifier, no file name, no path and no page text can reach it, because the store facts it reads carry none.
 */
export async function buildNightReport(input: NightReportInput): Promise<NightReport> {
  const facts = collectFacts(input.store, input.config, input.since, input.now);
  const phrases = await readJsonTemplate<ReportPhrases>('night-report.sv.json');
  const reasons = await readJsonTemplate<ReasonPhrases>('job-reasons.sv.json');
  const incidents = await readJsonTemplate<IncidentPhrases>('incident.sv.json');
  const { subject, doc } = describeFacts(facts, input.config, phrases, reasons, incidents);
  return { subject, ...renderMailDocument(doc), facts };
}
