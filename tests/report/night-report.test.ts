import { beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { routineWarning } from '../../src/config/routine-warning.js';
import { deliverOutbox, enqueueReport } from '../../src/mail/index.js';
import { buildNightReport } from '../../src/report/index.js';
import { openCaseStore, type CaseStore } from '../../src/store/case-store.js';
import { seedHome } from '../../eval/route/seed-home.js';
import { at, caseId, mailConfig } from '../helpers/mail-fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';

const FAXED = caseId('K7PX3');
const WAITING = caseId('HMN46');
const NO_UNIT = caseId('ACEFH');
const OLD = caseId('TUVWX');
const since = at('2026-11-25T17:00');
const now = at('2026-11-26T06:00');

let store: CaseStore;

// The night of 25–26 November, seeded through the real store API as the service and the commands leave it.
beforeEach(async () => {
  const root = await makeTempDir();
  const home = await seedHome(root, [
    { caseId: OLD, unit: 'Ortopedmottagningen', createdAt: at('2026-11-25T10:00') },
    { caseId: FAXED, unit: 'Akutmottagningen NÄL', createdAt: at('2026-11-26T01:12') },
    { caseId: WAITING, unit: 'Kirurgi <Avd 12> & "IVA"', createdAt: at('2026-11-26T02:30') },
    { caseId: NO_UNIT, createdAt: at('2026-11-26T03:00') },
  ]);
  store = openCaseStore(home.storeFile);
  store.recordPrint(NO_UNIT, { error: 'lp: printer Fax-NAL is not accepting jobs' });
  store.recordFaxed(FAXED, { at: at('2026-11-26T01:15'), by: 'AB' });
  store.recordOralReply(WAITING, { at: at('2026-11-26T04:00') });
  store.claimReply({ caseId: FAXED, receivedAt: at('2026-11-26T02:05'), kind: 'reply', pages: 2, inboxPath: path.join(root, 'ris-admin', `${FAXED}-utlatande.pdf`), unitCopyPath: undefined }, ['awaiting-reply'], 1);
  const jobs: [string, 'referral' | 'reply', string, 'faxed' | 'rejected' | 'refused' | 'manual-review', string | undefined][] = [
    ['j-faxed', 'referral', '2026-11-26T01:11', 'faxed', undefined],
    ['j-rejected', 'referral', '2026-11-26T03:10', 'rejected', 'not-pdf'],
    ['j-refused', 'referral', '2026-11-26T03:20', 'refused', 'identifier-remains'],
    ['j-review', 'reply', '2026-11-26T04:00', 'manual-review', 'no-case-id'],
  ];
  for (const [jobId, kind, time, outcome, reason] of jobs) {
    store.insertJob({ jobId, kind, receivedAt: at(time), contentHash: `hash-${jobId}`, claimPath: path.join(root, 'state', 'Andersson remiss.pdf') });
    store.finishJob(jobId, outcome === 'faxed' ? 'done' : 'failed', outcome, reason, at(time));
  }
  const crashed = store.startRun(100, at('2026-11-25T16:00'));
  store.heartbeat(crashed, at('2026-11-26T01:40'));
  const running = store.startRun(101, at('2026-11-26T01:50'));
  store.heartbeat(running, at('2026-11-26T05:59'));
  return () => store.close();
});

describe('the night report', () => {
  it('says in its Swedish subject what happened and lists every case, reply, review, failure and outage', async () => {
    const report = await buildNightReport({ store, config: mailConfig(25), since, now });
    expect(report.subject).toBe(
      'Reservfax NÄL: 3 remisser faxade, 1 svar mottaget, 3 svar saknas, 1 svar till manuell granskning, 3 fel, tjänsten låg nere',
    );
    const text = report.text;
    expect(text).toContain('Period: 2026-11-25 18:00 – 2026-11-26 07:00.');
    expect(text).toContain('Reservrutinen användes mellan 2026-11-26 02:15 och 2026-11-26 04:20.');
    expect(text).toContain(`${FAXED}: faxad 2026-11-26 02:15 (sign. AB), 2 sidor, Akutmottagningen NÄL`);
    expect(text).toContain(`${FAXED}: svar mottaget 2026-11-26 03:05, 50 min efter faxningen, Akutmottagningen NÄL`);
    expect(text).toContain('2026-11-26 05:00: inget ärende-ID hittades (jobb j-review, se mappen manuell-granskning)');
    expect(text).toContain(`${WAITING}: faxad 2026-11-26 03:30 (faxtiden inte registrerad: tiden då faxfilen skapades), har väntat 3 h 30 min, Kirurgi <Avd 12> & "IVA"; muntligt svar lämnat till remittenten 2026-11-26 05:00`);
    expect(text).toContain(`${NO_UNIT}: faxad 2026-11-26 04:00 (faxtiden inte registrerad: tiden då faxfilen skapades), har väntat 3 h 0 min, okänd enhet`);
    expect(text).toContain(`${OLD}: faxad 2026-11-25 11:00 (faxtiden inte registrerad: tiden då faxfilen skapades), har väntat 20 h 0 min, Ortopedmottagningen`);
    expect(text).toContain('2026-11-26 04:10: en remiss avvisades och faxades inte: filen är inte en PDF (jobb j-rejected)');
    expect(text).toContain('2026-11-26 04:20: en remiss stoppades, anonymiseringen kunde inte kontrolleras: en personuppgift kunde finnas kvar (jobb j-refused)');
    expect(text).toContain(`${NO_UNIT}: utskriften till faxen misslyckades (2026-11-26 04:00), okänd enhet: PDF-filen måste faxas för hand`);
    expect(text).toContain('Tjänsten avbröts oväntat 2026-11-26 02:40 och startade igen 2026-11-26 02:50.');
    expect(text).not.toMatch(/Andersson|\.pdf|\/tmp|Fax-NAL|utlatande/);
    expect(report.facts.activity).toBe(true);
  });

  it('is mailed as plain text and escaped HTML with the same content to the administrators', async () => {
    const sink = await startSmtpSink();
    try {
      const config = mailConfig(sink.port);
      const report = await buildNightReport({ store, config, since, now });
      expect(enqueueReport(store, config, report, 'report:2026-11-26', now)).toBe(true);
      expect(await deliverOutbox({ store, config, now })).toEqual({ sent: 1, failed: 0, undelivered: 0 });
      expect(sink.received).toHaveLength(1);
      const { parsed, envelopeTo } = sink.received[0]!;
      expect(envelopeTo).toEqual(['nu.radiologen.administratorer@vgregion.se']);
      expect(parsed.subject).toBe(report.subject);
      expect(parsed.from?.value).toEqual([{ name: 'Reservfax NÄL', address: 'reservfax@localhost.localdomain' }]);
      expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
      expect(parsed.text?.trim()).toBe(report.text.trim());
      const html = String(parsed.html);
      expect(html).toContain(`<li>${WAITING}: faxad 2026-11-26 03:30 (faxtiden inte registrerad: tiden då faxfilen skapades), har väntat 3 h 30 min, Kirurgi &#60;Avd 12&#62; &#38; &#34;IVA&#34;; muntligt svar lämnat till remittenten 2026-11-26 05:00</li>`);
      expect(html).not.toContain('<Avd 12>');
      expect(html).toContain('<h3>Fel (3)</h3>');
      expect(html).toContain('Tjänsten avbröts oväntat 2026-11-26 02:40 och startade igen 2026-11-26 02:50.');
    } finally {
      await sink.close();
    }
  });

  it('goes to the configured recipients instead when mail.to is set', async () => {
    const sink = await startSmtpSink();
    try {
      const config = mailConfig(sink.port, { to: ['ris-admin@example.se', 'it-jour@example.se'], from: 'reservfax@nal.example.se' });
      enqueueReport(store, config, await buildNightReport({ store, config, since, now }), 'report:x', now);
      await deliverOutbox({ store, config, now });
      expect(sink.received[0]!.envelopeTo).toEqual(['ris-admin@example.se', 'it-jour@example.se']);
      expect(sink.received[0]!.parsed.from?.value[0]?.address).toBe('reservfax@nal.example.se');
    } finally {
      await sink.close();
    }
  });

  it('says "ingen aktivitet" for a quiet period', async () => {
    const report = await buildNightReport({ store, config: mailConfig(25), since: at('2026-11-26T05:00'), now: at('2026-11-26T06:00') });
    expect(report.facts.activity).toBe(false);
    expect(report.subject).toBe('Reservfax NÄL: 3 svar saknas');
    const quiet = await buildNightReport({ store, config: mailConfig(25), since: at('2026-11-24T06:00'), now: at('2026-11-24T07:00') });
    expect(quiet.subject).toBe('Reservfax NÄL: ingen aktivitet');
    expect(quiet.text).toContain('Reservrutinen användes inte under perioden.');
    expect(quiet.text).toContain('Tjänsten (reservfax start) har inte körts');
  });

  it('warns that the routine must be reviewed once its validity date has passed', async () => {
    const config = mailConfig(25, {}, { routine: { validUntil: '2026-11-25' } });
    expect(routineWarning(config, at('2026-11-25T22:59'))).toBeUndefined();
    const warning = routineWarning(config, at('2026-11-25T23:00'));
    expect(warning).toMatch(/^Rutinen NU10095-1819752655-434 version 8\.0 gick ut 2026-11-25 och måste ses över/);
    const report = await buildNightReport({ store, config, since, now });
    expect(report.subject).toMatch(/, rutinen har gått ut$/);
    expect(report.text).toContain(`VARNING: ${warning}`);
    expect(routineWarning(mailConfig(25), now)).toBeUndefined();
  });
});
