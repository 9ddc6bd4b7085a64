import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inventPerson } from '../../fixtures/lib/people.js';
import { rngFor } from '../../fixtures/lib/prng.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { writeServiceConfig } from '../helpers/service-process.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

const patient = inventPerson(rngFor('incident-cli-patient'));
let home: string;
let sink: SmtpSink;

beforeEach(async () => {
  sink = await startSmtpSink();
  home = await makeTempDir();
  await writeServiceConfig(home, { mail: { smtp: { host: '127.0.0.1', port: sink.port, security: 'none' } } });
});

afterEach(() => sink.close());

const cli = (...args: string[]) => runCli(['incident', ...args, '--home', home]);

describe('reservfax incident, for sites without the night page', () => {
  it('opens a problem and mails the administrators at once, adds contacts, an image path and a note, and leaves it KVARSTÅR', async () => {
    const opened = await cli('open', '--affected', 'mei,link', '--by', 'ab');
    expect(opened.code, opened.stderr).toBe(0);
    expect(opened.stdout).toContain('Problem upptäckt (sign. AB): länken till extern granskare, MEI.');
    expect(opened.stdout).toContain('Administratörerna har fått e-post om problemet.');
    expect(sink.received.map((m) => m.parsed.subject)).toEqual(['PROBLEM Reservfax NÄL: länken till extern granskare, MEI']);

    expect((await cli('note', '--contact', 'on-call')).code).toBe(0);
    expect((await cli('note', '--transfer', '2', '--by', 'cd')).stdout).toContain('Bilderna skickades via: Teleradiologidestination i Sectra IDS7/PACS (sign. CD).');
    expect((await cli('note', '--text', 'Röntgenjouren informerad 03:10.')).code).toBe(0);
    expect((await cli('close', '--persists')).stdout).toContain('Problemet kvarstår vid överlämningen.');

    expect((await runCli(['status', '--home', home])).stdout).toMatch(/Ett problem är registrerat i händelseloggen sedan .* och inte löst/);
    const shown = JSON.parse((await cli('--json')).stdout) as { incident: { entries: { kind: string }[] } };
    expect(shown.incident.entries.map((e) => e.kind)).toEqual(['contact', 'transfer', 'note', 'persists']);
    const report = JSON.parse((await runCli(['report', '--json', '--home', home])).stdout) as { subject: string; incidents: { persists: boolean; entries: unknown[] }[] };
    expect(report.subject).toMatch(/^Reservfax NÄL: KVARSTÅR: länken till extern granskare, MEI/);
    expect(report.incidents).toMatchObject([{ persists: true, affected: ['link', 'mei'], openedBy: 'AB' }]);
    expect(report.incidents[0]!.entries).toHaveLength(4);

    expect((await cli('close', '--resolved', '--by', 'ef')).stdout).toContain('Sparat i händelseloggen.');
    expect((await cli()).stdout).toContain('Inget problem är registrerat just nu.');
    expect(JSON.parse((await runCli(['report', '--json', '--home', home])).stdout).subject).toMatch(/problem i natt \(löst\)/);
  });

  it('refuses a note with a personnummer or a patient\'s name with exit 2 and stores nothing, and the log never holds it', async () => {
    await cli('open', '--affected', 'pacs');
    for (const text of [`Gäller ${patient.pnr.format('YYMMDD-NNNN')}`, `Anhörig till ${patient.firstName} ${patient.surname} ringde`]) {
      const refused = await cli('note', '--text', text);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('Skriv inga patientuppgifter i händelseloggen');
      expect(refused.stderr + refused.stdout).not.toContain(patient.surname);
    }
    const shown = JSON.parse((await cli('--json')).stdout) as { incident: { entries: unknown[] } };
    expect(shown.incident.entries).toEqual([]);
    const everything = [(await cli()).stdout, (await runCli(['report', '--home', home])).stdout, await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8').catch(() => '')].join('\n');
    for (const value of [patient.pnr.format('YYMMDD-NNNN'), patient.firstName, patient.surname]) expect(everything).not.toContain(value);
  });

  it('explains its usage and the choices when a command is incomplete', async () => {
    expect((await cli('open')).stderr).toContain('Användning: reservfax incident');
    expect((await cli('note', '--text', 'a', '--contact', 'vgr-it')).code).toBe(2);
    expect((await cli('open', '--affected', 'skrivaren')).stderr).toContain('Välj minst ett av: länken till extern granskare, Sectra RIS, PACS, MEI, bildöverföringen.');
    expect((await cli('note', '--text', 'x')).stderr).toContain('Inget problem är registrerat just nu.');
    expect((await cli('open', '--affected', 'ris', '--by', 'Anna Berg')).stderr).toContain('--by ska vara initialer');
  });
});
