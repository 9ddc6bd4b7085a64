import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrintFailedError } from '../errors.js';
import { describeRun, runClient, type ClientRun } from './run-client.js';

export interface FoundPrintJob {
  /** As lp reports it: "<queue>-<number>". */
  jobId: string;
  /** The IPP job state: pending, held, processing, stopped, canceled, aborted or completed. */
  state: string;
}

const QUERY_TIMEOUT_MS = 15_000;
const HEADER = 'job-id,job-state,job-name';
const ROW = /^(\d+),([a-z-]+),(.*)$/;
// Only titles that CSV output shows as they are (no comma, quote or space) can be looked up exactly.
const SAFE_TITLE = /^[A-Za-z0-9._-]{1,255}$/;

// Two Get-Jobs requests, active jobs first, so a job that finishes in between is seen by one of them. `job-priority`
// is asked for only to make cupsd load each job from its control file: without it, a job completed since cupsd
// started is listed without its job-name (cupsd then caps completed jobs at the 500 most recently completed).
// `$user` makes the request the owner's, who may see its own jobs' titles.
const GET_JOBS = ['not-completed', 'completed']
  .map(
    (which) => `{
  NAME "${which} jobs"
  OPERATION Get-Jobs
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR language attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR name requesting-user-name $user
  ATTR keyword which-jobs ${which}
  ATTR keyword requested-attributes job-id,job-state,job-priority,job-name
  STATUS successful-ok
  DISPLAY job-id
  DISPLAY job-state
  DISPLAY job-name
}`,
  )
  .join('\n');

// lpstat lists no job titles, so the queue is asked over IPP (ipptool) at the server lp uses (lpstat -H).
// A redo must never guess: any doubt throws PrintFailedError('query-failed'); undefined means CUPS has no such job.
export async function findPrintJob(printer: string, title: string, options: { timeoutMs?: number } = {}): Promise<FoundPrintJob | undefined> {
  const timeoutMs = options.timeoutMs ?? QUERY_TIMEOUT_MS;
  if (printer.length === 0 || !SAFE_TITLE.test(title)) throw new PrintFailedError('invalid-request', printer, { detail: 'invalid printer name or title' });
  const server = await runClient('lpstat', ['-H'], timeoutMs);
  const host = server.stdout.trim();
  if (!server.ok || host.length === 0 || /\s/.test(host)) throw queryFailed(printer, 'lpstat -H', server);
  const uri = `ipp://${host.startsWith('/') ? encodeURIComponent(host) : host}/printers/${encodeURIComponent(printer)}`;
  const seconds = String(Math.max(1, Math.ceil(timeoutMs / 1000)));
  const run = await runIpptool(['-c', '-T', seconds, uri], timeoutMs);
  const lines = run.stdout.split('\n').map((line) => line.replace(/\r$/, ''));
  if (!run.ok || lines.filter((line) => line === HEADER).length !== 2) throw queryFailed(printer, 'ipptool', run);
  const matches = lines.flatMap((line) => {
    const row = ROW.exec(line);
    return row && row[3] === title ? [{ number: Number(row[1]), state: row[2]! }] : [];
  });
  const latest = matches.sort((a, b) => b.number - a.number)[0];
  return latest ? { jobId: `${printer}-${latest.number}`, state: latest.state } : undefined;
}

// ipptool reads its request from a test file; this one lives only while ipptool runs.
async function runIpptool(args: string[], timeoutMs: number): Promise<ClientRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'reservfax-ipp-'));
  try {
    const testFile = path.join(dir, 'get-jobs.test');
    await writeFile(testFile, GET_JOBS);
    return await runClient('ipptool', [...args, testFile], timeoutMs);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function queryFailed(printer: string, command: string, run: ClientRun): PrintFailedError {
  return new PrintFailedError('query-failed', printer, { cause: run.error, detail: describeRun(command, run) });
}
