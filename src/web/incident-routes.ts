import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readJsonTemplate } from '../fs/templates.js';
import { recordIncident, type IncidentAction } from '../incident/index.js';
import { deliverOutbox, queueIncidentMail } from '../mail/index.js';
import { parseInitials } from '../util/initials.js';
import type { WebContext } from './context.js';
import { renderPage } from './render-page.js';
import { incidentView } from './views/incident-view.js';

type Body = Record<string, string | string[] | undefined> | undefined;
type IncidentRoute = { Body: Body };

const BACK = '/handelselogg';

// Why: the incident log's forms. Each is a POST checked for its CSRF token; free text is screened by the incident stage
// before anything is stored, and a refused entry comes back on the page with the text still in the form to edit.
export function registerIncidentRoutes(app: FastifyInstance, ctx: WebContext & { loginRequired: boolean }): void {
  app.get(BACK, async (request, reply) => renderPage(ctx, request, reply, 'handelselogg', { view: await incidentView(ctx, new Date()), draft: {} }));
  const form = (url: string, name: string, actionOf: (body: Body) => IncidentAction) =>
    app.post<IncidentRoute>(url, { preHandler: app.csrfProtection }, async (request, reply) => {
      const initials = parseInitials(field(request.body, 'initialer'));
      const now = new Date();
      if (initials === null) return again(request, reply, (await readJsonTemplate<Record<string, string>>('web/notices.sv.json'))['bad-initials']!, now);
      const by = initials ?? request.session.user;
      const outcome = await recordIncident({ store: ctx.store, config: ctx.config, action: actionOf(request.body), by, now });
      const user = by ? { user: by } : {};
      if (outcome.status === 'refused') {
        ctx.logger.info('web.action', { action: name, reason: outcome.reason, ...user });
        return again(request, reply, outcome.message, now);
      }
      ctx.logger.info('web.action', { action: name, reason: 'recorded', ...user });
      const mailed = outcome.opened && (await queueIncidentMail(ctx.store, ctx.config, now));
      if (mailed) {
        ctx.logger.info('alert.queued', { mailKind: 'incident' });
        void deliverOutbox({ store: ctx.store, config: ctx.config, now, logger: ctx.logger });
      }
      return reply.redirect(`${BACK}?klart=${outcome.opened && !mailed ? 'incident-open-no-mail' : name}`, 303);
    });

  form('/handelselogg/oppna', 'incident-open', (body) => ({ kind: 'open', affected: list(body, 'paverkat') }));
  form('/handelselogg/kontakt', 'incident-contact', (body) => ({ kind: 'contact', contact: field(body, 'kontakt') ?? '', ticket: field(body, 'arendenummer') }));
  form('/handelselogg/bildoverforing', 'incident-transfer', (body) => ({ kind: 'transfer', transfer: transferName(ctx, field(body, 'vag')) }));
  form('/handelselogg/anteckning', 'incident-note', (body) => ({ kind: 'note', text: field(body, 'text') ?? '' }));
  form('/handelselogg/lost', 'incident-resolved', () => ({ kind: 'handover', resolved: true }));
  form('/handelselogg/kvarstar', 'incident-persists', () => ({ kind: 'handover', resolved: false }));

  // A refusal answers 422 with the page itself, the refused text kept in its form; nothing was stored. It does not
  // reload itself: its address is the form's POST, and the draft must stay until the nurse has edited it.
  async function again(request: FastifyRequest<IncidentRoute>, reply: FastifyReply, message: string, now: Date): Promise<FastifyReply> {
    const draft = { text: field(request.body, 'text'), ticket: field(request.body, 'arendenummer'), contact: field(request.body, 'kontakt') };
    return renderPage(ctx, request, reply.code(422), 'handelselogg', { view: await incidentView(ctx, now), draft, refusal: message, refreshSeconds: 0 });
  }
}

function field(body: Body, name: string): string | undefined {
  const value = body?.[name];
  return Array.isArray(value) ? value[0] : value;
}

function list(body: Body, name: string): string[] {
  const value = body?.[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function transferName(ctx: WebContext, chosen: string | undefined): string {
  return /^\d+$/.test(chosen ?? '') ? (ctx.config.routine.imageTransfer[Number(chosen) - 1]?.name ?? '') : '';
}
