import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import type { FixtureCase } from '../../fixtures/generate.js';
import type { ReplyFixture } from '../../fixtures/replies/generate-replies.js';
import { openCaseStore, type CaseRecord } from '../../src/store/case-store.js';
import { chromiumSkipReason, launchChromium, tabTo } from '../helpers/chromium.js';
import { findSkipReason, QUEUE } from '../helpers/cups.js';
import { byId, referralFixtures, replyFixtures } from '../helpers/fixtures.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { nightPageUrl, startServiceProcess, stopServiceProcess, waitFor, writeServiceConfig, type ServiceProcess } from '../helpers/service-process.js';

const skipReason = chromiumSkipReason;
if (skipReason) console.warn(`tests/web/night-page.browser: skipped: ${skipReason}`);
const SHOTS = path.resolve(import.meta.dirname, '../../test-output/web');
const VIEWS = [
  { path: '/', name: 'nu', heading: 'Nu' },
  { path: '/att-faxa', name: 'att-faxa', heading: 'Att faxa' },
  { path: '/vantar', name: 'vantar', heading: 'Väntar på svar' },
  { path: '/granskning', name: 'granskning', heading: 'Manuell granskning' },
  { path: '/inkorg', name: 'inkorg', heading: 'Inkorg (RIS-admin)' },
  { path: '/handelselogg', name: 'handelselogg', heading: 'Händelselogg' },
  { path: '/rutinkort', name: 'rutinkort', heading: 'Rutinkort' },
];
const DROPS: Record<string, string> = { 'Andersson Karl remiss.pdf': 'text-ris-export', 'Lindqvist Maja.pdf': 'text-with-label', 'Nilsson Erik.pdf': 'not-a-pdf' };

let fixtures: FixtureCase[];
let reply: ReplyFixture;
let home: string;
let service: ServiceProcess;
let url: string;
let browser: Browser;
let printing: boolean;
const seen: string[] = [];

beforeAll(async () => {
  if (skipReason) return;
  fixtures = await referralFixtures();
  reply = byId(await replyFixtures(), 'r05-standard-header');
  printing = (await findSkipReason()) === undefined;
  home = await makeTempDir();
  const repliedCase = reply.expected.status === 'matched' ? reply.expected.caseId : '';
  await seedHome(home, [{ caseId: repliedCase, unit: 'Akutmottagningen NÄL', createdAt: new Date(Date.now() - 3 * 3600_000) }]);
  await writeServiceConfig(home, { web: { port: 0, refreshSeconds: 5 }, ...(printing ? { print: { printer: QUEUE } } : {}) });
  service = await startServiceProcess(home);
  url = nightPageUrl(service);
  for (const [name, id] of Object.entries(DROPS)) await writeFile(path.join(home, 'akutskriv', name), await readFile(fixtures.find((f) => f.id === id)!.file));
  await writeFile(path.join(home, 'inkommande-fax', 'fax från Teleconsult Karlsson.pdf'), await readFile(reply.file));
  const list = (dir: string) => readdir(path.join(home, dir));
  await waitFor(async () => (await list('att-faxa')).filter((n) => n.endsWith('.pdf')).length === 2, 240_000, 'two faxes');
  await waitFor(async () => (await list('manuell-granskning')).length === 2, 60_000, 'the bad file in manual review');
  await waitFor(async () => (await list('ris-admin')).some((n) => n.endsWith('-utlatande.pdf')), 60_000, 'the filed reply');
  await mkdir(SHOTS, { recursive: true });
  browser = await launchChromium();
}, 360_000);

afterAll(async () => {
  await browser?.close();
  if (service) await stopServiceProcess(service);
}, 120_000);

function cases(): CaseRecord[] {
  const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
  try {
    return store.listCases({});
  } finally {
    store.close();
  }
}

// The two cases made from the dropped referrals: those with a fax PDF in att-faxa/, oldest first.
function faxCases(): CaseRecord[] {
  return cases().filter((c) => existsSync(path.join(home, 'att-faxa', `${c.caseId}.pdf`)));
}

async function openPage(width: number, height: number): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height } })).newPage();
  page.on('load', () => void page.content().then((html) => seen.push(html), () => undefined));
  return page;
}

async function keepText(page: Page): Promise<string> {
  const text = await page.locator('body').innerText();
  seen.push(text, await page.content());
  return text;
}

