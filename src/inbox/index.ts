import path from 'node:path';
import type { HomePaths } from '../fs/home.js';
import { moveFile } from '../fs/move-file.js';
import { pathExists } from '../fs/path-exists.js';
import type { CaseStore } from '../store/case-store.js';
import { replySheetPath, type ReplyRecord } from '../store/reply-rows.js';

export interface InboxItem {
  caseId: string;
  kind: ReplyRecord['kind'];
  receivedAt: Date;
  referringUnit: string | undefined;
  accessionNumber: string | undefined;
  inboxFile: string;
}

/** Who cleared an item by hand is unknown; the store says so in words. */
export const MOVED_BY_HAND = 'okänd (flyttad eller borttagen för hand)';

/**
 * The administrators' pending inbox: replies filed and not yet handled. An item whose report file was moved
 * or deleted by hand is recorded as handled (time of discovery, "moved by hand") and left out.
 */
export async function listInbox(input: { home: HomePaths; store: CaseStore; now?: Date }): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  for (const reply of input.store.listReplies({ pendingOnly: true })) {
    if (!(await pathExists(reply.inboxPath))) {
      input.store.markHandled(reply.replyId, input.now ?? new Date(), MOVED_BY_HAND, 'moved-by-hand');
      continue;
    }
    const record = input.store.getCase(reply.caseId);
    items.push({
      caseId: reply.caseId,
      kind: reply.kind,
      receivedAt: reply.receivedAt,
      referringUnit: record?.referringUnit,
      accessionNumber: record?.accessionNumber,
      inboxFile: reply.inboxPath,
    });
  }
  return items;
}

/**
 * Mark every pending inbox item of a case handled: move its report and case sheet to the archive (owner-only)
 * and record who and when. Returns the archived files; an empty list means nothing was pending.
 */
export async function markInboxDone(input: { home: HomePaths; store: CaseStore; caseId: string; user: string; now?: Date }): Promise<string[]> {
  const archived: string[] = [];
  for (const reply of input.store.listReplies({ pendingOnly: true, caseId: input.caseId })) {
    const sheet = replySheetPath(reply.inboxPath);
    for (const file of [reply.inboxPath, sheet]) {
      if (!(await pathExists(file))) continue;
      const target = path.join(input.home.archive, path.basename(file));
      await moveFile(file, target, 0o600);
      archived.push(target);
    }
    input.store.markHandled(reply.replyId, input.now ?? new Date(), input.user, 'command');
  }
  return archived;
}
