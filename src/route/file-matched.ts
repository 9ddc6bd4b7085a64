import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Config } from '../config/schema.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { fillTemplate } from '../fs/templates.js';
import type { CaseRecord } from '../store/case-store.js';
import { replySheetPath, type ReplyKind, type ReplyRecord } from '../store/reply-rows.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { unitFolderName } from './unit-folder.js';

export interface MatchedReply {
  home: HomePaths;
  config: Config;
  record: CaseRecord;
  kind: ReplyKind;
  evidence: 'exact' | 'repaired';
  /** 1 for the first reply, 2 for the first supplement, … */
  sequence: number;
  pdf: Uint8Array;
  pages: number;
  receivedAt: Date;
}

export interface FiledFiles {
  inboxFile: string;
  sheetFile: string;
  unitCopy: string | undefined;
}

// Where a reply's files go: the inbox report and its sheet, and the unit's copy when the case has a known unit.
export function replyFilePaths(home: HomePaths, record: CaseRecord, kind: ReplyKind, sequence: number): FiledFiles {
  const stem = kind === 'reply' ? `${record.caseId}-utlatande` : `${record.caseId}-komplettering-${sequence}`;
  const unit = unitFolderName(record.referringUnit);
  const inboxFile = path.join(home.inbox, `${stem}.pdf`);
  return {
    inboxFile,
    sheetFile: replySheetPath(inboxFile),
    unitCopy: unit ? path.join(home.referringUnits, unit, `${stem}.pdf`) : undefined,
  };
}

// The files a claimed reply was given, and its number (1 = the reply, 2… = supplements), read back from its record.
export function filesOfReply(reply: ReplyRecord): { files: FiledFiles; sequence: number } {
  const files = { inboxFile: reply.inboxPath, sheetFile: replySheetPath(reply.inboxPath), unitCopy: reply.unitCopyPath };
  return { files, sequence: Number(/-komplettering-(\d+)\.pdf$/.exec(reply.inboxPath)?.[1] ?? 1) };
}

// Write the report to the administrators' inbox with its internal case sheet, and a copy (report only) for the referring unit.
export async function fileMatchedReply(reply: MatchedReply, files: FiledFiles): Promise<void> {
  await writeFileAtomic(files.inboxFile, reply.pdf);
  if (files.unitCopy) {
    await mkdir(path.dirname(files.unitCopy), { recursive: true });
    await writeFileAtomic(files.unitCopy, reply.pdf);
  }
  await writeFileAtomic(files.sheetFile, await caseSheet(reply, files.inboxFile, files.unitCopy));
}

async function caseSheet(reply: MatchedReply, inboxFile: string, unitCopy: string | undefined): Promise<string> {
  const { record, home } = reply;
  const relative = (file: string) => path.relative(home.root, file);
  return fillTemplate('reply-sheet.sv.txt', {
    caseId: record.caseId,
    kindLine: reply.kind === 'reply' ? 'Första svaret på ärendet.' : `Komplettering nr ${reply.sequence - 1} (ärendet hade redan ett svar).`,
    evidenceLine:
      reply.evidence === 'exact'
        ? 'Ärende-ID:t lästes exakt som det står på svaret.'
        : 'OBS: Ärende-ID:t lästes först fel och rättades (förväxlingsbara tecken, bekräftat mot registret). Kontrollera att ID:t på svaret stämmer.',
    sentAt: formatSwedishTime(record.createdAt),
    receivedAt: formatSwedishTime(reply.receivedAt),
    replyPages: reply.pages,
    unit: record.referringUnit ?? 'okänd — ingen kopia lagd till remittent; skicka kopian för hand',
    accession: record.accessionNumber ?? 'saknas i remissen',
    originalPath: relative(record.originalPath),
    inboxFile: relative(inboxFile),
    unitCopy: unitCopy ? relative(unitCopy) : 'ingen (okänd enhet)',
  });
}
