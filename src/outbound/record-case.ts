import { rm } from 'node:fs/promises';
import type { AnonymiseResult, Redaction } from '../anonymise/index.js';
import { ReservfaxError } from '../errors.js';
import type { OutboundStore } from '../store/roles.js';
import type { KeptFiles } from './keep-files.js';
import { message } from '../messages.js';

// The case enters the register only once its fax exists; when the register refuses it, the fax is removed, so no fax
// leaves without a case its reply can be matched to.
export async function recordCase(store: OutboundStore, fields: { caseId: string; createdAt: Date; pages: number; files: KeptFiles; result: AnonymiseResult }): Promise<void> {
  const { result, files } = fields;
  try {
    store.insertCase(
      {
        caseId: fields.caseId,
        createdAt: fields.createdAt,
        status: 'awaiting-reply',
        referringUnit: result.referringUnit?.unit,
        unitFolder: result.referringUnit?.folder,
        unitEvidence: result.referringUnit?.evidence,
        accessionNumber: result.kept.accession,
        pages: fields.pages,
        redactionCounts: countByKind(result.redactions),
        originalPath: files.originalPath,
        outputPath: files.output,
      },
      result.identity,
    );
  } catch (error) {
    await rm(files.output, { force: true });
    throw new ReservfaxError('STORE_FAILED', message('referral.store-failed'), { cause: error });
  }
}

function countByKind(redactions: readonly Redaction[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { kind } of redactions) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}
