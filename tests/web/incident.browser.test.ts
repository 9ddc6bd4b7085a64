import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FixtureCase } from '../../fixtures/generate.js';
import { inventPerson } from '../../fixtures/lib/people.js';
import { rngFor } from '../../fixtures/lib/prng.js';
import { openCaseStore } from '../../src/store/case-store.js';
import type { Incident } from '../../src/store/incident-rows.js';
import { chromiumSkipReason, launchChromium, tabTo } from '../helpers/chromium.js';
import { byId, referralFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { nightPageUrl, startServiceProcess, stopServiceProcess, waitFor, writeServiceConfig, type ServiceProcess } from '../helpers/service-process.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

const SHOTS = path.resolve(import.meta.dirname, '../../test-output/web');
const DROPPED = 'Sjöberg Åsa akut.pdf';
const patient = inventPerson(rngFor('incident-browser-patient'));
const REFUSED_NOTE = `Remissen för ${patient.pnr.format('YYYYMMDD-NNNN')} faxad två gånger`;

let fixture: FixtureCase;
let home: string;
let sink: SmtpSink;
let service: ServiceProcess;
let browser: Browser;
let url: string;
const seen: string[] = [];

beforeAll(async () => {
  if (chromiumSkipReason) return;
  fixture = byId(await referralFixtures(), 'text-ris-export');
  sink = await startSmtpSink();
  home = await makeTempDir();
  await writeServiceConfig(home, { web: { port: 0, refreshSeconds: 300 }, mail: { smtp: { host: '127.0.0.1', port: sink.port, security: 'none' } } });
  service = await startServiceProcess(home);
  url = nightPageUrl(service);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (service) await stopServiceProcess(service);
  await sink?.close();
}, 120_000);

function incident(): Incident | undefined {
  const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
  try {
    return store.currentIncident();
  } finally {
    store.close();
  }
}

async function submit(page: Page, button: string): Promise<void> {
  await Promise.all([page.waitForLoadState('load'), page.waitForURL(/handelselogg/), page.getByRole('button', { name: button }).click()]);
  seen.push(await page.content());
}

describe.skipIf(chromiumSkipReason !== undefined)(`the incident log in Chromium, mailed to a real SMTP server${chromiumSkipReason ? ` (skipped: ${chromiumSkipReason})` : ''}`, () => {
  it('records a problem, a VGR-IT ticket and a note, refuses a personnummer and keeps it for editing, and the report says KVARSTÅR', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1024, height: 768 } })).newPage();
    await page.goto(`${url}/handelselogg`);
    // With the keyboard alone, as on the night page's other forms.
    await tabTo(page, 'input[value="link"]');
    await page.keyboard.press('Space');
    await tabTo(page, 'input[value="pacs"]');
    await page.keyboard.press('Space');
    await tabTo(page, '#oppna-initialer');
    await page.keyboard.type('ab');
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForURL(/klart=incident-open/), page.keyboard.press('Enter')]);
    seen.push(await page.content());
    expect(await page.locator('.notice').innerText()).toContain('Problemet är registrerat');
    expect(incident()).toMatchObject({ affected: ['link', 'pacs'], openedBy: 'AB' });
    await waitFor(() => sink.received.some((m) => m.parsed.subject?.startsWith('PROBLEM')), 20_000, 'the immediate incident mail');

    await writeFile(path.join(home, 'akutskriv', DROPPED), await readFile(fixture.file));
    await page.locator('#kontakt-vem').selectOption('vgr-it');
    await page.locator('#kontakt-nummer').fill('INC0123456');
    await submit(page, 'Spara kontakt');
    await page.locator('#anteckning-text').fill('Länken nere sedan 02:40. Teleconsult har inte fått bilderna.');
    await submit(page, 'Spara anteckning');
    expect(incident()!.entries.map((e) => e.kind)).toEqual(['contact', 'note']);

    await page.locator('#anteckning-text').fill(REFUSED_NOTE);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Spara anteckning' }).click()]);
    expect(await page.getByRole('alert').innerText()).toContain('Skriv inga patientuppgifter i händelseloggen');
    expect(await page.locator('#anteckning-text').inputValue()).toBe(REFUSED_NOTE);
    expect(await page.locator('body').getAttribute('data-refresh')).toBeNull();
    expect(incident()!.entries).toHaveLength(2);
    await page.screenshot({ path: path.join(SHOTS, 'handelselogg-avvisad.png'), fullPage: true });

    // Only the answer to the nurse who typed it holds the refused text, for her to edit; the page itself never does.
    await page.goto(`${url}/handelselogg`);
    seen.push(await page.content());
    await page.screenshot({ path: path.join(SHOTS, 'handelselogg-pagaende.png'), fullPage: true });
    const timeline = await page.locator('.timeline').innerText();
    expect(timeline).toContain('Kontaktade VGR-IT, ärendenummer INC0123456');
    expect(timeline).not.toContain(patient.pnr.format('YYYYMMDD-NNNN'));
    await page.goto(url);
    expect(await page.locator('main').innerText()).toContain('Ett problem är registrerat sedan');
    await page.context().close();

    await waitFor(async () => (await readdir(path.join(home, 'att-faxa'))).some((n) => n.endsWith('.pdf')), 180_000, 'the referral faxed during the problem');
    const report = await runCli(['report', '--send', '--home', home]);
    expect(report.code, report.stderr).toBe(0);
    const mail = sink.received.find((m) => m.parsed.subject?.startsWith('Reservfax NÄL'))!;
    expect(mail.parsed.subject).toMatch(/^Reservfax NÄL: KVARSTÅR: länken till extern granskare, PACS/);
    const text = mail.parsed.text ?? '';
    expect(text.indexOf('Vad hände i natt')).toBeLessThan(text.indexOf('Faxade remisser'));
    expect(text).toMatch(/Problem upptäckt \(sign\. AB\): länken till extern granskare, PACS\./);
    expect(text).toContain('Kontaktade VGR-IT, ärendenummer INC0123456');
    expect(text).toContain('Anteckning: Länken nere sedan 02:40. Teleconsult har inte fått bilderna.');
    expect(text).toMatch(/Faxade under problemet: RF-[0-9A-Z]+\./);
    expect(text).toContain('KVARSTÅR: problemet var inte löst');

    const everything = [...seen, ...sink.received.map((m) => m.raw), await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8')].join('\n');
    const forbidden = [...fixture.identifiers.map((i) => i.value), DROPPED.replace(/\.pdf$/, ''), patient.pnr.format('YYYYMMDD-NNNN'), patient.pnr.format('YYYYMMDDNNNN')];
    for (const value of forbidden) expect(everything, value).not.toContain(value);
  }, 300_000);
});
