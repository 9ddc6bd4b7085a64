import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Config } from '../config/schema.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { replySheetPath, type HomePaths } from '../fs/home.js';
import { fillTemplate, readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders, message } from '../messages.js';
import type { CaseRecord } from '../store/case-store.js';
import type { ReplyKind, ReplyRecord } from '../store/reply-rows.js';
import type { UnitEvidence } from '../units/types.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { unitFolderName } from './unit-folder.js';

export interface MatchedReply {
  home: HomePaths;
  config: Config;
  record: CaseRecord;
  kind: ReplyKind;
  /** How the case ID was read; unknown for a reply filed before it was kept (its sheet rewritten by `cases set-unit`). */
  evidence: 'exact' | 'repaired' | undefined;
  /** 1 for the first reply, 2 for the first supplement, … */
  sequence: number;
  pdf: Uint8Array;
  /** The unit's copy with the patient's identity band; the anonymised `pdf` when absent. */
  unitPdf?: Uint8Array | undefined;
  /** What the case sheet says about the patient's identity (see identified-copy.ts). */
  identityLine: string;
  pages: number;
  receivedAt: Date;
}

export interface FiledFiles {
  inboxFile: string;
  sheetFile: string;
  unitCopy: string | undefined;
}

// Where a reply's files go: the inbox report and its sheet, and the unit's copy when the case has a known unit — in
// the configured unit's folder, else in a folder named after the unit as printed.
export function replyFilePaths(home: HomePaths, record: CaseRecord, kind: ReplyKind, sequence: number): FiledFiles {
  const stem = kind === 'reply' ? `${record.caseId}-utlatande` : `${record.caseId}-komplettering-${sequence}`;
  const unit = record.unitFolder ?? unitFolderName(record.referringUnit);
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
    await writeFileAtomic(files.unitCopy, reply.unitPdf ?? reply.pdf);
  }
  await writeCaseSheet(reply, files);
}

// Write (or rewrite, once the unit is known) a reply's internal case sheet; one already archived stays owner-only.
export async function writeCaseSheet(reply: Omit<MatchedReply, 'pdf' | 'unitPdf'>, files: FiledFiles, mode?: number): Promise<void> {
  await writeFileAtomic(files.sheetFile, await caseSheet(reply, files.inboxFile, files.unitCopy), mode);
}

interface UnitPhrases {
  evidence: Record<UnitEvidence, string>;
  known: string;
  knownWithoutEvidence: string;
  unknown: string;
  noUnitCopy: string;
  replyEvidenceUnknown: string;
}

async function caseSheet(reply: Omit<MatchedReply, 'pdf' | 'unitPdf'>, inboxFile: string, unitCopy: string | undefined): Promise<string> {
  const { record, home } = reply;
  const phrases = await readJsonTemplate<UnitPhrases>('referring-unit.sv.json');
  const relative = (file: string) => path.relative(home.root, file);
  return fillTemplate('reply-sheet.sv.txt', {
    caseId: record.caseId,
    identityLine: reply.identityLine,
    kindLine: reply.kind === 'reply' ? message('route.first-reply') : message('route.supplement', { number: reply.sequence - 1 }),
    evidenceLine:
      reply.evidence === 'exact'
        ? message('route.read-exactly')
        : reply.evidence === 'repaired'
          ? message('route.read-repaired')
          : phrases.replyEvidenceUnknown,
    sentAt: formatSwedishTime(record.createdAt),
    receivedAt: formatSwedishTime(reply.receivedAt),
    replyPages: reply.pages,
    unit: unitLine(record, phrases),
    accession: record.accessionNumber ?? message('route.no-accession'),
    originalPath: relative(record.originalPath),
    inboxFile: relative(inboxFile),
    unitCopy: unitCopy ? relative(unitCopy) : phrases.noUnitCopy,
  });
}

// The referring unit and how it was known, or what to do when it is not.
function unitLine(record: CaseRecord, phrases: UnitPhrases): string {
  if (record.referringUnit === undefined) return fillPlaceholders(phrases.unknown, { caseId: record.caseId });
  if (record.unitEvidence === undefined) return fillPlaceholders(phrases.knownWithoutEvidence, { unit: record.referringUnit });
  return fillPlaceholders(phrases.known, { unit: record.referringUnit, evidence: phrases.evidence[record.unitEvidence] });
}
