import { PrintFailedError, type PrintFailReason } from '../errors.js';
import { describeRun, runClient, type ClientRun } from './run-client.js';

export interface PrintResult {
  jobId: string;
}

export interface PrintOptions {
  printer: string;
  title: string;
  copies?: number;
  timeoutMs?: number;
  lpCommand?: string;
}

export interface PrinterStatus {
  exists: boolean;
  accepting: boolean;
  enabled: boolean;
  detail: string;
}

const DEFAULT_PRINT_TIMEOUT_MS = 30_000;
const STATUS_TIMEOUT_MS = 10_000;
const MAX_COPIES = 99;
const JOB_ID = /request id is (\S+-\d+) \(\d+ file\(s\)\)/;
const NO_SUCH_DESTINATION = /printer or class does not exist|invalid destination name|unknown destination/i;
// The characters lpadmin refuses in a queue name, plus a leading '-' that would read as an option.
const BAD_QUEUE_NAME = /[\u0000-\u0020\u007f/\\?'"#]|^-/;

// A bad queue name or copy count is a configuration fault; report it before lp has to guess.
function validateRequest(printer: string, title: string, copies: number, timeoutMs: number): string | undefined {
  if (printer.length === 0 || printer.length > 127 || BAD_QUEUE_NAME.test(printer)) return 'invalid printer name';
  if (title.length === 0 || title.length > 255 || /[\u0000-\u001f\u007f]/.test(title)) return 'invalid title';
  if (!Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES) return `copies must be 1..${MAX_COPIES}`;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) return 'timeoutMs must be positive';
  return undefined;
}

// lp reports "printer does not exist" when it cannot reach cupsd at all; lpstat -r tells the two apart.
async function isSchedulerRunning(): Promise<boolean | undefined> {
  const run = await runClient('lpstat', ['-r'], STATUS_TIMEOUT_MS);
  if (run.error?.code === 'ENOENT') return undefined;
  return /^scheduler is running/m.test(run.stdout);
}

// Failures are sorted by what the nurse or IT must do next; anything unrecognised stays 'lp-failed'.
async function classifyFailure(run: ClientRun): Promise<PrintFailReason> {
  const errno = run.error?.code;
  if (errno === 'ENOENT' || errno === 'EACCES') return 'lp-missing';
  if (run.error?.killed) return 'timeout';
  if (/not accepting/i.test(run.stderr)) return 'not-accepting';
  if ((await isSchedulerRunning()) === false) return 'scheduler-down';
  if (NO_SUCH_DESTINATION.test(run.stderr)) return 'unknown-printer';
  return 'lp-failed';
}

// Hands the fax-ready PDF to CUPS; any failure tells the nurse to fax by hand, and lp's words
// (which may name the file) stay in the error's detail and cause, never in its userMessage.
export async function printPdf(file: string, options: PrintOptions): Promise<PrintResult> {
  const { printer, title } = options;
  const copies = options.copies ?? 1;
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const lp = options.lpCommand ?? 'lp';
  const problem = validateRequest(printer, title, copies, timeoutMs);
  if (problem) throw new PrintFailedError('invalid-request', printer, { detail: problem });

  const run = await runClient(lp, ['-d', printer, '-t', title, '-n', String(copies), '--', file], timeoutMs);
  if (!run.ok) {
    const reason = await classifyFailure(run);
    throw new PrintFailedError(reason, printer, { cause: run.error, detail: describeRun(lp, run) });
  }
  const jobId = JOB_ID.exec(run.stdout)?.[1];
  if (!jobId) throw new PrintFailedError('no-job-id', printer, { detail: describeRun(lp, run) });
  return { jobId };
}

// The service's start-up check: a missing, rejecting or paused queue would strand the night's faxes.
// It throws PrintFailedError when CUPS cannot be asked at all, so "missing" is never a guess.
export async function printerStatus(printer: string): Promise<PrinterStatus> {
  const problem = validateRequest(printer, 'status', 1, STATUS_TIMEOUT_MS);
  if (problem) throw new PrintFailedError('invalid-request', printer, { detail: problem });

  const [state, acceptance] = await Promise.all([
    runClient('lpstat', ['-p', printer], STATUS_TIMEOUT_MS),
    runClient('lpstat', ['-a', printer], STATUS_TIMEOUT_MS),
  ]);
  for (const run of [state, acceptance]) {
    if (run.ok) continue;
    const reason = await classifyFailure(run);
    if (reason === 'unknown-printer') return { exists: false, accepting: false, enabled: false, detail: run.stderr.trim() };
    throw new PrintFailedError(reason, printer, { cause: run.error, detail: describeRun('lpstat', run) });
  }
  return {
    exists: true,
    accepting: /\baccepting requests\b/.test(acceptance.stdout) && !/\bnot accepting\b/.test(acceptance.stdout),
    enabled: /\benabled since\b/.test(state.stdout),
    detail: `${state.stdout.trim()}\n${acceptance.stdout.trim()}`,
  };
}
