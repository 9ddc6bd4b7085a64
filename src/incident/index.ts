import type { Config } from '../config/schema.js';
import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import { AFFECTED_SYSTEMS, CONTACTS, type AffectedSystem, type Contact, type IncidentRows } from '../store/incident-rows.js';
import { affectedText, contactName, type IncidentPhrases } from '../util/incident-timeline.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { holdsPatientData, routineAllowance } from './screen-text.js';

export const MAX_NOTE_LENGTH = 500;
// A ticket number as service desks write it: INC0123456, RITM-12345, "INC 0123456".
const TICKET = /^(?=.{1,30}$)[\p{L}\d]+(?:[ -][\p{L}\d]+)*$/u;

/** What a person records in the incident log, from the night page or `reservfax incident`. */
export type IncidentAction =
  | { kind: 'open'; affected: readonly string[] }
  | { kind: 'contact'; contact: string; ticket?: string | undefined }
  | { kind: 'transfer'; transfer: string }
  | { kind: 'note'; text: string }
  | { kind: 'handover'; resolved: boolean };

export interface IncidentInput {
  store: IncidentRows;
  config: Config;
  action: IncidentAction;
  /** Initials or the login name; never free text. */
  by: string | undefined;
  now: Date;
}

export type IncidentRefusal = 'patient-data' | 'already-open' | 'none-open' | 'no-affected' | 'empty' | 'too-long' | 'bad-ticket' | 'unknown-transfer' | 'unknown-contact';

export type IncidentOutcome =
  | { status: 'recorded'; incidentId: number; opened: boolean }
  | { status: 'refused'; reason: IncidentRefusal; message: string };

/**
 * Record one step of the night's incident: opened, whom the nurse called, which image path was used, a note, or the
 * state at hand-over. Nothing typed is stored before it passed the identifier screen; a refusal stores nothing and
 * says in Swedish what to change, so the page can keep the text for editing.
 */
export async function recordIncident(input: IncidentInput): Promise<IncidentOutcome> {
  const { store, config, action, by, now } = input;
  const phrases = await readJsonTemplate<IncidentPhrases>('incident.sv.json');
  const refuse = (reason: IncidentRefusal, values: Record<string, string | number> = {}): IncidentOutcome => ({ status: 'refused', reason, message: fillPlaceholders(phrases.refusals[reason]!, values) });
  const current = store.currentIncident();
  if (action.kind === 'open') {
    const affected = AFFECTED_SYSTEMS.filter((system) => action.affected.includes(system));
    if (affected.length === 0 || affected.length !== new Set(action.affected).size) return refuse('no-affected', { choices: affectedText(AFFECTED_SYSTEMS, phrases) });
    if (current) return refuse('already-open', { time: formatSwedishTime(current.openedAt, config.mail.timeZone) });
    const incidentId = store.openIncident({ at: now, by, affected: affected as AffectedSystem[] });
    if (incidentId === undefined) return refuse('already-open', { time: formatSwedishTime(now, config.mail.timeZone) });
    return { status: 'recorded', incidentId, opened: true };
  }
  if (!current) return refuse('none-open');
  const screened = (text: string) => holdsPatientData(text, routineAllowance(config, vocabulary(phrases)));
  const recorded: IncidentOutcome = { status: 'recorded', incidentId: current.incidentId, opened: false };
  switch (action.kind) {
    case 'contact': {
      if (!(CONTACTS as readonly string[]).includes(action.contact)) {
        return refuse('unknown-contact', { choices: CONTACTS.map((c) => contactName(c, phrases, config.teleconsult.name)).join(', ') });
      }
      const ticket = action.ticket?.trim() || undefined;
      if (ticket !== undefined && !TICKET.test(ticket)) return refuse('bad-ticket');
      if (ticket !== undefined && screened(ticket)) return refuse('patient-data');
      store.addIncidentEntry(current.incidentId, { kind: 'contact', contact: action.contact as Contact, ticket, at: now, by });
      return recorded;
    }
    case 'transfer': {
      const known = config.routine.imageTransfer.map((t) => t.name);
      if (!known.includes(action.transfer)) return refuse('unknown-transfer', { choices: known.join('; ') });
      store.addIncidentEntry(current.incidentId, { kind: 'transfer', transfer: action.transfer, at: now, by });
      return recorded;
    }
    case 'note': {
      const text = action.text.replace(/\s+/g, ' ').trim();
      if (text === '') return refuse('empty');
      if (text.length > MAX_NOTE_LENGTH) return refuse('too-long', { max: MAX_NOTE_LENGTH });
      if (screened(action.text)) return refuse('patient-data');
      store.addIncidentEntry(current.incidentId, { kind: 'note', text, at: now, by });
      return recorded;
    }
    case 'handover':
      if (action.resolved) store.resolveIncident(current.incidentId, { at: now, by });
      else store.addIncidentEntry(current.incidentId, { kind: 'persists', at: now, by });
      return recorded;
  }
}

// The log's own words (the systems and contacts it offers) are not a patient's name when a note repeats them.
function vocabulary(phrases: IncidentPhrases): string[] {
  return [...Object.values(phrases.affected), ...Object.values(phrases.contacts)];
}
