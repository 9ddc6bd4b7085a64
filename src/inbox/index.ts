import path from 'node:path';
import { replySheetPath, type HomePaths } from '../fs/home.js';
import { moveFile } from '../fs/move-file.js';
import { pathExists } from '../fs/path-exists.js';
import type { InboxStore } from '../store/roles.js';
import type { ReplyRecord } from '../store/reply-rows.js';

export interface InboxItem {
  caseId: string;
  kind: ReplyRecord['kind'];
  receivedAt: Date;
  referringUnit: string | undefined;
  accessionNumber: string | undefined;
  inboxFile: string;
}

/**
 * The administrators' pending inbox: replies filed and not yet handled. An item whose report file was moved
 * or deleted by hand is recorded as handled (time of discovery, how 'moved-by-hand', by nobody) and left out.
 */
export async function listInbox(input: { home: HomePaths; store: InboxStore; now?: Date }): Promise<InboxItem[]> {
  const items: InboxItem[] = [];
  for (const reply of input.store.listReplies({ pendingOnly: true })) {
    if (!(await pathExists(reply.inboxPath))) {
      input.store.markHandled(reply.replyId, input.now ?? new Date(), undefined, 'moved-by-hand');
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
export async function markInboxDone(input: { home: HomePaths; store: InboxStore; caseId: string; user: string; now?: Date }): Promise<string[]> {
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
