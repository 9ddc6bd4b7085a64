import { readJsonTemplate } from '../fs/templates.js';
import { buildImagePdf } from '../pdf/image-page.js';
import type { GrayImage } from '../raster/gray.js';
import { withTopBand } from '../raster/top-band.js';
import type { IdentityGap, IdentityReading, PatientIdentity } from '../store/identity-rows.js';
import { fillPhrase } from '../util/mail-document.js';

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

/**
 * The copies that stay inside the hospital name the patient, so the unit can act on a report without opening the
 * archive: only when the reply's case ID was read exactly and the identity was read from the referral with certainty.
 * Otherwise the unit gets the anonymised report and the sheet says why.
 */
export async function identifiedCopy(facts: IdentityFacts, pages: () => Promise<readonly { image: GrayImage; dpi: number }[]>): Promise<IdentifiedCopy> {
  const phrases = await readJsonTemplate<IdentityPhrases>('identity-copy.sv.json');
  const withheld = withheldBecause(facts, phrases);
  if (withheld !== undefined) return { pdf: undefined, sheetLine: withheld };
  const { identity } = facts.identity as { status: 'certain'; identity: PatientIdentity };
  const values = {
    name: identity.name,
    numberKind: phrases.numberKinds[identity.numberKind],
    number: identity.number,
    exam: identity.exam ?? phrases.missing,
    accession: facts.accession ?? phrases.missing,
    caseId: facts.caseId,
  };
  if (!facts.withCopy) return { pdf: undefined, sheetLine: fillPhrase(phrases.sheet.identifiedNoCopy, values) };
  const band = phrases.band.map((line) => fillPhrase(line, values));
  const banded = (await pages()).map(({ image, dpi }) => ({ image: withTopBand(image, dpi, band), dpi }));
  return { pdf: await buildImagePdf(banded), sheetLine: fillPhrase(phrases.sheet.identified, values) };
}

function withheldBecause(facts: IdentityFacts, phrases: IdentityPhrases): string | undefined {
  if (!facts.enabled) return phrases.sheet.disabled;
  if (facts.evidence !== 'exact') return phrases.sheet.repaired;
  if (!facts.identity) return phrases.sheet.notRecorded;
  if (facts.identity.status === 'uncertain') return phrases.sheet.gaps[facts.identity.gap];
  if (facts.withCopy && facts.unitEvidence === 'text') return phrases.sheet.unitFromText;
  return undefined;
}
