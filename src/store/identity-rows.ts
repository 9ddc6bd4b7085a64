import type { Database } from './sqlite-driver.js';
import { optionalText } from './column-values.js';

/** Who a referral is about, as printed on it: only for copies that stay inside the hospital. */
export interface PatientIdentity {
  name: string;
  number: string;
  numberKind: 'personnummer' | 'samordningsnummer' | 'reservnummer';
  exam?: string;
}

/** Why no identity was recorded: the unit then gets the anonymised copy and the case sheet says why. */
export type IdentityGap = 'no-name' | 'several-names' | 'no-number' | 'several-numbers';

export type IdentityReading = { status: 'certain'; identity: PatientIdentity } | { status: 'uncertain'; gap: IdentityGap };

export interface IdentityRows {
  /** Keep the identity read from a case's original referral; a case already recorded keeps its first reading. */
  recordIdentity(caseId: string, reading: IdentityReading): void;
  /** The identity read at anonymise time; undefined for a case recorded before identities were kept. */
  getIdentity(caseId: string): IdentityReading | undefined;
}

// Identities live in their own table, apart from the case records that reports, mails and `cases --json` read, so
// nothing that lists cases can carry a patient's name by accident. The store file is owner-only under state/.
export function identityRows(db: Database): IdentityRows {
  const insert = db.prepare(`INSERT OR IGNORE INTO identities (case_id, status, name, number, number_kind, exam, gap)
    VALUES (@caseId, @status, @name, @number, @numberKind, @exam, @gap)`);
  const select = db.prepare('SELECT * FROM identities WHERE case_id = ?');
  return {
    recordIdentity(caseId, reading) {
      const identity = reading.status === 'certain' ? reading.identity : undefined;
      insert.run({
        caseId,
        status: reading.status,
        name: identity?.name ?? null,
        number: identity?.number ?? null,
        numberKind: identity?.numberKind ?? null,
        exam: identity?.exam ?? null,
        gap: reading.status === 'uncertain' ? reading.gap : null,
      });
    },
    getIdentity(caseId) {
      const row = select.get(caseId) as Record<string, string | null> | undefined;
      if (!row) return undefined;
      if (row.status !== 'certain') return { status: 'uncertain', gap: row.gap as IdentityGap };
      const exam = optionalText(row.exam);
      return { status: 'certain', identity: { name: String(row.name), number: String(row.number), numberKind: row.number_kind as PatientIdentity['numberKind'], ...(exam ? { exam } : {}) } };
    },
  };
}
