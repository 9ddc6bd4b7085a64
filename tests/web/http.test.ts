import { request } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedHome } from '../../eval/route/seed-home.js';
import { generateCaseId } from '../../src/case-id/case-id.js';
import { openCaseStore, type CaseStore } from '../../src/store/case-store.js';
import { verifyPassword } from '../../src/web/password.js';
import { makeTempDir, runCli } from '../helpers/run-cli.js';
import { nightPageUrl, startServiceProcess, stopServiceProcess, writeServiceConfig, type ServiceProcess } from '../helpers/service-process.js';

const VIEWS = ['/', '/att-faxa', '/vantar', '/granskning', '/inkorg', '/handelselogg', '/rutinkort'];

// A home with one faxed case and its fax PDF, and the service running on it with the night page on a free port.
async function startWithCase(web: object = { port: 0 }): Promise<{ home: string; caseId: string; service: ServiceProcess; url: string }> {
  const home = await makeTempDir();
  const caseId = generateCaseId();
  await seedHome(home, [{ caseId, unit: 'Akutmottagningen NÄL' }]);
  await writeFile(path.join(home, 'att-faxa', `${caseId}.pdf`), '%PDF-1.4 anonymised fax');
  await writeServiceConfig(home, { web });
  const service = await startServiceProcess(home);
  return { home, caseId, service, url: nightPageUrl(service) };
}

async function stop(service: ServiceProcess): Promise<void> {
  expect(await stopServiceProcess(service)).toBe(0);
}

function readStore<T>(home: string, read: (store: CaseStore) => T): T {
  const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
  try {
    return read(store);
  } finally {
    store.close();
  }
}

const readCase = (home: string, caseId: string) => readStore(home, (store) => store.getCase(caseId)!);
const readIncident = (home: string) => readStore(home, (store) => store.currentIncident());

// A browser's visit: the session cookie and the page's CSRF token.
async function visit(url: string, cookie = ''): Promise<{ cookie: string; token: string; response: Response; html: string }> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  const html = await response.text();
  const setCookie = response.headers.get('set-cookie')?.split(';')[0];
  return { cookie: setCookie ?? cookie, token: /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '', response, html };
}

function post(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(form), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, redirect: 'manual' });
}

