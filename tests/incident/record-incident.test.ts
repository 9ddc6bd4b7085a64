import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inventPerson } from '../../fixtures/lib/people.js';
import { rngFor } from '../../fixtures/lib/prng.js';
import { recordIncident, type IncidentAction } from '../../src/incident/index.js';
import { deliverOutbox, queueIncidentMail } from '../../src/mail/index.js';
import { buildNightReport } from '../../src/report/index.js';
import { openCaseStore, type CaseStore } from '../../src/store/case-store.js';
import { at, caseId, mailConfig } from '../helpers/mail-fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

const patient = inventPerson(rngFor('incident-record-patient'));
const PNR = patient.pnr.format('YYYYMMDD-NNNN');
let store: CaseStore;
let sink: SmtpSink;

beforeEach(async () => {
  store = openCaseStore(path.join(await makeTempDir(), 'cases.sqlite'));
  sink = await startSmtpSink();
});

afterEach(async () => {
  store.close();
  await sink.close();
});

const record = (action: IncidentAction, time: string, by?: string) => recordIncident({ store, config: mailConfig(sink.port), action, by, now: at(time) });

function addCase(id: string, time: string): void {
  store.insertCase({ caseId: id, createdAt: at(time), status: 'awaiting-reply', referringUnit: 'Akutmottagningen NÄL', accessionNumber: undefined, pages: 2, redactionCounts: {}, originalPath: '/x', outputPath: '/y' });
}

