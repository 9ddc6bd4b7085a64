import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { fillTemplate, readJsonTemplate } from '../fs/templates.js';
import { formatSwedishTime } from '../util/swedish-time.js';

export type ReviewReason = 'no-case-id' | 'check-failed' | 'unknown-case' | 'ambiguous' | 'already-replied' | 'unreadable';

export interface ReviewItem {
  home: HomePaths;
  scan: Uint8Array;
  reason: ReviewReason;
  caseIds: readonly string[];
  receivedAt: Date;
  /** For unreadable files: the Swedish reason the loader gave. */
  detail?: string;
  /** A stable name part (the service's job ID), so a redo writes the same files; random when absent. */
  name?: string;
}

interface ReasonText {
  title: string;
  explanation: string;
  action: string;
}

// Copy the scan, byte for byte, to manual review under a neutral name with a Swedish note saying why and what to do.
export async function fileForReview(item: ReviewItem): Promise<{ scanFile: string; noteFile: string }> {
  const stamp = item.receivedAt.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const stem = `svar-${stamp}-${item.name ?? randomBytes(3).toString('hex')}`;
  const scanFile = path.join(item.home.manualReview, `${stem}.${extensionOf(item.scan)}`);
  const noteFile = path.join(item.home.manualReview, `${stem}.txt`);
  const reasons = await readJsonTemplate<Record<ReviewReason, ReasonText>>('route-reasons.sv.json');
  const text = reasons[item.reason];
  await writeFileAtomic(scanFile, item.scan);
  const note = await fillTemplate('manual-review-note.sv.txt', {
    title: text.title,
    scanFile: path.basename(scanFile),
    receivedAt: formatSwedishTime(item.receivedAt),
    caseIds: item.caseIds.length > 0 ? item.caseIds.join(', ') : 'inga',
    explanation: text.explanation.replace('{detail}', item.detail ?? ''),
    action: text.action,
  });
  await writeFileAtomic(noteFile, note);
  return { scanFile, noteFile };
}

function extensionOf(data: Uint8Array): string {
  const head = Buffer.from(data.subarray(0, 1024));
  if (head.toString('latin1').includes('%PDF-')) return 'pdf';
  if (head.subarray(0, 4).equals(Buffer.from('II*\0', 'latin1')) || head.subarray(0, 4).equals(Buffer.from('MM\0*', 'latin1'))) return 'tif';
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head[0] === 0xff && head[1] === 0xd8) return 'jpg';
  return 'bin';
}