describe('the night page over HTTP', () => {
  it('sends a CSP without inline scripts, forbids framing and caching on every view, serves the anonymised fax by case ID only, and refuses the open views to a request that came through a proxy', async () => {
    const { home, service, url, caseId } = await startWithCase();
    try {
      for (const view of VIEWS) {
        const response = await fetch(`${url}${view}`);
        expect(response.status, view).toBe(200);
        const csp = response.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('unsafe-inline');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('cache-control')).toBe('no-store');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(await response.text()).not.toMatch(/<script(?![^>]*\bsrc=)/);
      }
      const pdf = await fetch(`${url}/att-faxa/${caseId}.pdf`);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(await pdf.text()).toBe('%PDF-1.4 anonymised fax');
      for (const probe of [`/att-faxa/${caseId}-original.pdf`, '/att-faxa/..%2Fstate%2Fcases.sqlite.pdf', '/att-faxa/RF-AAAAAA.pdf', '/static/../state/cases.sqlite']) {
        expect((await fetch(`${url}${probe}`)).status, probe).toBe(404);
      }
      expect(await statusWithHost(url, 'rebound.example.org')).toBe(421);
      expect(await statusWithHost(url, `localhost:${new URL(url).port}`)).toBe(200);
      for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip', 'via']) {
        const proxied = await fetch(`${url}/vantar`, { headers: { [header]: header === 'via' ? '1.1 proxy' : '10.20.30.40' } });
        expect(proxied.status, header).toBe(403);
        expect(await proxied.text(), header).toContain('web.users');
      }
      expect(await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8')).toContain('"event":"web.proxy-refused"');
    } finally {
      await stop(service);
    }
  }, 120_000);

  it('refuses a POST without the page\'s CSRF token, or from another site without the session, and changes nothing', async () => {
    const { home, service, url, caseId } = await startWithCase();
    try {
      const page = await visit(`${url}/att-faxa`);
      expect(page.token).not.toBe('');
      const noToken = await post(`${url}/att-faxa/${caseId}/faxad`, { initialer: 'AB' }, { cookie: page.cookie });
      expect(noToken.status).toBe(403);
      const wrongToken = await post(`${url}/att-faxa/${caseId}/faxad`, { _csrf: `${page.token}x` }, { cookie: page.cookie });
      expect(wrongToken.status).toBe(403);
      const otherSite = await post(`${url}/vantar/${caseId}/muntligt-svar`, { _csrf: page.token }, { origin: 'http://evil.example' });
      expect(otherSite.status).toBe(403);
      expect(readCase(home, caseId)).toMatchObject({ faxedAt: undefined, oralReplyAt: undefined });
      const incident = await visit(`${url}/handelselogg`);
      const forged = await post(`${url}/handelselogg/oppna`, { paverkat: 'link' }, { cookie: incident.cookie, origin: 'http://evil.example' });
      expect(forged.status).toBe(403);
      expect(await forged.text()).toContain('<a href="/handelselogg">Tillbaka</a>');
      expect(readIncident(home)).toBeUndefined();
      expect((await post(`${url}/handelselogg/oppna`, { _csrf: incident.token, paverkat: 'link' }, { cookie: incident.cookie })).status).toBe(303);
      expect(readIncident(home)).toMatchObject({ affected: ['link'] });

      const valid = await post(`${url}/att-faxa/${caseId}/faxad`, { _csrf: page.token, initialer: 'ab' }, { cookie: page.cookie });
      expect(valid.status).toBe(303);
      expect(valid.headers.get('location')).toMatch(/^\/att-faxa\?klart=faxed&arende=RF-/);
      expect(readCase(home, caseId)).toMatchObject({ faxedAt: expect.any(Date), faxedBy: 'AB' });
      const log = await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8');
      expect(log).toMatch(new RegExp(`"action":"faxed","caseId":"${caseId}".*"user":"AB".*"event":"web.action"`));
    } finally {
      await stop(service);
    }
  }, 120_000);

  it('will not start off the loopback without web.users, and names the key', async () => {
    const home = await makeTempDir();
    await writeServiceConfig(home, { web: { host: '0.0.0.0', port: 0 } });
    const result = await runCli(['start', '--home', home]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('web.users');
    expect(result.stderr).toContain('reservfax web-user');
  }, 60_000);

  it('makes a password hash with reservfax web-user, and with web.users every view needs a login', async () => {
    const made = await runCli(['web-user', 'natt.ssk'], { input: 'korrekt-häst-batteri\n' });
    expect(made.code).toBe(0);
    const entry = JSON.parse(made.stdout) as { name: string; hash: string };
    expect(entry.name).toBe('natt.ssk');
    expect(made.stdout + made.stderr).not.toContain('korrekt-häst');
    expect(await verifyPassword('korrekt-häst-batteri', entry.hash)).toBe(true);
    expect((await runCli(['web-user', 'kort'], { input: 'kort\n' })).code).toBe(2);

    const { home, service, url, caseId } = await startWithCase({ host: '127.0.0.1', port: 0, users: [entry] });
    try {
      for (const view of [...VIEWS, `/att-faxa/${caseId}.pdf`, '/rutinkort.pdf']) {
        const response = await fetch(`${url}${view}`, { redirect: 'manual' });
        expect(response.status, view).toBe(303);
        expect(response.headers.get('location')).toMatch(/^\/logga-in\?till=/);
      }
      expect((await post(`${url}/att-faxa/${caseId}/faxad`, {})).status).toBe(401);
      const login = await visit(`${url}/logga-in`);
      const wrong = await post(`${url}/logga-in`, { _csrf: login.token, namn: 'natt.ssk', losenord: 'fel-lösenord-här' }, { cookie: login.cookie });
      expect(wrong.headers.get('location')).toMatch(/^\/logga-in\?fel=login-failed/);
      const right = await post(`${url}/logga-in`, { _csrf: login.token, namn: 'natt.ssk', losenord: 'korrekt-häst-batteri', till: '/vantar' }, { cookie: login.cookie });
      expect(right.status).toBe(303);
      expect(right.headers.get('location')).toBe('/vantar');
      const session = right.headers.get('set-cookie')!.split(';')[0]!;
      expect(session).not.toBe(login.cookie);
      for (const view of VIEWS) expect((await fetch(`${url}${view}`, { headers: { cookie: session } })).status, view).toBe(200);
      expect((await fetch(`${url}/vantar`, { headers: { cookie: session, 'x-forwarded-for': '10.20.30.40' } })).status).toBe(200);
      const page = await visit(`${url}/vantar`, session);
      expect(page.html).toContain('Inloggad: natt.ssk');
      expect((await post(`${url}/vantar/${caseId}/muntligt-svar`, { _csrf: page.token }, { cookie: session })).status).toBe(303);
      expect(readCase(home, caseId)).toMatchObject({ oralReplyAt: expect.any(Date), oralReplyBy: 'natt.ssk' });

      // Guessing is slowed: ten attempts at one name per quarter of an hour, then even the right password waits.
      const form = await visit(`${url}/logga-in`);
      const attempt = (namn: string, losenord: string) => post(`${url}/logga-in`, { _csrf: form.token, namn, losenord }, { cookie: form.cookie });
      for (let tried = 2; tried < 10; tried++) expect((await attempt('natt.ssk', `gissning-${tried}`)).headers.get('location')).toMatch(/fel=login-failed/);
      const limited = await attempt('Natt.SSK', 'korrekt-häst-batteri');
      expect(limited.headers.get('location')).toBe('/logga-in?fel=too-many-logins');
      const notLoggedIn = limited.headers.get('set-cookie')?.split(';')[0] ?? form.cookie;
      expect((await fetch(`${url}/vantar`, { headers: { cookie: notLoggedIn }, redirect: 'manual' })).status).toBe(303);
      expect((await visit(`${url}${limited.headers.get('location')}`)).html).toContain('För många inloggningsförsök');
      expect((await attempt('annan.ssk', 'fel-lösenord-här')).headers.get('location')).toMatch(/fel=login-failed/);

      const log = await readFile(path.join(home, 'state', 'reservfax.log'), 'utf8');
      expect(log).toContain('"event":"web.login-failed"');
      expect(log).toContain('"event":"web.login-limited"');
      expect(log).toMatch(/"user":"natt.ssk".*"event":"web.login"/);
      expect(log).not.toContain('korrekt-häst');
      expect(log).not.toContain('gissning');
    } finally {
      await stop(service);
    }
  }, 120_000);
});

// fetch() will not send another Host header; a DNS-rebinding page's request carries its own name.
function statusWithHost(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/`, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
}
