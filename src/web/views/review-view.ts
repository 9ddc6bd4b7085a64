import { readdir } from 'node:fs/promises';
import { readJsonTemplate } from '../../fs/templates.js';
import type { JobRecord } from '../../store/job-rows.js';
import { reasonPhrase, type ReasonPhrases } from '../../util/reason-phrase.js';
import type { ShownTime, WebContext } from '../context.js';
import { shownTime } from './shown-time.js';

export interface ReviewViewItem {
  /** The note's neutral file name in manuell-granskning/ (kind, UTC stamp, job ID): never the input's name. */
  note: string;
  kind: 'referral' | 'reply';
  arrived: ShownTime;
  title: string;
  detail: string | undefined;
  action: string;
}

type Advice = Record<string, { title: string; action: string }>;

// The notes both review paths write: `remiss-` or `svar-`, a UTC stamp, then the job ID (or a random tag from the CLI).
const NOTE_NAME = /^(remiss|svar)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([A-Za-z0-9-]{1,64})\.txt$/;

// Why: what waits in manuell-granskning/, each with its reason and what to do, read from the job record, never from
// the file itself (which may hold patient data and is never served).
export async function reviewView(ctx: WebContext, now: Date): Promise<ReviewViewItem[]> {
  const [service, route, jobReasons] = await Promise.all([
    readJsonTemplate<Advice>('service-reasons.sv.json'),
    readJsonTemplate<Advice>('route-reasons.sv.json'),
    readJsonTemplate<ReasonPhrases>('job-reasons.sv.json'),
  ]);
  const names = await readdir(ctx.home.manualReview).catch(() => [] as string[]);
  const items: ReviewViewItem[] = [];
  for (const name of names.sort()) {
    const match = NOTE_NAME.exec(name);
    if (!match) continue;
    const [, prefix, y, mo, d, h, mi, s, tag] = match as unknown as string[];
    const job = ctx.store.getJob(tag!);
    const kind = prefix === 'remiss' ? 'referral' : 'reply';
    const advice = job ? adviceFor(job, service, route) : route.unreadable!;
    items.push({
      note: name,
      kind,
      arrived: shownTime(job?.receivedAt ?? new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`), now, ctx.config.mail.timeZone),
      title: advice.title,
      detail: job && job.outcome !== 'duplicate' && job.reason !== undefined ? reasonPhrase(jobReasons, job.reason) : undefined,
      action: advice.action,
    });
  }
  return items;
}

function adviceFor(job: JobRecord, service: Advice, route: Advice): { title: string; action: string } {
  const reason = job.reason ?? '';
  if (Object.hasOwn(service, reason)) return service[reason]!;
  if (job.kind === 'reply') return job.outcome === 'manual-review' && Object.hasOwn(route, reason) ? route[reason]! : service['reply-error']!;
  const outcome = job.outcome === 'duplicate' || job.outcome === 'refused' || job.outcome === 'rejected' ? job.outcome : 'error';
  return service[outcome]!;
}
