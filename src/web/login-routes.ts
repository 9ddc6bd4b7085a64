import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/schema.js';
import type { Logger } from '../log/logger.js';
import { checkLogin } from './access.js';
import { checkInTurn, loginAttemptLimit } from './login-limits.js';
import type { WebContext } from './context.js';
import { renderPage } from './render-page.js';

// Only a path on this site may follow a login: never another origin.
function localPath(value: string | undefined): string {
  return value !== undefined && /^\/(?![/\\])[\w\-./]*$/.test(value) ? value : '/';
}

// Why: logging in and out when web.users is set; a new session on login, so a session planted before it is worthless.
export function registerLoginRoutes(app: FastifyInstance, ctx: WebContext & { loginRequired: boolean }, web: Config['web'], logger: Logger): void {
  app.get<{ Querystring: { till?: string } }>('/logga-in', (request, reply) =>
    renderPage(ctx, request, reply, 'logga-in', { next: localPath(request.query.till) }),
  );
  app.post<{ Body: Record<string, string | undefined> | undefined }>('/logga-in', { preHandler: [app.csrfProtection, loginAttemptLimit(app)] }, async (request, reply) => {
    const name = request.body?.namn?.trim() ?? '';
    const user = await checkInTurn(() => checkLogin(web, name, request.body?.losenord ?? ''));
    if (!user) {
      logger.warn('web.login-failed', {});
      return reply.redirect(`/logga-in?fel=login-failed&till=${encodeURIComponent(localPath(request.body?.till))}`, 303);
    }
    await request.session.regenerate();
    request.session.user = user;
    logger.info('web.login', { user });
    return reply.redirect(localPath(request.body?.till), 303);
  });
  app.post('/logga-ut', { preHandler: app.csrfProtection }, async (request, reply) => {
    const user = request.session.user;
    await request.session.destroy();
    if (user) logger.info('web.action', { action: 'logout', user });
    return reply.redirect('/logga-in?klart=logged-out', 303);
  });
}
