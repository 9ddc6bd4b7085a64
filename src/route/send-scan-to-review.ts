import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { fillTemplate, readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders, message } from '../messages.js';
import { detectScanKind } from '../scan/scan-kind.js';
import { fileStamp } from '../util/file-stamp.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import type { CaseIdSighting } from './decide-match.js';
import { describeReadings } from './describe-readings.js';

export type ScanReviewReason = 'no-case-id' | 'check-failed' | 'unknown-case' | 'ambiguous' | 'already-replied' | 'unreadable';

export interface ScanReviewItem {
  home: HomePaths;
  scan: Uint8Array;
  reason: ScanReviewReason;
  caseIds: readonly string[];
  /** Every case-ID-like reading on the scan, listed in the note. */
  sightings?: readonly CaseIdSighting[];
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
export async function sendScanToReview(item: ScanReviewItem): Promise<{ scanFile: string; noteFile: string }> {
  const stem = `svar-${fileStamp(item.receivedAt)}-${item.name ?? randomBytes(3).toString('hex')}`;
  const scanFile = path.join(item.home.manualReview, `${stem}.${extensionOf(item.scan)}`);
  const noteFile = path.join(item.home.manualReview, `${stem}.txt`);
  const reasons = await readJsonTemplate<Record<ScanReviewReason, ReasonText>>('route-reasons.sv.json');
  const text = reasons[item.reason];
  await writeFileAtomic(scanFile, item.scan);
  const note = await fillTemplate('manual-review-note.sv.txt', {
    title: text.title,
    scanFile: path.basename(scanFile),
    receivedAt: formatSwedishTime(item.receivedAt),
    caseIds: item.caseIds.length > 0 ? item.caseIds.join(', ') : message('route.no-case-ids'),
    readings: await describeReadings(item.sightings ?? []),
    explanation: fillPlaceholders(text.explanation, { detail: item.detail ?? '' }),
    action: text.action,
  });
  await writeFileAtomic(noteFile, note);
  return { scanFile, noteFile };
}

const EXTENSION = { pdf: 'pdf', tiff: 'tif', png: 'png', jpeg: 'jpg' } as const;

function extensionOf(data: Uint8Array): string {
  const kind = detectScanKind(data);
  return kind ? EXTENSION[kind] : 'bin';
}
