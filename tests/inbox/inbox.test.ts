import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listInbox, markInboxDone } from '../../src/inbox/index.js';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { openCaseStore } from '../../src/store/case-store.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { seedHome } from '../../eval/route/seed-home.js';

async function homeWithReplies(count: number) {
  const ids = Array.from({ length: count }, () => generateCaseId());
  const home = await seedHome(await makeTempDir(), ids.map((caseId) => ({ caseId, unit: 'Akutmottagningen NÄL' })));
  const store = openCaseStore(home.storeFile);
  for (const caseId of ids) {
    const inboxPath = path.join(home.inbox, `${caseId}-utlatande.pdf`);
    await writeFile(inboxPath, '%PDF-1.7 report');
    await writeFile(inboxPath.replace(/\.pdf$/, '.txt'), 'ärendeblad');
    expect(store.claimReply({ caseId, receivedAt: new Date(), kind: 'reply', pages: 1, inboxPath, unitCopyPath: undefined }, ['awaiting-reply'], 1)).toBeDefined();
  }
  return { home, store, ids };
}

describe('the administrators\u2019 inbox', () => {
  it('lists every filed reply that is not handled yet, with its referring unit', async () => {
    const { home, store, ids } = await homeWithReplies(2);
    const items = await listInbox({ home, store });
    expect(items.map((item) => item.caseId).sort()).toEqual([...ids].sort());
    expect(items.every((item) => item.referringUnit === 'Akutmottagningen NÄL')).toBe(true);
    store.close();
  });

  it('moves a handled reply and its case sheet to the owner-only archive and records who and when', async () => {
    const { home, store, ids } = await homeWithReplies(2);
    const archived = await markInboxDone({ home, store, caseId: ids[0]!, user: 'ris-admin-anna', now: new Date('2026-11-26T07:30:00Z') });
    expect(archived.map((file) => path.basename(file)).sort()).toEqual([`${ids[0]}-utlatande.pdf`, `${ids[0]}-utlatande.txt`]);
    for (const file of archived) expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(home.inbox)).not.toContain(`${ids[0]}-utlatande.pdf`);
    const [reply] = store.listReplies({ caseId: ids[0]! });
    expect(reply).toMatchObject({ handledBy: 'ris-admin-anna', handledHow: 'command', handledAt: new Date('2026-11-26T07:30:00Z') });
    expect((await listInbox({ home, store })).map((item) => item.caseId)).toEqual([ids[1]]);
    store.close();
  });

  it('notices a reply the administrator deleted by hand and records it as handled the next time the inbox is listed', async () => {
    const { home, store, ids } = await homeWithReplies(1);
    await rm(path.join(home.inbox, `${ids[0]}-utlatande.pdf`));
    expect(await listInbox({ home, store })).toEqual([]);
    expect(store.listReplies({ caseId: ids[0]! })[0]).toMatchObject({ handledBy: undefined, handledHow: 'moved-by-hand' });
    store.close();
  });

  it('refuses a second first reply for the same case at the store, so one case never gets two inbox reports', async () => {
    const { home, store, ids } = await homeWithReplies(1);
    const again = { caseId: ids[0]!, receivedAt: new Date(), kind: 'reply' as const, pages: 1 };
    expect(store.claimReply({ ...again, inboxPath: path.join(home.inbox, 'x.pdf'), unitCopyPath: undefined }, ['awaiting-reply'], 1)).toBeUndefined();
    expect(store.getCase(ids[0]!)?.status).toBe('reply-received');
    store.close();
  });

  it('claims a supplement only under the next free number and gives a released claim back to the case', async () => {
    const { home, store, ids } = await homeWithReplies(1);
    const supplement = (sequence: number) => ({ caseId: ids[0]!, receivedAt: new Date(), kind: 'supplement' as const, pages: 1, inboxPath: path.join(home.inbox, `${ids[0]}-komplettering-${sequence}.pdf`), unitCopyPath: undefined });
    expect(store.claimReply(supplement(1), ['reply-received'], 1)).toBeUndefined();
    expect(store.claimReply(supplement(3), ['reply-received'], 3)).toBeUndefined();
    const second = store.claimReply(supplement(2), ['reply-received'], 2);
    expect(second?.inboxPath).toMatch(/-komplettering-2\.pdf$/);
    expect(store.claimReply(supplement(2), ['reply-received'], 2)).toBeUndefined();
    store.releaseReply(second!.replyId);
    expect(store.getCase(ids[0]!)?.status).toBe('reply-received');
    const [first] = store.listReplies({ caseId: ids[0]! });
    store.releaseReply(first!.replyId);
    expect(store.getCase(ids[0]!)?.status).toBe('awaiting-reply');
    store.close();
  });
});
