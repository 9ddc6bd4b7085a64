import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { copyFileAtomic, writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { pathExists } from '../fs/path-exists.js';
import { loadScanPages } from '../scan/load-scan.js';
import type { RouteStore } from '../store/roles.js';
import type { ReplyRecord } from '../store/reply-rows.js';
import { filesOfReply, replyFilePaths, writeCaseSheet } from './file-matched.js';
import { bandedPdf, identityFacts, identityNote } from './identified-copy.js';

export interface UnitCopies {
  copied: string[];
  alreadyThere: string[];
  /** Reports no longer in the inbox or the archive: the unit's copy must be made by hand. */
  missing: string[];
  /** Copies left in another unit's folder by an earlier unit. */
  stale: string[];
  sheets: string[];
}

/**
 * Once a case's unit is known afterwards (`reservfax cases set-unit`), give the unit its copy of every reply
 * already filed — from the inbox, or from the archive once handled — and make each case sheet say where it went.
 */
export async function fileUnitCopies(input: { home: HomePaths; config: Config; store: RouteStore; caseId: string }): Promise<UnitCopies> {
  const result: UnitCopies = { copied: [], alreadyThere: [], missing: [], stale: [], sheets: [] };
  for (const reply of input.store.listReplies({ caseId: input.caseId })) await fileOne(input, reply, result);
  return result;
}

async function fileOne(input: { home: HomePaths; config: Config; store: RouteStore }, reply: ReplyRecord, result: UnitCopies): Promise<void> {
  const record = input.store.getCase(reply.caseId)!;
  const { files, sequence } = filesOfReply(reply);
  const target = replyFilePaths(input.home, record, reply.kind, sequence).unitCopy;
  if (!target) return;
  const inArchive = (file: string) => path.join(input.home.archive, path.basename(file));
  const note = await identityNote(identityFacts(input.store, input.config, record, reply.evidence, true));
  const report = await firstExisting([files.inboxFile, inArchive(files.inboxFile)]);
  if (reply.unitCopyPath === target && (await pathExists(target))) {
    result.alreadyThere.push(target);
  } else if (!report) {
    result.missing.push(files.inboxFile);
    return;
  } else {
    await mkdir(path.dirname(target), { recursive: true });
    if (note.band) await writeFileAtomic(target, await bandedPdf(await loadScanPages(await readFile(report), { maxPages: input.config.replies.maxPages, budget: input.config.limits }), note.band), 0o644);
    else await copyFileAtomic(report, target, 0o644);
    input.store.setUnitCopy(reply.replyId, target);
    result.copied.push(target);
    if (reply.unitCopyPath && reply.unitCopyPath !== target && (await pathExists(reply.unitCopyPath))) result.stale.push(reply.unitCopyPath);
  }
  const sheet = await firstExisting([files.sheetFile, inArchive(files.sheetFile)]);
  if (!sheet) return;
  const facts = { home: input.home, config: input.config, record, kind: reply.kind, evidence: reply.evidence, sequence, pages: reply.pages, receivedAt: reply.receivedAt, identityLine: note.sheetLine };
  await writeCaseSheet(facts, { inboxFile: files.inboxFile, sheetFile: sheet, unitCopy: target }, sheet === files.sheetFile ? undefined : 0o600);
  result.sheets.push(sheet);
}

async function firstExisting(files: readonly string[]): Promise<string | undefined> {
  for (const file of files) if (await pathExists(file)) return file;
  return undefined;
}
