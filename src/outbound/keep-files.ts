import path from 'node:path';
import type { OriginalPage } from '../anonymise/index.js';
import { ReservfaxError } from '../errors.js';
import { copyFileAtomic, writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders, message } from '../messages.js';
import { buildReviewCopy } from '../review-copy/index.js';

export interface KeptFiles {
  originalPath: string;
  output: string;
}

// The files a faxed case leaves: the original (owner-only, for the RIS administrators), the nurse's review copy when
// enabled, and the fax-ready PDF last, so a fax never exists without the original it came from.
export async function keepFiles(input: { home: HomePaths; caseId: string; referral: string; output: string; fax: Uint8Array; originals: OriginalPage[] | undefined }): Promise<KeptFiles> {
  const originalPath = path.join(input.home.archive, `${input.caseId}-original.pdf`);
  await copyFileAtomic(input.referral, originalPath, 0o600);
  if (input.originals) await writeReviewCopy(input.home, input.caseId, input.originals);
  try {
    await writeFileAtomic(input.output, input.fax);
  } catch (error) {
    throw new ReservfaxError('OUTPUT_FAILED', message('referral.output-failed'), { cause: error });
  }
  return { originalPath, output: input.output };
}

// The nurse's internal check of what was removed: original pages with labelled outlines, owner-only.
async function writeReviewCopy(home: HomePaths, caseId: string, pages: OriginalPage[]): Promise<void> {
  const template = await readJsonTemplate<{ banner: string; kinds: Record<string, string> }>('review-copy.sv.json');
  const pdf = await buildReviewCopy({
    pages,
    banner: (page, total) => fillPlaceholders(template.banner, { caseId, page, pages: total }),
    kindLabel: (kind) => template.kinds[kind] ?? kind,
  });
  await writeFileAtomic(path.join(home.review, `${caseId}-granskning.pdf`), pdf, 0o600);
}
