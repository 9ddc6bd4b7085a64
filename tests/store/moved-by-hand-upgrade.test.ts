import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { STORE_SCHEMA } from '../../src/store/schema.js';
import { Database } from '../../src/store/sqlite-driver.js';
import { makeTempDir } from '../helpers/run-cli.js';

const OLD_SENTENCE = 'okänd (flyttad eller borttagen för hand)';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

// A store as earlier versions left it: one reply found moved out of the inbox by hand (who: a Swedish sentence), one
// marked done by a named user.
async function writeStoreWithSentence(caseId: string): Promise<string> {
  const dir = await makeTempDir('reservfax-store-');
  dirs.push(dir);
  const file = path.join(dir, 'cases.sqlite');
  const db = new Database(file);
  try {
    db.exec(STORE_SCHEMA);
    db.prepare(`INSERT INTO cases (case_id, created_at, status, pages, redaction_counts, original_path, output_path)
      VALUES (?, '2026-11-25T20:00:00.000Z', 'reply-received', 2, '{}', '/h/arkiv/o.pdf', '/h/att-faxa/f.pdf')`).run(caseId);
    const reply = db.prepare(`INSERT INTO replies (case_id, received_at, kind, pages, inbox_path, source_job, handled_at, handled_by, handled_how)
      VALUES (?, '2026-11-25T21:00:00.000Z', ?, 1, ?, ?, '2026-11-26T07:00:00.000Z', ?, ?)`);
    reply.run(caseId, 'reply', '/h/ris-admin/r.pdf', 'job-1', OLD_SENTENCE, 'moved-by-hand');
    reply.run(caseId, 'supplement', '/h/ris-admin/s.pdf', 'job-2', 'ris-admin-anna', 'command');
  } finally {
    db.close();
  }
  return file;
}

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
