import path from 'node:path';
import pino from 'pino';

/** Stable event names: hospital IT filters and alerts on these, so they never change meaning. */
export type LogEvent =
  | 'service.started'
  | 'service.stopping'
  | 'service.stopped'
  | 'service.config-warning'
  | 'service.tick-failed'
  | 'service.routine-card'
  | 'job.recovered'
  | 'job.failed'
  | 'job.interrupted'
  | 'watch.error'
  | 'claim.skipped'
  | 'claim.source-kept'
  | 'claim.failed'
  | 'claim.temp-removed'
  | 'referral.received'
  | 'referral.anonymised'
  | 'referral.pdf-warning'
  | 'referral.rejected'
  | 'referral.refused'
  | 'referral.duplicate'
  | 'fax.printed'
  | 'fax.print-failed'
  | 'reply.received'
  | 'fax.routed'
  | 'reply.manual-review'
  | 'report.queued'
  | 'alert.queued'
  | 'mail.sent'
  | 'mail.failed'
  | 'mail.tick-failed'
  | 'web.started'
  | 'web.failed'
  | 'web.action'
  | 'web.login'
  | 'web.login-failed'
  | 'web.login-limited'
  | 'web.proxy-refused';

/** Only these fields can be logged: none of them can carry an identifier, a file name or page text. */
export interface LogFields {
  jobId?: string;
  caseId?: string;
  kind?: 'referral' | 'reply';
  reason?: string;
  code?: string;
  pages?: number;
  redactions?: number;
  ms?: number;
  count?: number;
  printJob?: string;
  pid?: number;
  home?: string;
  mode?: string;
  mailKind?: 'report' | 'alert' | 'incident';
  attempts?: number;
  /** A night-page action (faxed, reprint, oral-reply, handled, logout). */
  action?: string;
  /** A staff user name from web.users or typed initials: never a patient's. */
  user?: string;
  port?: number;
  /** A pdf.js warning with quoted text, paths and numbers stripped (pdfjs-warnings.ts): never document content. */
  warning?: string;
}

export interface Logger {
  /** Written only when RESERVFAX_LOG_LEVEL=debug. */
  debug(event: LogEvent, fields?: LogFields): void;
  info(event: LogEvent, fields?: LogFields): void;
  warn(event: LogEvent, fields?: LogFields): void;
  /** An error is logged by its kind only (class name and errno or error code), never its message, which may name a file. */
  error(event: LogEvent, error: unknown, fields?: LogFields): void;
  flush(): void;
}

// JSON lines to stdout and to `state/reservfax.log`, written synchronously so a kill -9 loses nothing already logged.
export function createLogger(options: { stateDir: string; stdout?: boolean }): Logger {
  const level = process.env.RESERVFAX_LOG_LEVEL === 'debug' ? 'debug' : 'info';
  const streams: pino.StreamEntry[] = [{ level, stream: pino.destination({ dest: path.join(options.stateDir, 'reservfax.log'), sync: true, mkdir: true }) }];
  if (options.stdout !== false) streams.push({ level, stream: pino.destination({ dest: 1, sync: true }) });
  const base = pino({ level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime, messageKey: 'event' }, pino.multistream(streams));
  return {
    debug: (event, fields = {}) => base.debug(fields, event),
    info: (event, fields = {}) => base.info(fields, event),
    warn: (event, fields = {}) => base.warn(fields, event),
    error: (event, error, fields = {}) => base.error({ ...fields, error: errorKind(error) }, event),
    flush: () => base.flush(),
  };
}

function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${error.name}:${code}` : error.name;
}
