import { listInbox } from '../../inbox/index.js';
import type { ReplyKind } from '../../store/reply-rows.js';
import type { ShownTime, WebContext } from '../context.js';
import { shownTime } from './shown-time.js';

export interface InboxViewItem {
  caseId: string;
  kind: ReplyKind;
  received: ShownTime;
  unit: string | undefined;
}

// Why: the administrators' pending replies, the same list as `reservfax inbox`, without file paths.
export async function inboxView(ctx: WebContext, now: Date): Promise<InboxViewItem[]> {
  const items = await listInbox({ home: ctx.home, store: ctx.store, now });
  return items.map((item) => ({
    caseId: item.caseId,
    kind: item.kind,
    received: shownTime(item.receivedAt, now, ctx.config.mail.timeZone),
    unit: item.referringUnit,
  }));
}
