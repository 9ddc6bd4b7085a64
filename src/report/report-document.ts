import type { Config } from '../config/schema.js';
import { formatAge } from '../util/format-age.js';
import { countPhrase, type MailDocument, type MailSection } from '../util/mail-document.js';
import { reasonPhrase, type ReasonPhrases } from '../util/reason-phrase.js';
import { affectedText, contactedLine, incidentTimeline, type IncidentPhrases } from '../util/incident-timeline.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import type { IncidentFacts, NightReportFacts } from './collect-facts.js';
import type { Interruption } from './service-downtime.js';
import { fillPlaceholders } from '../messages.js';

type Pair = [string, string];
type SectionName = 'incidents' | 'faxed' | 'replies' | 'manualReview' | 'waiting' | 'failures' | 'service';

/** templates/night-report.sv.json */
export interface ReportPhrases {
  subject: { prefix: string; none: string; down: string; routineExpired: string; persists: string; incident: string } & Record<'faxed' | 'replies' | 'waiting' | 'manualReview' | 'failures', Pair>;
  title: string;
  period: string;
  used: string;
  notUsed: string;
  summary: string;
  warning: string;
  headings: Record<SectionName, string>;
  empty: Record<SectionName, string>;
  rows: Record<string, string>;
  unknownUnit: string;
  notes: { faxTimeGuessed: string; faxedBy: string; oralReply: string };
  incidentSeparator: string;
  footer: string[];
}

// Whether the fax time was recorded by a person (and by whom) or is the time the fax PDF was written.
function faxTimeNote(fax: { recorded: boolean; by: string | undefined }, phrases: ReportPhrases): string {
  if (!fax.recorded) return phrases.notes.faxTimeGuessed;
  return fax.by ? fillPlaceholders(phrases.notes.faxedBy, { by: fax.by }) : '';
}

// Turn the facts into the subject and the lines of the mail: every word comes from the template, every value is a fact.
export function describeFacts(
  facts: NightReportFacts,
  config: Config,
  phrases: ReportPhrases,
  reasons: ReasonPhrases,
  incidentPhrases: IncidentPhrases,
): { subject: string; doc: MailDocument } {
  const time = (at: Date) => formatSwedishTime(at, config.mail.timeZone);
  const unit = (value: string | undefined) => value ?? phrases.unknownUnit;
  const row = (name: string, values: Record<string, string | number>) => fillPlaceholders(phrases.rows[name]!, values);
  const section = (name: SectionName, rows: string[]): MailSection => ({
    heading: fillPlaceholders(phrases.headings[name], { n: rows.length }),
    rows,
    empty: phrases.empty[name],
  });
  const failures = [
    ...facts.failures.map((f) => {
      const name = f.outcome === 'error' ? (f.kind === 'referral' ? 'referralError' : 'replyError') : f.outcome;
      return row(name, { time: time(f.at), reason: reasonPhrase(reasons, f.reason), jobId: f.jobId });
    }),
    ...facts.printFailures.map((p) => row('printFailed', { caseId: p.caseId, time: time(p.at), unit: unit(p.unit) })),
  ];
  const parts = [...incidentParts(facts.incidents, phrases, incidentPhrases), ...subjectParts(facts, phrases, failures.length)];
  const intro = [fillPlaceholders(phrases.period, { since: time(facts.since), until: time(facts.until) }), usedLine(facts, phrases, time)];
  if (parts.length > 0) intro.push(fillPlaceholders(phrases.summary, { parts: parts.join(', ') }));
  if (facts.routineWarning) intro.unshift(fillPlaceholders(phrases.warning, { text: facts.routineWarning }));
  const doc: MailDocument = {
    title: fillPlaceholders(phrases.title, { unit: config.sender.unit }),
    intro,
    sections: [
      section('incidents', facts.incidents.flatMap((incident, i) => [...(i > 0 ? [phrases.incidentSeparator] : []), ...incidentRows(incident, facts.until, config, incidentPhrases, time)])),
      section('faxed', facts.faxed.map((f) => row('faxed', { caseId: f.caseId, time: time(f.at), timeNote: faxTimeNote(f, phrases), pages: f.pages, unit: unit(f.unit) }))),
      section('replies', facts.replies.map((r) => row(r.kind, { caseId: r.caseId, time: time(r.at), after: formatAge(r.faxedAt, r.at), unit: unit(r.unit) }))),
      section('manualReview', facts.manualReview.map((m) => row('manualReview', { time: time(m.at), reason: reasonPhrase(reasons, m.reason), jobId: m.jobId, folder: config.folders.manualReview }))),
      section('waiting', facts.waiting.map((w) => row('waiting', {
        caseId: w.caseId,
        time: time(w.faxedAt),
        timeNote: faxTimeNote({ recorded: w.recorded, by: undefined }, phrases),
        age: formatAge(w.faxedAt, facts.until),
        unit: unit(w.unit),
        oralNote: w.oralReplyAt ? fillPlaceholders(phrases.notes.oralReply, { time: time(w.oralReplyAt) }) : '',
      }))),
      section('failures', failures),
      section('service', facts.serviceUsed ? facts.interruptions.map((i) => interruptionRow(i, row, time)) : [phrases.rows.neverRan!]),
    ],
    footer: phrases.footer.map((line) =>
      fillPlaceholders(line, { manualReviewFolder: config.folders.manualReview, documentId: config.routine.documentId, version: config.routine.version }),
    ),
  };
  return { subject: `${phrases.subject.prefix}: ${parts.length > 0 ? parts.join(', ') : phrases.subject.none}`, doc };
}

