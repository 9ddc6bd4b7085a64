import path from 'node:path';
import { pathExists } from '../../fs/path-exists.js';
import { waitingSince } from '../../store/case-store.js';
import type { ShownTime, WebContext } from '../context.js';
import { shownTime } from './shown-time.js';

export interface FaxItem {
  caseId: string;
  pages: number;
  written: ShownTime;
  unit: string | undefined;
  faxed: (ShownTime & { by: string | undefined }) | undefined;
  printed: ShownTime | undefined;
  printFailed: boolean;
}

// Why: the nurse's list of fax-ready PDFs still waiting for a reply, not yet faxed first; only PDFs still in att-faxa/.
export async function faxView(ctx: WebContext, now: Date): Promise<FaxItem[]> {
  const zone = ctx.config.mail.timeZone;
  const items: FaxItem[] = [];
  for (const record of ctx.store.listCases({ status: 'awaiting-reply' })) {
    if (!(await pathExists(faxPdfPath(ctx, record.caseId)))) continue;
    const since = waitingSince(record);
    items.push({
      caseId: record.caseId,
      pages: record.pages,
      written: shownTime(record.createdAt, now, zone),
      unit: record.referringUnit,
      faxed: since.recorded ? { ...shownTime(since.at, now, zone), by: record.faxedBy } : undefined,
      printed: record.printedAt ? shownTime(record.printedAt, now, zone) : undefined,
      printFailed: record.printError !== undefined,
    });
  }
  return items.sort((a, b) => Number(a.faxed !== undefined) - Number(b.faxed !== undefined) || b.written.iso.localeCompare(a.written.iso));
}

// Why: the page serves a case's fax PDF by its case ID only, from att-faxa/, so no path from a request reaches the disk.
export function faxPdfPath(ctx: Pick<WebContext, 'home'>, caseId: string): string {
  return path.join(ctx.home.faxOut, `${caseId}.pdf`);
}
