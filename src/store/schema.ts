// The case store's tables; every statement is idempotent so an older home upgrades on open.
export const STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS cases (
  case_id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL,
  referring_unit TEXT,
  accession_number TEXT,
  pages INTEGER NOT NULL,
  redaction_counts TEXT NOT NULL,
  original_path TEXT NOT NULL,
  output_path TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS replies (
  reply_id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id TEXT NOT NULL REFERENCES cases(case_id),
  received_at TEXT NOT NULL,
  kind TEXT NOT NULL,
  pages INTEGER NOT NULL,
  inbox_path TEXT NOT NULL,
  unit_copy_path TEXT,
  handled_at TEXT,
  handled_by TEXT,
  handled_how TEXT,
  source_job TEXT
);
CREATE TABLE IF NOT EXISTS jobs (
  job_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  claim_path TEXT NOT NULL,
  case_id TEXT,
  outcome TEXT,
  reason TEXT,
  attempts INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_by_status ON jobs(status);
CREATE INDEX IF NOT EXISTS jobs_by_hash ON jobs(content_hash);
CREATE TABLE IF NOT EXISTS service_runs (
  run_id INTEGER PRIMARY KEY AUTOINCREMENT,
  pid INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  heartbeat_at TEXT NOT NULL,
  stopped_at TEXT
);
CREATE INDEX IF NOT EXISTS replies_by_case ON replies(case_id);
CREATE TABLE IF NOT EXISTS outbox (
  mail_id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  dedupe_key TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  period_end TEXT,
  subject TEXT NOT NULL,
  text TEXT NOT NULL,
  html TEXT NOT NULL,
  recipients TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  sent_at TEXT,
  last_error_code TEXT
);
CREATE INDEX IF NOT EXISTS outbox_unsent ON outbox(sent_at, next_attempt_at);
CREATE TABLE IF NOT EXISTS alerted_items (
  item_key TEXT PRIMARY KEY,
  mail_id INTEGER NOT NULL REFERENCES outbox(mail_id),
  alerted_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS source_claims (
  job_id TEXT PRIMARY KEY,
  source_path TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  content_hash TEXT NOT NULL,
  claimed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS source_claims_by_source ON source_claims(source_path, size, mtime_ms);
CREATE TABLE IF NOT EXISTS identities (
  case_id TEXT PRIMARY KEY REFERENCES cases(case_id),
  status TEXT NOT NULL,
  name TEXT,
  number TEXT,
  number_kind TEXT,
  exam TEXT,
  gap TEXT
);
CREATE TABLE IF NOT EXISTS incidents (
  incident_id INTEGER PRIMARY KEY AUTOINCREMENT,
  opened_at TEXT NOT NULL,
  opened_by TEXT,
  affected TEXT NOT NULL,
  resolved_at TEXT,
  resolved_by TEXT
);
CREATE TABLE IF NOT EXISTS incident_entries (
  entry_id INTEGER PRIMARY KEY AUTOINCREMENT,
  incident_id INTEGER NOT NULL REFERENCES incidents(incident_id),
  at TEXT NOT NULL,
  by_whom TEXT,
  kind TEXT NOT NULL,
  contact TEXT,
  ticket TEXT,
  transfer TEXT,
  text TEXT
);
CREATE INDEX IF NOT EXISTS incident_entries_by_incident ON incident_entries(incident_id);
`;

/** Columns added to tables that existed in earlier versions: [table, column, type]. */
export const ADDED_COLUMNS: [string, string, string][] = [
  ['cases', 'print_job', 'TEXT'],
  ['cases', 'printed_at', 'TEXT'],
  ['cases', 'print_error', 'TEXT'],
  // The queue a fax was sent to and when, recorded before lp runs: a redo asks that queue instead of printing again.
  ['cases', 'print_queue', 'TEXT'],
  ['cases', 'print_intent_at', 'TEXT'],
  // How a filed reply's case ID was read ('exact' or 'repaired'); NULL for replies filed before it was kept.
  ['replies', 'evidence', 'TEXT'],
  // Where the referring unit was read (a labelled field, the letterhead, … or set by hand), and the configured unit's
  // folder under remitterande/; NULL for a unit no configured unit matched, and for cases recorded before.
  ['cases', 'unit_evidence', 'TEXT'],
  ['cases', 'unit_folder', 'TEXT'],
  // When the nurse says the fax went (and her initials), and when the reviewer phoned the referrer instead of waiting
  // for the written reply: waiting times count from the recorded fax time.
  ['cases', 'faxed_at', 'TEXT'],
  ['cases', 'faxed_by', 'TEXT'],
  ['cases', 'oral_reply_at', 'TEXT'],
  ['cases', 'oral_reply_by', 'TEXT'],
];

/** Rows earlier versions wrote in a form no longer kept, rewritten on open; each statement is idempotent. */
export const DATA_UPGRADES: string[] = [
  // A reply found moved out of the inbox by hand once stored a Swedish sentence as who handled it; the store keeps
  // codes, not sentences, so nobody is recorded (handled_how 'moved-by-hand' says how) and views word it themselves.
  "UPDATE replies SET handled_by = NULL WHERE handled_how = 'moved-by-hand' AND handled_by IS NOT NULL",
];
