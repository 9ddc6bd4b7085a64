import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pathExists } from '../fs/path-exists.js';
import { routineCardLines } from '../routine-card/card-lines.js';
import { ROUTINE_CARD_FILE } from '../routine-card/write-card.js';
import { isValidCaseId } from '../case-id/case-id.js';
import type { WebContext } from './context.js';
import { renderPage } from './render-page.js';
import { faxPdfPath, faxView } from './views/fax-view.js';
import { inboxView } from './views/inbox-view.js';
import { nowView } from './views/now-view.js';
import { reviewView } from './views/review-view.js';
import { waitingView } from './views/waiting-view.js';

// Why: the six views, each a GET that reads and never changes anything; the two PDFs it links are served by case ID
// (the anonymised fax) or by fixed name (the routine card), never by a path from the request.
export function registerPageRoutes(app: FastifyInstance, ctx: WebContext & { loginRequired: boolean }): void {
  const { config, home } = ctx;
  app.get('/', (request, reply) => renderPage(ctx, request, reply, 'nu', { view: nowView(ctx, new Date()) }));
  app.get('/att-faxa', async (request, reply) =>
    renderPage(ctx, request, reply, 'att-faxa', { items: await faxView(ctx, new Date()), canPrint: config.print.printer !== undefined, faxNumber: config.teleconsult.fax }),
  );
  app.get('/vantar', (request, reply) => renderPage(ctx, request, reply, 'vantar', { items: waitingView(ctx, new Date()), coordinatorPhone: config.teleconsult.coordinatorPhone }));
  app.get('/granskning', async (request, reply) =>
    renderPage(ctx, request, reply, 'granskning', { items: await reviewView(ctx, new Date()), folder: config.folders.manualReview }),
  );
  app.get('/inkorg', async (request, reply) => renderPage(ctx, request, reply, 'inkorg', { items: await inboxView(ctx, new Date()), folder: config.folders.inbox }));
  app.get('/rutinkort', async (request, reply) => renderPage(ctx, request, reply, 'rutinkort', { lines: await routineCardLines(config, new Date()) }));
  app.get('/rutinkort.pdf', async (_request, reply) => sendPdf(reply, path.join(home.root, ROUTINE_CARD_FILE), ROUTINE_CARD_FILE));
  app.get<{ Params: { caseId: string } }>('/att-faxa/:caseId.pdf', async (request, reply) => {
    const caseId = request.params.caseId.toUpperCase();
    if (!isValidCaseId(caseId) || !ctx.store.getCase(caseId)) return reply.callNotFound();
    return sendPdf(reply, faxPdfPath(ctx, caseId), `${caseId}.pdf`);
  });
  app.setNotFoundHandler((request, reply) => renderPage(ctx, request, reply.code(404), 'not-found', {}));
}

async function sendPdf(reply: import('fastify').FastifyReply, file: string, name: string) {
  if (!(await pathExists(file))) return reply.callNotFound();
  return reply.type('application/pdf').header('Content-Disposition', `inline; filename="${name}"`).send(createReadStream(file));
}
