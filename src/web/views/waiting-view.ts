import { waitingSince } from '../../store/case-store.js';
import type { ShownTime, WebContext } from '../context.js';
import { shownTime } from './shown-time.js';

export interface WaitingItem {
  caseId: string;
  unit: string | undefined;
  since: ShownTime;
  /** False when nobody pressed Faxad: the age then counts from when the PDF was written. */
  faxRecorded: boolean;
  overdue: boolean;
  oralReply: (ShownTime & { by: string | undefined }) | undefined;
}

// Why: the open cases with their age counted the way the alert mail counts it, oldest first.
export function waitingView(ctx: WebContext, now: Date): WaitingItem[] {
  const zone = ctx.config.mail.timeZone;
  const limitMs = ctx.config.mail.alertAfterMinutes * 60_000;
  return ctx.store.listCases({ status: 'awaiting-reply' }).map((record) => {
    const since = waitingSince(record);
    return {
      caseId: record.caseId,
      unit: record.referringUnit,
      since: shownTime(since.at, now, zone),
      faxRecorded: since.recorded,
      overdue: now.getTime() - since.at.getTime() >= limitMs,
      oralReply: record.oralReplyAt ? { ...shownTime(record.oralReplyAt, now, zone), by: record.oralReplyBy } : undefined,
    };
  }).sort((a, b) => a.since.iso.localeCompare(b.since.iso));
}
