import { Database } from './sqlite-driver.js';
import { ReservfaxError } from '../errors.js';
import { generateCaseId } from '../case-id/case-id.js';
import { identityRows, type IdentityReading, type IdentityRows } from './identity-rows.js';
import { claimRows, type ClaimRows } from './claim-rows.js';
import { optionalDate, optionalText } from './column-values.js';
import { replyRows, type ReplyRows } from './reply-rows.js';
import { jobRows, type JobRows } from './job-rows.js';
import { outboxRows, type OutboxRows } from './outbox-rows.js';
import { ADDED_COLUMNS, DATA_UPGRADES, STORE_SCHEMA } from './schema.js';
import type { UnitEvidence } from '../units/types.js';
import { serviceRunRows, type ServiceRunRows } from './service-runs.js';
import { incidentRows, type IncidentRows } from './incident-rows.js';
import type { CaseStatus } from './case-status.js';
import { message } from '../messages.js';

export type { CaseStatus } from './case-status.js';

export interface NewCase {
  createdAt: Date;
  referringUnit: string | undefined;
  /** The configured unit's folder under remitterande/; absent when the unit is not a configured one. */
  unitFolder?: string | undefined;
  /** Where the unit was read, or that it was set by hand; absent for cases recorded before it was kept. */
  unitEvidence?: UnitEvidence | undefined;
  accessionNumber: string | undefined;
  pages: number;
  redactionCounts: Record<string, number>;
}

export interface CaseRecord extends NewCase {
  caseId: string;
  status: CaseStatus;
  originalPath: string;
  outputPath: string;
  printJob?: string | undefined;
  printedAt?: Date | undefined;
  printError?: string | undefined;
  /** The queue the fax was (about to be) sent to, recorded before lp ran. */
  printQueue?: string | undefined;
  printIntentAt?: Date | undefined;
  /** When a person recorded that the fax went, and their initials; absent until then. */
  faxedAt?: Date | undefined;
  faxedBy?: string | undefined;
  /** When a person recorded that the reviewer phoned the referrer with the answer. */
  oralReplyAt?: Date | undefined;
  oralReplyBy?: string | undefined;
}

/** What a person records about a case by hand: when, and optionally their initials. */
export interface HandMark {
  at: Date;
  by?: string | undefined;
}

// The moment a case started waiting: when the fax was recorded as sent, else when its PDF was written.
export function waitingSince(record: CaseRecord): { at: Date; recorded: boolean } {
  return record.faxedAt ? { at: record.faxedAt, recorded: true } : { at: record.createdAt, recorded: false };
}

export interface CaseStore extends ReplyRows, JobRows, ServiceRunRows, OutboxRows, ClaimRows, IncidentRows, Pick<IdentityRows, 'getIdentity'> {
  allocateCaseId(): string;
  /** Insert a case with the identity read from its referral, in one transaction; a case already there (a job redone after a crash) is left as it is. */
  insertCase(record: CaseRecord, identity?: IdentityReading): void;
  /** Record that the fax is about to go to `printer`, before lp runs, so a redo knows to ask CUPS first. */
  recordPrintIntent(caseId: string, intent: { printer: string; at: Date }): void;
  recordPrint(caseId: string, result: { jobId: string; at: Date } | { error: string }): void;
  /** Record a case's referring unit afterwards (`reservfax cases set-unit`). */
  setReferringUnit(caseId: string, unit: { name: string; folder: string; evidence: UnitEvidence }): void;
  /** Record that the fax was sent; the first mark stands (false when the case already had one). */
  recordFaxed(caseId: string, mark: HandMark): boolean;
  /** Record that the reviewer gave the answer by phone; the first mark stands. */
  recordOralReply(caseId: string, mark: HandMark): boolean;
  getCase(caseId: string): CaseRecord | undefined;
  listCases(filter: { status?: CaseStatus }): CaseRecord[];
  close(): void;
}

