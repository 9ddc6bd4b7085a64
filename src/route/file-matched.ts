import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import type { Config } from '../config/schema.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { fillTemplate } from '../fs/templates.js';
import type { CaseRecord } from '../store/case-store.js';
import type { ReplyKind } from '../store/reply-rows.js';
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

// Put the report in the administrators' inbox with its internal case sheet, and a copy (report only) for the referring unit.
export async function fileMatchedReply(reply: MatchedReply): Promise<FiledFiles> {
  const { caseId } = reply.record;
  const stem = reply.kind === 'reply' ? `${caseId}-utlatande` : `${caseId}-komplettering-${reply.sequence}`;
  const inboxFile = path.join(reply.home.inbox, `${stem}.pdf`);
  const sheetFile = path.join(reply.home.inbox, `${stem}.txt`);
  await writeFileAtomic(inboxFile, reply.pdf);
  const unit = unitFolderName(reply.record.referringUnit);
  let unitCopy: string | undefined;
  if (unit) {
    const folder = path.join(reply.home.referringUnits, unit);
    await mkdir(folder, { recursive: true });
    unitCopy = path.join(folder, `${stem}.pdf`);
    await writeFileAtomic(unitCopy, reply.pdf);
  }
  await writeFileAtomic(sheetFile, await caseSheet(reply, inboxFile, unitCopy));
  return { inboxFile, sheetFile, unitCopy };
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
