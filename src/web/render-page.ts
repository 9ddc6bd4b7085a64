import type { FastifyReply, FastifyRequest } from 'fastify';
import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import { isValidCaseId } from '../case-id/case-id.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import type { WebContext } from './context.js';
import { faxView } from './views/fax-view.js';
import { inboxView } from './views/inbox-view.js';
import { reviewView } from './views/review-view.js';
import { waitingView } from './views/waiting-view.js';

export type PageKey = 'nu' | 'att-faxa' | 'vantar' | 'granskning' | 'inkorg' | 'handelselogg' | 'rutinkort' | 'logga-in' | 'not-found' | 'refused';
type PageText = Record<PageKey, { path: string; title: string; nav: string }>;
const NAV: readonly PageKey[] = ['nu', 'att-faxa', 'vantar', 'granskning', 'inkorg', 'handelselogg', 'rutinkort'];

/** The counts every page shows in its navigation, and the Nu view in full. */
export interface Counts {
  toFax: number;
  waiting: number;
  overdue: number;
  review: number;
  inbox: number;
  /** A problem is recorded in the incident log and not yet resolved. */
  incidentOpen: boolean;
}

// Why: one count of each list per request, so the navigation and the Nu view never disagree.
export async function countAll(ctx: WebContext, now: Date): Promise<Counts> {
  const [fax, review, inbox] = await Promise.all([faxView(ctx, now), reviewView(ctx, now), inboxView(ctx, now)]);
  const waiting = waitingView(ctx, now);
  return { toFax: fax.filter((item) => !item.faxed).length, waiting: waiting.length, overdue: waiting.filter((item) => item.overdue).length, review: review.length, inbox: inbox.length, incidentOpen: ctx.store.currentIncident() !== undefined };
}

// Why: every page is the same frame (title, navigation with counts, the notice of the last action, CSRF token,
// self-refresh) around one view; the frame's words come from templates/web/.
export async function renderPage(
  ctx: WebContext & { loginRequired: boolean },
  request: FastifyRequest,
  reply: FastifyReply,
  page: PageKey,
  data: Record<string, unknown>,
): Promise<FastifyReply> {
  const now = new Date();
  const pages = await readJsonTemplate<PageText>('web/pages.sv.json');
  const showNav = !ctx.loginRequired || request.session.user !== undefined;
  const counts = showNav ? await countAll(ctx, now) : undefined;
  const alerts: Partial<Record<PageKey, [number, boolean]>> = counts
    ? { 'att-faxa': [counts.toFax, counts.toFax > 0], vantar: [counts.waiting, counts.overdue > 0], granskning: [counts.review, counts.review > 0], inkorg: [counts.inbox, false], ...(counts.incidentOpen ? { handelselogg: [1, true] as [number, boolean] } : {}) }
    : {};
  const frame = {
    title: pages[page].title,
    unit: ctx.config.sender.unit,
    reviewer: ctx.config.teleconsult.name,
    nav: showNav ? NAV.map((key) => ({ href: pages[key].path, label: pages[key].nav, current: key === page, count: alerts[key]?.[0], alert: alerts[key]?.[1] ?? false })) : undefined,
    user: request.session.user,
    notice: await noticeFrom(request.query),
    refreshSeconds: page === 'logga-in' ? 0 : ctx.config.web.refreshSeconds,
    shownAt: formatSwedishTime(now, ctx.config.mail.timeZone),
    counts,
    alertAfterMinutes: ctx.config.mail.alertAfterMinutes,
  };
  // A token (and so a session) only for a page that shows a form: a monitor polling the Nu view leaves no sessions.
  return reply.view(`${page}.eta`, { ...frame, ...data, csrf: () => reply.generateCsrf() });
}

// The notice after an action travels as a code and a case ID in the query; anything else in the query is ignored.
async function noticeFrom(query: unknown): Promise<{ kind: 'ok' | 'error'; text: string } | undefined> {
  const { klart, fel, arende, tid, jobb } = (query ?? {}) as Record<string, string | undefined>;
  const code = klart ?? fel;
  if (code === undefined) return undefined;
  const notices = await readJsonTemplate<Record<string, string>>('web/notices.sv.json');
  if (!Object.hasOwn(notices, code)) return undefined;
  const caseId = arende !== undefined && isValidCaseId(arende) ? arende : '';
  const time = tid !== undefined && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(tid) ? tid : '';
  const printJob = jobb !== undefined && /^[\w.-]{1,64}$/.test(jobb) ? jobb : '';
  const text = fillPlaceholders(notices[code]!, { caseId, time, printJob }).replace(/\s+/g, ' ').trim();
  return { kind: fel !== undefined ? 'error' : 'ok', text };
}