// Open (and create) the home's SQLite case store; the caller must close it.
export function openCaseStore(file: string): CaseStore {
  let db: Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(STORE_SCHEMA);
    addMissingColumns(db);
    for (const upgrade of DATA_UPGRADES) db.exec(upgrade);
  } catch (error) {
    throw new ReservfaxError('STORE_FAILED', message('store.cannot-open'), { cause: error });
  }
  const exists = db.prepare('SELECT 1 FROM cases WHERE case_id = ?');
  const insert = db.prepare(`INSERT OR IGNORE INTO cases
    (case_id, created_at, status, referring_unit, unit_folder, unit_evidence, accession_number, pages, redaction_counts, original_path, output_path)
    VALUES (@caseId, @createdAt, @status, @referringUnit, @unitFolder, @unitEvidence, @accessionNumber, @pages, @redactionCounts, @originalPath, @outputPath)`);
  const setUnit = db.prepare('UPDATE cases SET referring_unit = ?, unit_folder = ?, unit_evidence = ? WHERE case_id = ?');
  const printed = db.prepare('UPDATE cases SET print_job = ?, printed_at = ?, print_error = NULL WHERE case_id = ?');
  const printFailed = db.prepare('UPDATE cases SET print_error = ? WHERE case_id = ?');
  const printIntent = db.prepare('UPDATE cases SET print_queue = ?, print_intent_at = ? WHERE case_id = ?');
  const faxed = db.prepare('UPDATE cases SET faxed_at = ?, faxed_by = ? WHERE case_id = ? AND faxed_at IS NULL');
  const oralReply = db.prepare('UPDATE cases SET oral_reply_at = ?, oral_reply_by = ? WHERE case_id = ? AND oral_reply_at IS NULL');
  const select = db.prepare('SELECT * FROM cases WHERE case_id = ?');
  const all = db.prepare('SELECT * FROM cases ORDER BY created_at');
  const byStatus = db.prepare('SELECT * FROM cases WHERE status = ? ORDER BY created_at');
  const identities = identityRows(db);
  const insertWithIdentity = db.transaction((row: Record<string, string | number | null>, identity: IdentityReading | undefined) => {
    insert.run(row);
    if (identity) identities.recordIdentity(String(row.caseId), identity);
  });
  return {
    getIdentity: identities.getIdentity,
    ...replyRows(db),
    ...jobRows(db),
    ...serviceRunRows(db),
    ...outboxRows(db),
    ...claimRows(db),
    ...incidentRows(db),
    recordPrintIntent(caseId, intent) {
      if (printIntent.run(intent.printer, intent.at.toISOString(), caseId).changes !== 1) {
        throw new ReservfaxError('STORE_FAILED', message('store.print-intent-failed'), { detail: 'print intent for an unknown case' });
      }
    },
    recordPrint(caseId, result) {
      if ('jobId' in result) printed.run(result.jobId, result.at.toISOString(), caseId);
      else printFailed.run(result.error, caseId);
    },
    setReferringUnit(caseId, unit) {
      if (setUnit.run(unit.name, unit.folder, unit.evidence, caseId).changes !== 1) {
        throw new ReservfaxError('STORE_FAILED', message('store.unit-failed'), { detail: 'unit for an unknown case' });
      }
    },
    allocateCaseId() {
      for (let attempt = 0; attempt < 100; attempt++) {
        const id = generateCaseId();
        if (!exists.get(id)) return id;
      }
      throw new ReservfaxError('STORE_FAILED', message('store.no-free-case-id'));
    },
    insertCase(record, identity) {
      insertWithIdentity({
        caseId: record.caseId,
        status: record.status,
        pages: record.pages,
        originalPath: record.originalPath,
        outputPath: record.outputPath,
        createdAt: record.createdAt.toISOString(),
        referringUnit: record.referringUnit ?? null,
        unitFolder: record.unitFolder ?? null,
        unitEvidence: record.unitEvidence ?? null,
        accessionNumber: record.accessionNumber ?? null,
        redactionCounts: JSON.stringify(record.redactionCounts),
      }, identity);
    },
    recordFaxed(caseId, mark) {
      return faxed.run(mark.at.toISOString(), mark.by ?? null, caseId).changes === 1;
    },
    recordOralReply(caseId, mark) {
      return oralReply.run(mark.at.toISOString(), mark.by ?? null, caseId).changes === 1;
    },
    getCase(caseId) {
      const row = select.get(caseId) as Record<string, string | number | null> | undefined;
      return row ? toRecord(row) : undefined;
    },
    listCases(filter) {
      const rows = filter.status ? byStatus.all(filter.status) : all.all();
      return (rows as Record<string, string | number | null>[]).map(toRecord);
    },
    close() {
      db.close();
    },
  };
}

function toRecord(row: Record<string, string | number | null>): CaseRecord {
  return {
    caseId: String(row.case_id),
    createdAt: new Date(String(row.created_at)),
    status: row.status as CaseStatus,
    referringUnit: optionalText(row.referring_unit),
    unitFolder: optionalText(row.unit_folder),
    unitEvidence: optionalText(row.unit_evidence) as UnitEvidence | undefined,
    accessionNumber: optionalText(row.accession_number),
    pages: Number(row.pages),
    redactionCounts: JSON.parse(String(row.redaction_counts)) as Record<string, number>,
    originalPath: String(row.original_path),
    outputPath: String(row.output_path),
    printJob: optionalText(row.print_job),
    printedAt: optionalDate(row.printed_at),
    printError: optionalText(row.print_error),
    printQueue: optionalText(row.print_queue),
    printIntentAt: optionalDate(row.print_intent_at),
    faxedAt: optionalDate(row.faxed_at),
    faxedBy: optionalText(row.faxed_by),
    oralReplyAt: optionalDate(row.oral_reply_at),
    oralReplyBy: optionalText(row.oral_reply_by),
  };
}

function addMissingColumns(db: Database): void {
  for (const [table, column, type] of ADDED_COLUMNS) {
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!columns.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
  }
}