// The night's problem leads the subject: "KVARSTÅR: länken till extern granskare" while one is not resolved.
function incidentParts(incidents: readonly IncidentFacts[], phrases: ReportPhrases, incidentPhrases: IncidentPhrases): string[] {
  const persisting = incidents.filter((incident) => incident.persists);
  if (persisting.length > 0) return [fillPlaceholders(phrases.subject.persists, { affected: affectedText([...new Set(persisting.flatMap((i) => i.affected))], incidentPhrases) })];
  return incidents.length > 0 ? [phrases.subject.incident] : [];
}

// One incident as the administrators read it: the timeline, whom the staff reached, the cases faxed meanwhile, and its state.
function incidentRows(incident: IncidentFacts, until: Date, config: Config, phrases: IncidentPhrases, time: (at: Date) => string): string[] {
  const reviewer = config.teleconsult.name;
  const cases = incident.casesDuring.length > 0 ? fillPlaceholders(phrases.casesDuring, { cases: incident.casesDuring.join(', ') }) : phrases.noCasesDuring;
  const state = incident.persists ? fillPlaceholders(phrases.state.persists, { time: time(until) }) : fillPlaceholders(phrases.state.resolved, { time: time(incident.resolvedAt!) });
  return [...incidentTimeline(incident, phrases, time, reviewer), contactedLine(incident, phrases, reviewer), cases, state];
}

function subjectParts(facts: NightReportFacts, phrases: ReportPhrases, failures: number): string[] {
  const s = phrases.subject;
  const counted: [Pair, number][] = [
    [s.faxed, facts.faxed.length],
    [s.replies, facts.replies.length],
    [s.waiting, facts.waiting.length],
    [s.manualReview, facts.manualReview.length],
    [s.failures, failures],
  ];
  const parts = counted.filter(([, n]) => n > 0).map(([forms, n]) => countPhrase(forms, n));
  if (facts.interruptions.length > 0) parts.push(s.down);
  if (facts.routineWarning) parts.push(s.routineExpired);
  return parts;
}

function usedLine(facts: NightReportFacts, phrases: ReportPhrases, time: (at: Date) => string): string {
  const times = [...facts.faxed.map((f) => f.at), ...facts.failures.filter((f) => f.kind === 'referral').map((f) => f.at)].sort((a, b) => a.getTime() - b.getTime());
  if (times.length === 0) return phrases.notUsed;
  return fillPlaceholders(phrases.used, { first: time(times[0]!), last: time(times.at(-1)!) });
}

function interruptionRow(gap: Interruption, row: (name: string, values: Record<string, string>) => string, time: (at: Date) => string): string {
  if (gap.to === undefined) return row(gap.crashed ? 'crashedStillDown' : 'stillDown', { from: time(gap.from) });
  return row(gap.crashed ? 'crashed' : 'down', { from: time(gap.from), to: time(gap.to) });
}
