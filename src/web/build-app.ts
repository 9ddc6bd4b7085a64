import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import { Eta } from 'eta';
import Fastify, { type FastifyInstance } from 'fastify';
import { ConfigError } from '../errors.js';
import { registerAccessGate } from './access.js';
import { registerActionRoutes } from './action-routes.js';
import type { WebContext } from './context.js';
import { registerIncidentRoutes } from './incident-routes.js';
import { LOGIN_LIMITED } from './login-limits.js';
import { registerLoginRoutes } from './login-routes.js';
import { registerPageRoutes } from './page-routes.js';
import { renderPage } from './render-page.js';
import { message } from '../messages.js';

const VIEWS_DIR = fileURLToPath(new URL('../../templates/web/', import.meta.url));
const STATIC_DIR = fileURLToPath(new URL('../../templates/web/static/', import.meta.url));

// Why: the night page as one Fastify app built from its official plugins: forms, cookies and a session, CSRF tokens,
// security headers (a CSP with no inline script, no framing), static files and Eta views with escaping on.
export async function buildWebApp(ctx: WebContext, options: { loginRequired: boolean; port: () => number }): Promise<FastifyInstance> {
  const { web } = ctx.config;
  const tls = web.tls ? { key: readTlsFile(web.tls.keyFile, 'web.tls.keyFile'), cert: readTlsFile(web.tls.certFile, 'web.tls.certFile') } : undefined;
  const app = (tls ? Fastify({ https: tls, logger: false, bodyLimit: 16_384 }) : Fastify({ logger: false, bodyLimit: 16_384 })) as FastifyInstance;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    strictTransportSecurity: tls !== undefined,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  app.addHook('onSend', async (request, reply) => {
    if (!request.url.startsWith('/static/')) reply.header('Cache-Control', 'no-store').header('Pragma', 'no-cache');
  });
  await app.register(fastifyFormbody);
  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: randomBytes(32).toString('hex'),
    cookieName: 'reservfax',
    saveUninitialized: false,
    cookie: { secure: tls !== undefined, httpOnly: true, sameSite: 'strict', path: '/', maxAge: 12 * 3600_000 },
  });
  await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyStatic, { root: STATIC_DIR, prefix: '/static/', maxAge: '1h' });
  await app.register(fastifyView, { engine: { eta: new Eta({ views: VIEWS_DIR, autoEscape: true, cache: true }) }, templates: VIEWS_DIR });
  const pageContext = { ...ctx, loginRequired: options.loginRequired };
  registerAccessGate(app, web, options.loginRequired, options.port, ctx.logger);
  registerPageRoutes(app, pageContext);
  registerActionRoutes(app, ctx);
  registerIncidentRoutes(app, pageContext);
  registerLoginRoutes(app, pageContext, web, ctx.logger);
  app.setErrorHandler(async (error, request, reply) => {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('FST_CSRF')) return renderPage(pageContext, request, reply.code(403), 'refused', { back: backOf(request.url) });
    if (code === LOGIN_LIMITED) {
      ctx.logger.warn('web.login-limited', {});
      return reply.redirect('/logga-in?fel=too-many-logins', 303);
    }
    ctx.logger.error('web.failed', error, {});
    return renderPage(pageContext, request, reply.code(500), 'not-found', {});
  });
  return app;
}

function readTlsFile(file: string, key: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? message('config.tls-file-unreadable-code');
    throw new ConfigError(message('config.tls-file-unreadable', { key, file: JSON.stringify(file), code }), error);
  }
}

function backOf(url: string): string {
  const first = url.split('?')[0]!.split('/')[1] ?? '';
  return ['att-faxa', 'vantar', 'inkorg', 'handelselogg', 'logga-in'].includes(first) ? `/${first}` : '/';
}
