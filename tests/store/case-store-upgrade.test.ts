import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Database } from '../../src/store/sqlite-driver.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ReservfaxError } from '../../src/errors.js';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { STORE_SCHEMA } from '../../src/store/schema.js';
import { makeTempDir } from '../helpers/run-cli.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

// A store file written by hand the way an earlier version left it; `fill` writes its rows.
async function writeStore(fill: (db: Database) => void): Promise<string> {
  const dir = await makeTempDir('reservfax-store-');
  dirs.push(dir);
  const file = path.join(dir, 'cases.sqlite');
  const db = new Database(file);
  try {
    db.exec(STORE_SCHEMA);
    fill(db);
  } finally {
    db.close();
  }
  return file;
}

// A store as the version before print intents and reply evidence left it: one case, printed, with one reply.
function writeOlderStore(caseId: string): Promise<string> {
  return writeStore((db) => {
    for (const column of ['print_job', 'printed_at', 'print_error']) db.exec(`ALTER TABLE cases ADD COLUMN ${column} TEXT`);
    db.prepare(`INSERT INTO cases (case_id, created_at, status, pages, redaction_counts, original_path, output_path, print_job, printed_at)
      VALUES (?, '2026-11-25T20:00:00.000Z', 'reply-received', 2, '{}', '/h/arkiv/o.pdf', '/h/att-faxa/f.pdf', 'Fax-7', '2026-11-25T20:01:00.000Z')`).run(caseId);
    db.prepare(`INSERT INTO replies (case_id, received_at, kind, pages, inbox_path, source_job)
      VALUES (?, '2026-11-25T21:00:00.000Z', 'reply', 1, '/h/ris-admin/r.pdf', 'job-1')`).run(caseId);
  });
}

const OLD_SENTENCE = 'okänd (flyttad eller borttagen för hand)';

// A store as versions before codes-not-sentences left it: one reply found moved out of the inbox by hand (who: a
// Swedish sentence), one marked done by a named user.
function writeStoreWithSentence(caseId: string): Promise<string> {
  return writeStore((db) => {
    db.prepare(`INSERT INTO cases (case_id, created_at, status, pages, redaction_counts, original_path, output_path)
      VALUES (?, '2026-11-25T20:00:00.000Z', 'reply-received', 2, '{}', '/h/arkiv/o.pdf', '/h/att-faxa/f.pdf')`).run(caseId);
    const reply = db.prepare(`INSERT INTO replies (case_id, received_at, kind, pages, inbox_path, source_job, handled_at, handled_by, handled_how)
      VALUES (?, '2026-11-25T21:00:00.000Z', ?, 1, ?, ?, '2026-11-26T07:00:00.000Z', ?, ?)`);
    reply.run(caseId, 'reply', '/h/ris-admin/r.pdf', 'job-1', OLD_SENTENCE, 'moved-by-hand');
    reply.run(caseId, 'supplement', '/h/ris-admin/s.pdf', 'job-2', 'ris-admin-anna', 'command');
  });
}

describe('opening a case store written by an earlier version', () => {
  it('adds the print intent and reply evidence columns and keeps every case and reply as it was', async () => {
    const caseId = generateCaseId();
    const store = openCaseStore(await writeOlderStore(caseId));
    try {
      expect(store.getCase(caseId)).toMatchObject({ printJob: 'Fax-7', printQueue: undefined, printIntentAt: undefined });
      expect(store.listReplies({ sourceJob: 'job-1' })).toMatchObject([{ caseId, evidence: undefined }]);
      const at = new Date('2026-11-26T03:00:00.000Z');
      store.recordPrintIntent(caseId, { printer: 'Fax-NAL', at });
      expect(store.getCase(caseId)).toMatchObject({ printQueue: 'Fax-NAL', printIntentAt: at, printJob: 'Fax-7' });
    } finally {
      store.close();
    }
  });

  it('refuses to record a print intent for a case the store does not have', async () => {
    const store = openCaseStore(await writeOlderStore(generateCaseId()));
    try {
      const error = (() => {
        try {
          store.recordPrintIntent(generateCaseId(), { printer: 'Fax-NAL', at: new Date() });
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(ReservfaxError);
      expect(error).toMatchObject({ code: 'STORE_FAILED', userMessage: expect.stringContaining('kunde inte registreras') });
    } finally {
      store.close();
    }
  });

  it('adds the unit evidence and folder columns, and records a unit and its copy set afterwards', async () => {
    const caseId = generateCaseId();
    const store = openCaseStore(await writeOlderStore(caseId));
    try {
      expect(store.getCase(caseId)).toMatchObject({ referringUnit: undefined, unitFolder: undefined, unitEvidence: undefined });
      store.setReferringUnit(caseId, { name: 'Neurologi och strokeenheten', folder: 'Neurologi och stroke', evidence: 'set-by-hand' });
      expect(store.getCase(caseId)).toMatchObject({ referringUnit: 'Neurologi och strokeenheten', unitFolder: 'Neurologi och stroke', unitEvidence: 'set-by-hand' });
      const [reply] = store.listReplies({ caseId });
      store.setUnitCopy(reply!.replyId, '/h/remitterande/Neurologi och stroke/r.pdf');
      expect(store.listReplies({ caseId })).toMatchObject([{ unitCopyPath: '/h/remitterande/Neurologi och stroke/r.pdf' }]);
      expect(() => store.setReferringUnit(generateCaseId(), { name: 'IVA', folder: 'IVA', evidence: 'set-by-hand' })).toThrow(ReservfaxError);
    } finally {
      store.close();
    }
  });
});

describe('opening a case store whose replies carry a sentence for who moved them by hand', () => {
  it('keeps no sentence: the reply moved by hand is handled by nobody, and a named user is kept', async () => {
    const caseId = generateCaseId();
    const file = await writeStoreWithSentence(caseId);
    for (let opening = 0; opening < 2; opening++) {
      const store = openCaseStore(file);
      try {
        expect(store.listReplies({ caseId })).toMatchObject([
          { sourceJob: 'job-1', handledBy: undefined, handledHow: 'moved-by-hand', handledAt: new Date('2026-11-26T07:00:00.000Z') },
          { sourceJob: 'job-2', handledBy: 'ris-admin-anna', handledHow: 'command' },
        ]);
      } finally {
        store.close();
      }
    }
  });
});
