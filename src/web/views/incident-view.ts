import { readJsonTemplate } from '../../fs/templates.js';
import { AFFECTED_SYSTEMS, CONTACTS, type Incident } from '../../store/incident-rows.js';
import { affectedText, contactName, incidentTimeline, type IncidentPhrases } from '../../util/incident-timeline.js';
import { formatSwedishTime } from '../../util/swedish-time.js';
import type { ShownTime, WebContext } from '../context.js';
import { shownTime } from './shown-time.js';

export interface IncidentView {
  current: { openedAt: ShownTime; affected: string; timeline: string[] } | undefined;
  /** Incidents resolved during the last day, newest first, for the hand-over. */
  resolved: { openedAt: ShownTime; resolvedAt: ShownTime; affected: string; timeline: string[] }[];
  systems: { value: string; label: string }[];
  contacts: { value: string; label: string }[];
  transfers: { value: number; label: string; note: string | undefined }[];
}

const DAY_MS = 24 * 3600_000;

// Why: the incident log as the nurse keeps it: the open problem's timeline and the forms to add to it, or the form to
// open one; the choices come from the routine (config), the words from templates/incident.sv.json.
export async function incidentView(ctx: WebContext, now: Date): Promise<IncidentView> {
  const phrases = await readJsonTemplate<IncidentPhrases>('incident.sv.json');
  const { config } = ctx;
  const zone = config.mail.timeZone;
  const timeline = (incident: Incident) => incidentTimeline(incident, phrases, (at) => formatSwedishTime(at, zone), config.teleconsult.name);
  const current = ctx.store.currentIncident();
  const resolved = ctx.store
    .listIncidents(new Date(now.getTime() - DAY_MS), now)
    .filter((incident) => incident.resolvedAt !== undefined)
    .reverse();
  return {
    current: current ? { openedAt: shownTime(current.openedAt, now, zone), affected: affectedText(current.affected, phrases), timeline: timeline(current) } : undefined,
    resolved: resolved.map((incident) => ({
      openedAt: shownTime(incident.openedAt, now, zone),
      resolvedAt: shownTime(incident.resolvedAt!, now, zone),
      affected: affectedText(incident.affected, phrases),
      timeline: timeline(incident),
    })),
    systems: AFFECTED_SYSTEMS.map((value) => ({ value, label: phrases.affected[value]! })),
    contacts: CONTACTS.map((value) => ({ value, label: contactName(value, phrases, config.teleconsult.name) })),
    transfers: config.routine.imageTransfer.map((t, i) => ({ value: i + 1, label: t.name, note: t.note })),
  };
}
