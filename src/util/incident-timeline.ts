import type { Incident, IncidentEntry } from '../store/incident-rows.js';
import { fillPlaceholders } from '../messages.js';

/** templates/incident.sv.json */
export interface IncidentPhrases {
  affected: Record<string, string>;
  contacts: Record<string, string>;
  entries: Record<'opened' | 'contact' | 'contactTicket' | 'transfer' | 'note' | 'persists' | 'resolved', string>;
  by: string;
  contacted: string;
  contactedNobody: string;
  ticket: string;
  state: Record<'persists' | 'resolved', string>;
  casesDuring: string;
  noCasesDuring: string;
  refusals: Record<string, string>;
}

type Time = (at: Date) => string;

// Why: the page, the command line and the morning mail tell an incident in the same words, from one template.
export function incidentTimeline(incident: Incident, phrases: IncidentPhrases, time: Time, reviewer: string): string[] {
  const by = (who: string | undefined) => (who ? fillPlaceholders(phrases.by, { by: who }) : '');
  const lines = [fillPlaceholders(phrases.entries.opened, { time: time(incident.openedAt), by: by(incident.openedBy), affected: affectedText(incident.affected, phrases) })];
  for (const entry of incident.entries) lines.push(entryLine(entry, phrases, time(entry.at), by(entry.by), reviewer));
  if (incident.resolvedAt) lines.push(fillPlaceholders(phrases.entries.resolved, { time: time(incident.resolvedAt), by: by(incident.resolvedBy) }));
  return lines;
}

// Why: "VGR-IT (ärende INC123), läkare i beredskap": whom the nurse reached, for the report's summary line.
export function contactedLine(incident: Incident, phrases: IncidentPhrases, reviewer: string): string {
  const named = incident.entries.flatMap((entry) => {
    if (entry.kind !== 'contact') return [];
    const contact = contactName(entry.contact, phrases, reviewer);
    return [entry.ticket ? fillPlaceholders(phrases.ticket, { contact, ticket: entry.ticket }) : contact];
  });
  const unique = [...new Set(named)];
  return unique.length > 0 ? fillPlaceholders(phrases.contacted, { contacts: unique.join(', ') }) : phrases.contactedNobody;
}

// Why: the affected systems as one Swedish list, in the order the nurse sees them on the page.
export function affectedText(affected: readonly string[], phrases: IncidentPhrases): string {
  return affected.map((system) => phrases.affected[system] ?? system).join(', ');
}

// Why: the routine's name for whom the nurse called, with the reviewer's configured name filled in.
export function contactName(contact: string, phrases: IncidentPhrases, reviewer: string): string {
  return fillPlaceholders(phrases.contacts[contact] ?? contact, { reviewer });
}

function entryLine(entry: IncidentEntry, phrases: IncidentPhrases, time: string, by: string, reviewer: string): string {
  switch (entry.kind) {
    case 'contact': {
      const contact = contactName(entry.contact, phrases, reviewer);
      return entry.ticket ? fillPlaceholders(phrases.entries.contactTicket, { time, contact, ticket: entry.ticket, by }) : fillPlaceholders(phrases.entries.contact, { time, contact, by });
    }
    case 'transfer':
      return fillPlaceholders(phrases.entries.transfer, { time, transfer: entry.transfer, by });
    case 'note':
      return fillPlaceholders(phrases.entries.note, { time, text: entry.text, by });
    case 'persists':
      return fillPlaceholders(phrases.entries.persists, { time, by });
  }
}
