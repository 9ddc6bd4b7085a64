import type { AddressInfo } from 'node:net';
import { checkWebAccess } from './access.js';
import { buildWebApp } from './build-app.js';
import type { WebContext } from './context.js';

export interface WebHandle {
  url: string;
  close(): Promise<void>;
}

// Why: the night page runs inside the service, on its store and home. A config that would open it to the network
// without users stops the start; a port that is taken is logged and the service goes on (the folders still work).
export async function startWeb(ctx: WebContext): Promise<WebHandle | undefined> {
  const { web } = ctx.config;
  if (!web.enabled) return undefined;
  const { loginRequired } = checkWebAccess(web);
  let port = web.port;
  const app = await buildWebApp(ctx, { loginRequired, port: () => port });
  try {
    await app.listen({ host: web.host, port: web.port });
  } catch (error) {
    ctx.logger.error('web.failed', error, { port: web.port });
    await app.close();
    return undefined;
  }
  port = (app.server.address() as AddressInfo).port;
  const host = web.host.includes(':') ? `[${web.host}]` : web.host;
  const url = `${web.tls ? 'https' : 'http'}://${host}:${port}/`;
  ctx.logger.info('web.started', { port, mode: loginRequired ? 'login' : 'open' });
  return { url, close: () => app.close() };
}
