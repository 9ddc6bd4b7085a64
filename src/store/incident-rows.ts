import type { Database } from './sqlite-driver.js';
import { optionalDate, optionalText } from './column-values.js';

/** What the nurse says is broken: the routine's systems and the link to the external reviewer. */
export const AFFECTED_SYSTEMS = ['link', 'ris', 'pacs', 'mei', 'image-transfer'] as const;
export type AffectedSystem = (typeof AFFECTED_SYSTEMS)[number];

/** Whom the routine says to call: the reviewer's coordinator, VGR-IT, the radiologist on call. */
export const CONTACTS = ['teleconsult', 'vgr-it', 'on-call'] as const;
export type Contact = (typeof CONTACTS)[number];

/** One timestamped line of an incident; `text` is free text that passed the identifier screen before it was stored. */
export type IncidentEntry = { at: Date; by: string | undefined } & (
  | { kind: 'contact'; contact: Contact; ticket: string | undefined }
  | { kind: 'transfer'; transfer: string }
  | { kind: 'note'; text: string }
  | { kind: 'persists' }
);

export interface Incident {
  incidentId: number;
  openedAt: Date;
  openedBy: string | undefined;
  affected: AffectedSystem[];
  /** When someone recorded "Problemet är löst"; absent while the problem lasts. */
  resolvedAt: Date | undefined;
  resolvedBy: string | undefined;
  entries: IncidentEntry[];
}

export interface IncidentRows {
  /** Open the night's incident; undefined (nothing written) when one is already open. */
  openIncident(opened: { at: Date; by: string | undefined; affected: readonly AffectedSystem[] }): number | undefined;
  /** The incident not yet resolved, if any. */
  currentIncident(): Incident | undefined;
  addIncidentEntry(incidentId: number, entry: IncidentEntry): void;
  /** Record "Problemet är löst"; false when the incident was already resolved. */
  resolveIncident(incidentId: number, mark: { at: Date; by: string | undefined }): boolean;
  /** Incidents that overlap [since, until): opened before `until` and not resolved before `since`; oldest first. */
  listIncidents(since: Date, until: Date): Incident[];
}

// Incidents and their entries: who noticed what, whom they called, and whether it was solved, with times and initials.
export function incidentRows(db: Database): IncidentRows {
  const insert = db.prepare('INSERT INTO incidents (opened_at, opened_by, affected) VALUES (?, ?, ?)');
  const open = db.prepare('SELECT * FROM incidents WHERE resolved_at IS NULL ORDER BY opened_at DESC LIMIT 1');
  const overlapping = db.prepare('SELECT * FROM incidents WHERE opened_at < ? AND (resolved_at IS NULL OR resolved_at >= ?) ORDER BY opened_at');
  const insertEntry = db.prepare('INSERT INTO incident_entries (incident_id, at, by_whom, kind, contact, ticket, transfer, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const entries = db.prepare('SELECT * FROM incident_entries WHERE incident_id = ? ORDER BY at, entry_id');
  const resolve = db.prepare('UPDATE incidents SET resolved_at = ?, resolved_by = ? WHERE incident_id = ? AND resolved_at IS NULL');
  const openOnce = db.transaction((opened: { at: Date; by: string | undefined; affected: readonly AffectedSystem[] }) => {
    if (open.get()) return undefined;
    return Number(insert.run(opened.at.toISOString(), opened.by ?? null, JSON.stringify(opened.affected)).lastInsertRowid);
  });
  const toIncident = (row: Record<string, string | number | null>): Incident => ({
    incidentId: Number(row.incident_id),
    openedAt: new Date(String(row.opened_at)),
    openedBy: optionalText(row.opened_by),
    affected: JSON.parse(String(row.affected)) as AffectedSystem[],
    resolvedAt: optionalDate(row.resolved_at),
    resolvedBy: optionalText(row.resolved_by),
    entries: (entries.all(row.incident_id) as Record<string, string | number | null>[]).map(toEntry),
  });
  return {
    openIncident: (opened) => openOnce(opened),
    currentIncident() {
      const row = open.get() as Record<string, string | number | null> | undefined;
      return row ? toIncident(row) : undefined;
    },
    addIncidentEntry(incidentId, entry) {
      const detail = {
        contact: entry.kind === 'contact' ? entry.contact : null,
        ticket: entry.kind === 'contact' ? (entry.ticket ?? null) : null,
        transfer: entry.kind === 'transfer' ? entry.transfer : null,
        text: entry.kind === 'note' ? entry.text : null,
      };
      insertEntry.run(incidentId, entry.at.toISOString(), entry.by ?? null, entry.kind, detail.contact, detail.ticket, detail.transfer, detail.text);
    },
    resolveIncident: (incidentId, mark) => resolve.run(mark.at.toISOString(), mark.by ?? null, incidentId).changes === 1,
    listIncidents: (since, until) => (overlapping.all(until.toISOString(), since.toISOString()) as Record<string, string | number | null>[]).map(toIncident),
  };
}

function toEntry(row: Record<string, string | number | null>): IncidentEntry {
  const base = { at: new Date(String(row.at)), by: optionalText(row.by_whom) };
  switch (row.kind) {
    case 'contact':
      return { ...base, kind: 'contact', contact: String(row.contact) as Contact, ticket: optionalText(row.ticket) };
    case 'transfer':
      return { ...base, kind: 'transfer', transfer: String(row.transfer) };
    case 'note':
      return { ...base, kind: 'note', text: String(row.text) };
    default:
      return { ...base, kind: 'persists' };
  }
}