describe('the incident log', () => {
  it('keeps the night\'s timeline with times and initials, and refuses a second open problem', async () => {
    expect(await record({ kind: 'open', affected: ['link', 'pacs'] }, '2026-11-26T01:40', 'AB')).toMatchObject({ status: 'recorded', opened: true });
    expect(await record({ kind: 'open', affected: ['ris'] }, '2026-11-26T01:45')).toMatchObject({ status: 'refused', reason: 'already-open' });
    await record({ kind: 'contact', contact: 'teleconsult' }, '2026-11-26T01:50', 'AB');
    expect(await record({ kind: 'contact', contact: 'vgr-it', ticket: 'INC 0099887' }, '2026-11-26T01:52', 'AB')).toMatchObject({ status: 'recorded' });
    await record({ kind: 'contact', contact: 'vgr-it', ticket: 'INC0123456' }, '2026-11-26T01:55', 'AB');
    await record({ kind: 'transfer', transfer: 'BFR, där granskaren hämtar bilderna' }, '2026-11-26T02:10');
    await record({ kind: 'note', text: 'Länken nere,\nTeleconsult har inte fått bilderna.' }, '2026-11-26T02:20', 'CD');
    await record({ kind: 'handover', resolved: false }, '2026-11-26T05:50', 'CD');
    const incident = store.currentIncident()!;
    expect(incident).toMatchObject({ openedBy: 'AB', affected: ['link', 'pacs'], resolvedAt: undefined });
    expect(incident.entries.map((e) => [e.kind, e.by, e.at.toISOString()])).toEqual([
      ['contact', 'AB', '2026-11-26T01:50:00.000Z'],
      ['contact', 'AB', '2026-11-26T01:52:00.000Z'],
      ['contact', 'AB', '2026-11-26T01:55:00.000Z'],
      ['transfer', undefined, '2026-11-26T02:10:00.000Z'],
      ['note', 'CD', '2026-11-26T02:20:00.000Z'],
      ['persists', 'CD', '2026-11-26T05:50:00.000Z'],
    ]);
    expect(incident.entries[4]).toMatchObject({ text: 'Länken nere, Teleconsult har inte fått bilderna.' });
    await record({ kind: 'handover', resolved: true }, '2026-11-26T06:30', 'EF');
    expect(store.currentIncident()).toBeUndefined();
    expect(await record({ kind: 'note', text: 'Efteråt' }, '2026-11-26T06:40')).toMatchObject({ status: 'refused', reason: 'none-open' });
  });

  it('stores nothing when a note or a ticket number holds a patient identifier, and says so in Swedish', async () => {
    await record({ kind: 'open', affected: ['link'] }, '2026-11-26T01:40');
    for (const action of [
      { kind: 'note', text: `Remissen för ${PNR} är faxad.` },
      { kind: 'note', text: `Ringde ${patient.firstName} ${patient.surname}s anhöriga.` },
      { kind: 'contact', contact: 'vgr-it', ticket: patient.pnr.format('YYYYMMDDNNNN') },
    ] as IncidentAction[]) {
      const outcome = await record(action, '2026-11-26T02:00');
      expect(outcome).toMatchObject({ status: 'refused', reason: 'patient-data' });
      expect(outcome.status === 'refused' && outcome.message).toMatch(/^Skriv inga patientuppgifter i händelseloggen/);
    }
    expect(store.currentIncident()!.entries).toEqual([]);
  });

  it('refuses choices the routine does not offer', async () => {
    expect(await record({ kind: 'open', affected: [] }, '2026-11-26T01:40')).toMatchObject({ reason: 'no-affected' });
    expect(await record({ kind: 'open', affected: ['link', 'printer'] }, '2026-11-26T01:40')).toMatchObject({ reason: 'no-affected' });
    await record({ kind: 'open', affected: ['mei'] }, '2026-11-26T01:40');
    expect(await record({ kind: 'transfer', transfer: 'USB-minne' }, '2026-11-26T01:50')).toMatchObject({ reason: 'unknown-transfer' });
    expect(await record({ kind: 'contact', contact: 'granne' }, '2026-11-26T01:50')).toMatchObject({ reason: 'unknown-contact' });
    expect(await record({ kind: 'contact', contact: 'vgr-it', ticket: 'INC 12; DROP' }, '2026-11-26T01:50')).toMatchObject({ reason: 'bad-ticket' });
    expect(await record({ kind: 'contact', contact: 'vgr-it', ticket: `INC${'0'.repeat(30)}` }, '2026-11-26T01:50')).toMatchObject({ reason: 'bad-ticket' });
    expect(await record({ kind: 'note', text: '   ' }, '2026-11-26T01:50')).toMatchObject({ reason: 'empty' });
    expect(await record({ kind: 'note', text: 'x'.repeat(501) }, '2026-11-26T01:50')).toMatchObject({ reason: 'too-long' });
    expect(store.currentIncident()!.entries).toEqual([]);
  });

  it('mails the administrators at once when a problem is opened, through a real SMTP server, and not when mail.incidentMail is off', async () => {
    await record({ kind: 'open', affected: ['link', 'image-transfer'] }, '2026-11-26T01:40', 'AB');
    expect(await queueIncidentMail(store, mailConfig(sink.port, { incidentMail: false }), at('2026-11-26T01:40'))).toBe(false);
    expect(await queueIncidentMail(store, mailConfig(sink.port), at('2026-11-26T01:40'))).toBe(true);
    expect(await queueIncidentMail(store, mailConfig(sink.port), at('2026-11-26T01:41'))).toBe(false);
    expect(await deliverOutbox({ store, config: mailConfig(sink.port), now: at('2026-11-26T01:41') })).toMatchObject({ sent: 1, undelivered: 0 });
    const mail = sink.received[0]!.parsed;
    expect(mail.subject).toBe('PROBLEM Reservfax NÄL: länken till extern granskare, bildöverföringen');
    expect(mail.text).toContain('2026-11-26 02:40 registrerades ett problem i händelseloggen');
    expect(sink.received[0]!.envelopeTo).toEqual(['nu.radiologen.administratorer@vgregion.se']);
  });

  it('opens the morning report with what happened, marks it KVARSTÅR while unresolved, and lists the cases faxed meanwhile', async () => {
    const config = mailConfig(sink.port);
    const [before, during] = [caseId('BEF0R'), caseId('DUR1N')];
    addCase(before, '2026-11-26T00:30');
    await record({ kind: 'open', affected: ['link'] }, '2026-11-26T01:40', 'AB');
    addCase(during, '2026-11-26T02:30');
    await record({ kind: 'contact', contact: 'vgr-it', ticket: 'INC0123456' }, '2026-11-26T01:55', 'AB');
    await record({ kind: 'note', text: 'Bilderna skickade direkt från CT.' }, '2026-11-26T02:35');
    const open = await buildNightReport({ store, config, since: at('2026-11-25T18:00'), now: at('2026-11-26T06:00') });
    expect(open.subject).toBe('Reservfax NÄL: KVARSTÅR: länken till extern granskare, 2 remisser faxade, 2 svar saknas');
    const lines = open.text.split('\n');
    expect(lines.indexOf('Vad hände i natt')).toBeLessThan(lines.findIndex((l) => l.startsWith('Faxade remisser')));
    expect(open.text).toContain('- 2026-11-26 02:40 Problem upptäckt (sign. AB): länken till extern granskare.');
    expect(open.text).toContain('- 2026-11-26 02:55 Kontaktade VGR-IT, ärendenummer INC0123456 (sign. AB).');
    expect(open.text).toContain('- Kontaktade: VGR-IT (ärende INC0123456).');
    expect(open.text).toContain(`- Faxade under problemet: ${during}.`);
    expect(open.text).toContain('- KVARSTÅR: problemet var inte löst 2026-11-26 07:00.');
    expect(open.facts.incidents[0]).toMatchObject({ persists: true, casesDuring: [during] });

    await record({ kind: 'handover', resolved: true }, '2026-11-26T05:00', 'CD');
    const solved = await buildNightReport({ store, config, since: at('2026-11-25T18:00'), now: at('2026-11-26T06:00') });
    expect(solved.subject).toMatch(/^Reservfax NÄL: problem i natt \(löst\), /);
    expect(solved.text).toContain('- 2026-11-26 06:00 Problemet är löst (sign. CD).');
    expect(solved.text).toContain('- Löst 2026-11-26 06:00.');
    const earlier = await buildNightReport({ store, config, since: at('2026-11-25T18:00'), now: at('2026-11-26T04:00') });
    expect(earlier.subject).toMatch(/KVARSTÅR/);
  });
});