describe.skipIf(skipReason !== undefined)(`the night page in Chromium, against the running service with faxed fixture referrals${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  it('shows every view at 1024×768 and on a phone without sideways scrolling, and saves a screenshot of each', async () => {
    for (const [width, height, suffix] of [[1024, 768, ''], [390, 844, '-telefon']] as const) {
      const page = await openPage(width, height);
      for (const view of VIEWS) {
        await page.goto(`${url}${view.path}`);
        expect(await page.locator('h1').innerText()).toBe(view.heading);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${view.name}${suffix}`).toBeLessThanOrEqual(width);
        await keepText(page);
        await page.screenshot({ path: path.join(SHOTS, `${view.name}${suffix}.png`), fullPage: true });
      }
      await page.context().close();
    }
    const page = await openPage(1024, 768);
    await page.goto(url);
    const now = await keepText(page);
    expect(now).toContain('Tjänsten körs');
    expect(now).toMatch(/2\s+fax att skicka/);
    for (const c of cases()) expect(now, `case ${c.caseId} on Nu`).toContain(c.caseId);
    await page.goto(`${url}/granskning`);
    const review = await keepText(page);
    expect(review).toContain('Remiss: Filen kunde inte läsas som en remiss.');
    expect(review).toContain('Gör så här:');
    await page.goto(`${url}/rutinkort`);
    const card = await keepText(page);
    for (const fact of ['+46 31 745 96 10', '+46 81 235 01 90', 'urgent@teleconsult.net', 'nu.radiologen.administratorer@vgregion.se', 'går INTE att skicka bilder via syngo.via', 'BFR', 'NU10095-1819752655-434']) expect(card).toContain(fact);
    const pdf = await page.request.get(`${url}/rutinkort.pdf`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await page.context().close();
  }, 180_000);

  it('records Faxad, Skriv ut igen, Muntligt svar lämnat and Hanterad pressed with the keyboard alone, and the store changes', async () => {
    const page = await openPage(1024, 768);
    await page.goto(`${url}/att-faxa`);
    const [faxed, second] = faxCases();
    expect(second).toBeDefined();
    const link = page.locator(`a[href="/att-faxa/${faxed!.caseId}.pdf"]`);
    const served = await page.request.get(`${url}${await link.getAttribute('href')}`);
    expect(Buffer.from(await served.body()).equals(await readFile(path.join(home, 'att-faxa', `${faxed!.caseId}.pdf`)))).toBe(true);

    await tabTo(page, `#faxad-${faxed!.caseId}`);
    await page.keyboard.type('ab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Faxad');
    await Promise.all([page.waitForURL(/klart=faxed/), page.keyboard.press('Enter')]);
    expect(await keepText(page)).toContain(`${faxed!.caseId} markerad som faxad`);
    expect(cases().find((c) => c.caseId === faxed!.caseId)).toMatchObject({ faxedAt: expect.any(Date), faxedBy: 'AB' });

    if (printing) {
      const before = cases().find((c) => c.caseId === faxed!.caseId)!.printJob;
      await tabTo(page, `button[aria-label="Skriv ut ${faxed!.caseId} igen"]`);
      await Promise.all([page.waitForURL(/klart=printed/), page.keyboard.press('Enter')]);
      expect(await keepText(page)).toContain(`${faxed!.caseId} skickad till skrivaren igen`);
      const after = cases().find((c) => c.caseId === faxed!.caseId)!.printJob;
      expect(after).toMatch(new RegExp(`^${QUEUE}-\\d+$`));
      expect(after).not.toBe(before);
    } else {
      expect(await page.locator('button', { hasText: 'Skriv ut igen' }).count()).toBe(0);
    }

    await page.goto(`${url}/vantar`);
    await tabTo(page, `button[aria-label="Muntligt svar lämnat för ${second!.caseId}"]`);
    await Promise.all([page.waitForURL(/klart=oral-reply/), page.keyboard.press('Enter')]);
    expect(await keepText(page)).toContain(`Muntligt svar för ${second!.caseId} registrerat`);
    expect(cases().find((c) => c.caseId === second!.caseId)?.oralReplyAt).toBeInstanceOf(Date);

    const replied = reply.expected.status === 'matched' ? reply.expected.caseId : '';
    await page.goto(`${url}/inkorg`);
    await tabTo(page, `button[aria-label="Hanterad ${replied}"]`);
    await Promise.all([page.waitForURL(/klart=handled/), page.keyboard.press('Enter')]);
    expect(await keepText(page)).toContain('Inkorgen är tom');
    const inbox = JSON.parse((await runCli(['inbox', '--json', '--home', home])).stdout) as unknown[];
    expect(inbox).toEqual([]);
    expect(await readdir(path.join(home, 'arkiv'))).toContain(`${replied}-utlatande.pdf`);
    await page.context().close();

    const report = await runCli(['report', '--home', home]);
    expect(report.code).toBe(0);
    seen.push(report.stdout);
    expect(report.stdout).toContain('(sign. AB)');
    expect(report.stdout).toMatch(new RegExp(`${second!.caseId}[^\\n]*muntligt svar lämnat till remittenten`));
  }, 180_000);

  it('refreshes itself: a case marked faxed elsewhere shows up without anyone touching the page', async () => {
    const page = await openPage(1024, 768);
    await page.goto(`${url}/att-faxa`);
    const waiting = faxCases().find((c) => c.faxedAt === undefined)!;
    expect(await page.locator('body').innerText()).not.toContain('av CD');
    expect((await runCli(['cases', 'faxed', waiting.caseId, '--by', 'CD', '--home', home])).code).toBe(0);
    await page.waitForFunction((id) => document.body.innerText.includes('av CD') && document.body.innerText.includes(id), waiting.caseId, { timeout: 20_000 });
    await keepText(page);
    await page.context().close();
  }, 60_000);

  it('works without JavaScript: the button still records, and the page still refreshes itself by its noscript meta tag', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const [first] = faxCases();
    await page.goto(`${url}/vantar`);
    expect(await page.locator('noscript').first().innerHTML()).toContain('http-equiv="refresh" content="5"');
    await Promise.all([page.waitForURL(/klart=oral-reply/), page.locator(`button[aria-label="Muntligt svar lämnat för ${first!.caseId}"]`).click()]);
    expect(await keepText(page)).toContain(`Muntligt svar för ${first!.caseId} registrerat`);
    expect(cases().find((c) => c.caseId === first!.caseId)?.oralReplyAt).toBeInstanceOf(Date);
    await context.close();
  }, 60_000);

  it('never shows a patient identifier or an input file name on any page', () => {
    const everything = seen.join('\n');
    expect(everything.length).toBeGreaterThan(10_000);
    const forbidden = [
      ...fixtures.filter((f) => Object.values(DROPS).includes(f.id)).flatMap((f) => f.identifiers.map((identifier) => identifier.value)),
      ...Object.keys(DROPS).map((name) => name.replace(/\.pdf$/, '')),
      'Karlsson',
    ];
    expect(forbidden.length).toBeGreaterThan(5);
    for (const value of forbidden) expect(everything, value).not.toContain(value);
  });
});
