import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { moveFile } from '../fs/move-file.js';
import { fillTemplate, readJsonTemplate } from '../fs/templates.js';
import { message } from '../messages.js';
import { fileStamp } from '../util/file-stamp.js';
import { formatSwedishTime } from '../util/swedish-time.js';

export type ReviewReason = 'rejected' | 'refused' | 'duplicate' | 'not-a-file' | 'error' | 'reply-unreadable' | 'reply-error' | 'interrupted' | 'timeout';

export interface ReviewItem {
  home: HomePaths;
  kind: 'referral' | 'reply';
  jobId: string;
  /** Undefined when the entry could not be moved and was left in the watched folder (a special file on another file system). */
  claimedFile: string | undefined;
  receivedAt: Date;
  reason: ReviewReason;
  /** The Swedish explanation (an error's userMessage, or the duplicate's case); never names the input file. */
  explanation: string;
}

/** The file-name prefix of each kind; fixed, since people and scripts look for it. */
const PREFIX = { referral: 'remiss', reply: 'svar' } as const;

// Move a claimed file the service cannot handle into manual review under a neutral name, with a Swedish note saying why and what to do.
export async function sendToReview(item: ReviewItem): Promise<{ file: string | undefined; note: string }> {
  const stem = `${PREFIX[item.kind]}-${fileStamp(item.receivedAt)}-${item.jobId}`;
  const file = item.claimedFile && path.join(item.home.manualReview, `${stem}${path.extname(item.claimedFile) || '.bin'}`);
  const note = path.join(item.home.manualReview, `${stem}.txt`);
  const reasons = await readJsonTemplate<Record<ReviewReason, { title: string; action: string }>>('service-reasons.sv.json');
  const text = await fillTemplate('service-review-note.sv.txt', {
    heading: message(`service.review-heading-${item.kind}`),
    title: reasons[item.reason].title,
    file: file ? path.basename(file) : message('service.left-in-place'),
    receivedAt: formatSwedishTime(item.receivedAt),
    jobId: item.jobId,
    explanation: item.explanation,
    action: reasons[item.reason].action,
    closing: message(`service.review-closing-${item.kind}`),
  });
  await writeFileAtomic(note, text);
  if (item.claimedFile && file) await moveFile(item.claimedFile, file);
  return { file, note };
}
