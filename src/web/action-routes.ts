import type { FastifyInstance, FastifyReply } from 'fastify';
import { markInboxDone } from '../inbox/index.js';
import { printPdf } from '../print/print-pdf.js';
import { isValidCaseId } from '../case-id/case-id.js';
import { parseInitials } from '../util/initials.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import type { WebContext } from './context.js';
import { faxPdfPath } from './views/fax-view.js';

type ActionRoute = { Params: { caseId: string }; Body: Record<string, string | undefined> | undefined };
type Outcome = { notice: string; error?: boolean; time?: Date; printJob?: string };
type Action = (caseId: string, by: string | undefined) => Promise<Outcome> | Outcome;

// Why: the four buttons. Each is a POST checked for its CSRF token, acts on one case by its ID, is logged with the
// user (login name or typed initials, never free text), and answers with a redirect back to its view and a notice.
export function registerActionRoutes(app: FastifyInstance, ctx: WebContext): void {
  const { store, config } = ctx;
  const action = (url: string, back: string, name: string, run: Action) =>
    app.post<ActionRoute>(url, { preHandler: app.csrfProtection }, async (request, reply) => {
      const caseId = request.params.caseId.toUpperCase();
      if (!isValidCaseId(caseId) || !store.getCase(caseId)) return redirect(reply, back, { notice: 'unknown-case', error: true });
      const initials = parseInitials(request.body?.initialer);
      if (initials === null) return redirect(reply, back, { notice: 'bad-initials', error: true }, caseId);
      const by = request.session.user ?? initials;
      const outcome = await run(caseId, initials ?? request.session.user);
      ctx.logger.info('web.action', { action: name, caseId, reason: outcome.notice, ...(by ? { user: by } : {}) });
      return redirect(reply, back, outcome, caseId);
    });

  action('/att-faxa/:caseId/faxad', '/att-faxa', 'faxed', (caseId, by) => {
    const recorded = store.recordFaxed(caseId, { at: new Date(), by });
    return { notice: recorded ? 'faxed' : 'faxed-before', time: store.getCase(caseId)!.faxedAt };
  });
  action('/vantar/:caseId/muntligt-svar', '/vantar', 'oral-reply', (caseId, by) => {
    const recorded = store.recordOralReply(caseId, { at: new Date(), by });
    return { notice: recorded ? 'oral-reply' : 'oral-reply-before', time: store.getCase(caseId)!.oralReplyAt };
  });
  action('/att-faxa/:caseId/skriv-ut', '/att-faxa', 'reprint', async (caseId) => {
    const printer = config.print.printer;
    if (printer === undefined) return { notice: 'no-printer', error: true };
    try {
      const { jobId } = await printPdf(faxPdfPath(ctx, caseId), { printer, title: caseId, copies: config.print.copies });
      store.recordPrint(caseId, { jobId, at: new Date() });
      return { notice: 'printed', printJob: jobId };
    } catch (error) {
      ctx.logger.error('fax.print-failed', error, { caseId, reason: 'reprint' });
      return { notice: 'print-failed', error: true };
    }
  });
  action('/inkorg/:caseId/hanterad', '/inkorg', 'handled', async (caseId, by) => {
    const archived = await markInboxDone({ home: ctx.home, store, caseId, user: by ?? 'nattsidan', now: new Date() });
    return archived.length > 0 ? { notice: 'handled' } : { notice: 'nothing-pending', error: true };
  });

  function redirect(reply: FastifyReply, back: string, outcome: Outcome, caseId?: string): FastifyReply {
    const query = new URLSearchParams({ [outcome.error ? 'fel' : 'klart']: outcome.notice });
    if (caseId) query.set('arende', caseId);
    if (outcome.time) query.set('tid', formatSwedishTime(outcome.time, config.mail.timeZone));
    if (outcome.printJob) query.set('jobb', outcome.printJob);
    return reply.redirect(`${back}?${query.toString()}`, 303);
  }
}
