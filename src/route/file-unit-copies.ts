import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { copyFileAtomic, writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { pathExists } from '../fs/path-exists.js';
import { loadScanPages } from '../scan/load-scan.js';
import type { CaseRecord, CaseStore } from '../store/case-store.js';
import type { ReplyRecord } from '../store/reply-rows.js';
import { filesOfReply, replyFilePaths, writeCaseSheet } from './file-matched.js';
import { identifiedCopy, type IdentityFacts } from './identified-copy.js';

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
export async function fileUnitCopies(input: { home: HomePaths; config: Config; store: CaseStore; caseId: string }): Promise<UnitCopies> {
  const result: UnitCopies = { copied: [], alreadyThere: [], missing: [], stale: [], sheets: [] };
  for (const reply of input.store.listReplies({ caseId: input.caseId })) await fileOne(input, reply, result);
  return result;
}

async function fileOne(input: { home: HomePaths; config: Config; store: CaseStore }, reply: ReplyRecord, result: UnitCopies): Promise<void> {
  const record = input.store.getCase(reply.caseId)!;
  const { files, sequence } = filesOfReply(reply);
  const target = replyFilePaths(input.home, record, reply.kind, sequence).unitCopy;
  if (!target) return;
  const inArchive = (file: string) => path.join(input.home.archive, path.basename(file));
  const report = await firstExisting([files.inboxFile, inArchive(files.inboxFile)]);
  if (reply.unitCopyPath === target && (await pathExists(target))) {
    result.alreadyThere.push(target);
  } else if (!report) {
    result.missing.push(files.inboxFile);
    return;
  } else {
    await mkdir(path.dirname(target), { recursive: true });
    const copy = await identifiedCopy(identityFacts(input, record, reply, true), async () => loadScanPages(await readFile(report), { maxPages: input.config.replies.maxPages, budget: input.config.limits }));
    if (copy.pdf) await writeFileAtomic(target, copy.pdf, 0o644);
    else await copyFileAtomic(report, target, 0o644);
    input.store.setUnitCopy(reply.replyId, target);
    result.copied.push(target);
    if (reply.unitCopyPath && reply.unitCopyPath !== target && (await pathExists(reply.unitCopyPath))) result.stale.push(reply.unitCopyPath);
  }
  const sheet = await firstExisting([files.sheetFile, inArchive(files.sheetFile)]);
  if (!sheet) return;
  const { sheetLine } = await identifiedCopy(identityFacts(input, record, reply, true), async () => []);
  const facts = { home: input.home, config: input.config, record, kind: reply.kind, evidence: reply.evidence, sequence, pages: reply.pages, receivedAt: reply.receivedAt, identityLine: sheetLine };
  await writeCaseSheet(facts, { inboxFile: files.inboxFile, sheetFile: sheet, unitCopy: target }, sheet === files.sheetFile ? undefined : 0o600);
  result.sheets.push(sheet);
}

function identityFacts(input: { config: Config; store: CaseStore }, record: CaseRecord, reply: ReplyRecord, withCopy: boolean): IdentityFacts {
  return { caseId: record.caseId, accession: record.accessionNumber, evidence: reply.evidence, identity: input.store.getIdentity(record.caseId), enabled: input.config.replies.identifiedCopies, withCopy, unitEvidence: record.unitEvidence };
}

async function firstExisting(files: readonly string[]): Promise<string | undefined> {
  for (const file of files) if (await pathExists(file)) return file;
  return undefined;
}
