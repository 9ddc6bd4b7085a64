import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import { buildImagePdf } from '../pdf/image-page.js';
import type { GrayImage } from '../raster/gray.js';
import { withTopBand } from '../raster/top-band.js';
import type { Config } from '../config/schema.js';
import type { CaseRecord } from '../store/case-store.js';
import type { RouteStore } from '../store/roles.js';
import type { IdentityGap, IdentityReading, PatientIdentity } from '../store/identity-rows.js';

interface IdentityPhrases {
  band: string[];
  numberKinds: Record<PatientIdentity['numberKind'], string>;
  missing: string;
  sheet: { identified: string; identifiedNoCopy: string; unitFromText: string; disabled: string; repaired: string; notRecorded: string; gaps: Record<IdentityGap, string> };
}

export interface IdentityFacts {
  caseId: string;
  accession: string | undefined;
  /** How the reply's case ID was read; only an exact reading may put a name on the report. */
  evidence: 'exact' | 'repaired' | undefined;
  identity: IdentityReading | undefined;
  /** Config `replies.identifiedCopies`. */
  enabled: boolean;
  /** The case has a unit to copy to; without one only the sheet names the patient. */
  withCopy: boolean;
  /** How the unit was known: a unit read only from the running text may be the wrong one, so its copy stays anonymous. */
  unitEvidence?: string | undefined;
}

export interface IdentifiedCopy {
  /** The unit's copy with the identity band on every page; undefined when the unit gets the anonymised report. */
  pdf: Uint8Array | undefined;
  /** What the administrators' case sheet says about the patient's identity, in Swedish. */
  sheetLine: string;
}

// The facts that decide whether a reply's copies may name the patient, gathered in one place for every caller.
export function identityFacts(store: RouteStore, config: Config, record: CaseRecord, evidence: IdentityFacts['evidence'], withCopy: boolean): IdentityFacts {
  return { caseId: record.caseId, accession: record.accessionNumber, evidence, identity: store.getIdentity(record.caseId), enabled: config.replies.identifiedCopies, withCopy, unitEvidence: record.unitEvidence };
}

/** What the sheet says about the patient, and the band for the unit's copy when it may carry one. */
export interface IdentityNote {
  band: string[] | undefined;
  sheetLine: string;
}

/**
 * The copies that stay inside the hospital name the patient, so the unit can act on a report without opening the
 * archive: only when the reply's case ID was read exactly and the identity was read from the referral with certainty.
 * Otherwise the unit gets the anonymised report and the sheet says why.
 */
export async function identityNote(facts: IdentityFacts): Promise<IdentityNote> {
  const phrases = await readJsonTemplate<IdentityPhrases>('identity-copy.sv.json');
  const withheld = withheldBecause(facts, phrases);
  if (withheld !== undefined) return { band: undefined, sheetLine: withheld };
  const { identity } = facts.identity as { status: 'certain'; identity: PatientIdentity };
  const values = {
    name: identity.name,
    numberKind: phrases.numberKinds[identity.numberKind],
    number: identity.number,
    exam: identity.exam ?? phrases.missing,
    accession: facts.accession ?? phrases.missing,
    caseId: facts.caseId,
  };
  if (!facts.withCopy) return { band: undefined, sheetLine: fillPlaceholders(phrases.sheet.identifiedNoCopy, values) };
  return { band: phrases.band.map((line) => fillPlaceholders(line, values)), sheetLine: fillPlaceholders(phrases.sheet.identified, values) };
}

// The unit's copy with the identity band on every page (the pages are read only when a band is due).
export async function identifiedCopy(facts: IdentityFacts, pages: () => Promise<readonly { image: GrayImage; dpi: number }[]>): Promise<IdentifiedCopy> {
  const note = await identityNote(facts);
  return { pdf: note.band ? await bandedPdf(await pages(), note.band) : undefined, sheetLine: note.sheetLine };
}

// Every page with the band above it, as an image-only PDF.
export async function bandedPdf(pages: readonly { image: GrayImage; dpi: number }[], band: readonly string[]): Promise<Uint8Array> {
  return buildImagePdf(pages.map(({ image, dpi }) => ({ image: withTopBand(image, dpi, band), dpi })));
}

function withheldBecause(facts: IdentityFacts, phrases: IdentityPhrases): string | undefined {
  if (!facts.enabled) return phrases.sheet.disabled;
  if (facts.evidence !== 'exact') return phrases.sheet.repaired;
  if (!facts.identity) return phrases.sheet.notRecorded;
  if (facts.identity.status === 'uncertain') return phrases.sheet.gaps[facts.identity.gap];
  if (facts.withCopy && facts.unitEvidence === 'text') return phrases.sheet.unitFromText;
  return undefined;
}
