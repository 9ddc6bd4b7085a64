import Database from 'better-sqlite3';
import { ReservfaxError } from '../errors.js';
import { generateCaseId } from './case-id.js';
import { replyRows, type ReplyRows } from './reply-rows.js';
import { STORE_SCHEMA } from './schema.js';

export type CaseStatus = 'awaiting-reply' | 'reply-received';

export interface NewCase {
  createdAt: Date;
  referringUnit: string | undefined;
  accessionNumber: string | undefined;
  pages: number;
  redactionCounts: Record<string, number>;
}

export interface CaseRecord extends NewCase {
  caseId: string;
  status: CaseStatus;
  originalPath: string;
  outputPath: string;
}

export interface CaseStore extends ReplyRows {
  allocateCaseId(): string;
  insertCase(record: CaseRecord): void;
  getCase(caseId: string): CaseRecord | undefined;
  listCases(filter: { status?: CaseStatus }): CaseRecord[];
  close(): void;
}

// Open (and create) the home's SQLite case store; the caller must close it.
export function openCaseStore(file: string): CaseStore {
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(STORE_SCHEMA);
  } catch (error) {
    throw new ReservfaxError('STORE_FAILED', 'Ärenderegistret kan inte öppnas. Kontakta IT.', { cause: error });
  }
  const exists = db.prepare('SELECT 1 FROM cases WHERE case_id = ?');
  const insert = db.prepare(`INSERT INTO cases VALUES
    (@caseId, @createdAt, @status, @referringUnit, @accessionNumber, @pages, @redactionCounts, @originalPath, @outputPath)`);
  const select = db.prepare('SELECT * FROM cases WHERE case_id = ?');
  const all = db.prepare('SELECT * FROM cases ORDER BY created_at');
  const byStatus = db.prepare('SELECT * FROM cases WHERE status = ? ORDER BY created_at');
  return {
    ...replyRows(db),
    allocateCaseId() {
      for (let attempt = 0; attempt < 100; attempt++) {
        const id = generateCaseId();
        if (!exists.get(id)) return id;
      }
      throw new ReservfaxError('STORE_FAILED', 'Inget ledigt ärende-ID hittades. Kontakta IT.');
    },
    insertCase(record) {
      insert.run({
        ...record,
        createdAt: record.createdAt.toISOString(),
        referringUnit: record.referringUnit ?? null,
        accessionNumber: record.accessionNumber ?? null,
        redactionCounts: JSON.stringify(record.redactionCounts),
      });
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
    referringUnit: row.referring_unit === null ? undefined : String(row.referring_unit),
    accessionNumber: row.accession_number === null ? undefined : String(row.accession_number),
    pages: Number(row.pages),
    redactionCounts: JSON.parse(String(row.redaction_counts)) as Record<string, number>,
    originalPath: String(row.original_path),
    outputPath: String(row.output_path),
  };
}
