import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/schema.js';
import { ConfigError } from '../errors.js';
import { hashPassword, verifyPassword } from './password.js';
import { message } from '../messages.js';
import type { Logger } from '../log/logger.js';

/** Headers a reverse proxy adds: a request that carries one did not start on the night workstation itself. */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'];

declare module 'fastify' {
  interface Session {
    user?: string;
  }
}

// Why: the views are open only on the loopback (the night workstation itself); any address another machine can reach
// needs named users, or the service refuses to start.
export function checkWebAccess(web: Config['web']): { loginRequired: boolean } {
  if (!isLoopback(web.host) && web.users.length === 0) {
    throw new ConfigError(
      message('config.web-users-missing', { host: JSON.stringify(web.host) }),
    );
  }
  return { loginRequired: web.users.length > 0 };
}

export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare.startsWith('::ffff:127.');
}

// The Host names a page on the loopback answers to: another name is a DNS-rebinding page acting as the workstation.
function loopbackHostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.replace(/:\d+$/, '');
  const givenPort = /:(\d+)$/.exec(hostHeader)?.[1];
  return isLoopback(name) && (givenPort === undefined || Number(givenPort) === port);
}

// Why: one gate in front of every route: the open views are refused to a request that came through a proxy (the proxy
// would open them to the network) or names a foreign Host on the loopback, and with users every view but the login
// form and the style sheet needs a logged-in session.
export function registerAccessGate(app: FastifyInstance, web: Config['web'], loginRequired: boolean, port: () => number, logger: Logger): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!loginRequired && PROXY_HEADERS.some((name) => request.headers[name] !== undefined)) {
      logger.warn('web.proxy-refused', {});
      return refuse(reply, 403, 'web.through-proxy');
    }
    if (isLoopback(web.host) && !loopbackHostAllowed(request.headers.host, port())) return refuse(reply, 421, 'web.wrong-host');
    if (!loginRequired || request.url.startsWith('/static/') || request.url.split('?')[0] === '/logga-in') return;
    if (request.session.user) return;
    if (request.method !== 'GET') return refuse(reply, 401, 'web.log-in-first');
    return reply.redirect(`/logga-in?till=${encodeURIComponent(request.url.split('?')[0] ?? '/')}`, 303);
  });
}

// The gate's refusals are one plain Swedish sentence from templates/, with the status that says why.
function refuse(reply: FastifyReply, status: 403 | 421 | 401, key: string): FastifyReply {
  return reply.code(status).type('text/plain; charset=utf-8').send(message(key));
}

let dummyHash: Promise<string> | undefined;

// Why: a wrong name costs the same scrypt work as a wrong password, so the login does not tell which names exist.
export async function checkLogin(web: Config['web'], name: string, password: string): Promise<string | undefined> {
  const user = web.users.find((candidate) => candidate.name === name);
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verifyPassword(password, user?.hash ?? (await dummyHash));
  return user && ok ? user.name : undefined;
}
