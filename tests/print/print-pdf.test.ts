import { execFile } from 'node:child_process';
import { chmod, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/cli/exit-codes.js';
import { PrintFailedError } from '../../src/errors.js';
import { printerStatus, printPdf } from '../../src/print/print-pdf.js';
import { findSkipReason, OUT_DIR, QUEUE } from '../helpers/cups.js';
import { makeTempDir } from '../helpers/run-cli.js';

const TITLE = 'RF-TEST01';
const WAIT_MS = 60_000;
const run = promisify(execFile);
const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };

const skipReason = await findSkipReason();
const hasLp = await run('lp', ['--help'], { env }).then(
  () => true,
  (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
);
const SKIP_NOTE = `skipped: ${skipReason} (.ci/run and .ci/setup-cups.sh set one up)`;
if (skipReason) console.warn(`tests/print: real-CUPS tests ${SKIP_NOTE}`);

const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await makeTempDir('reservfax-print-');
  tempDirs.push(dir);
  return dir;
}

async function writeOnePagePdf(dir: string): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595.28, 841.89]).drawText(`${TITLE} testutskrift`, { x: 72, y: 760, size: 18, font });
  const file = path.join(dir, 'utskrift.pdf');
  await writeFile(file, await doc.save());
  return file;
}

async function writeFakeLp(dir: string, body: string): Promise<string> {
  const file = path.join(dir, 'fake-lp');
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

async function catchPrintError(promise: Promise<unknown>): Promise<PrintFailedError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(PrintFailedError);
  return error as PrintFailedError;
}

async function isJobCompleted(jobId: string): Promise<boolean> {
  const { stdout } = await run('lpstat', ['-W', 'completed', '-o', QUEUE], { env });
  return stdout.split('\n').some((line) => line.split(/\s+/)[0] === jobId);
}

// cups-pdf names the file after the job title; only files written since the print started count.
async function findOutput(since: number): Promise<string | undefined> {
  for (const name of await readdir(OUT_DIR)) {
    if (!name.includes(TITLE) || !name.endsWith('.pdf')) continue;
    const file = path.join(OUT_DIR, name);
    if ((await stat(file)).mtimeMs >= since - 2_000) return file;
  }
  return undefined;
}

describe.skipIf(skipReason !== undefined)(`printing on a real CUPS queue${skipReason ? ` (${SKIP_NOTE})` : ''}`, () => {
  it('prints a one-page PDF, the job completes and cups-pdf writes a one-page PDF', async () => {
    const file = await writeOnePagePdf(await tempDir());
    const since = Date.now();
    const { jobId } = await printPdf(file, { printer: QUEUE, title: TITLE });
    expect(jobId).toMatch(new RegExp(`^${QUEUE}-\\d+$`));

    let completed = false;
    let output: string | undefined;
    for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline && !(completed && output); ) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      completed ||= await isJobCompleted(jobId);
      output ??= await findOutput(since);
    }
    const jobs = (await run('lpstat', ['-W', 'all', '-o', QUEUE], { env })).stdout;
    expect(completed, `job ${jobId} not completed within ${WAIT_MS} ms; lpstat -W all:\n${jobs}`).toBe(true);
    expect(output, `no ${TITLE}*.pdf in ${OUT_DIR} within ${WAIT_MS} ms`).toBeDefined();
    try {
      const bytes = await readFile(output!);
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1);
    } finally {
      await rm(output!, { force: true });
    }
  }, WAIT_MS + 30_000);

  it('refuses an unknown printer with a Swedish message that does not name the file', async () => {
    const file = await writeOnePagePdf(await tempDir());
    const error = await catchPrintError(printPdf(file, { printer: 'reservfax-saknas', title: TITLE }));
    expect(error.reason).toBe('unknown-printer');
    expect(error.code).toBe('PRINT_FAILED');
    expect(EXIT_CODES[error.code]).toBe(5);
    expect(error.userMessage).toMatch(/^Utskriften till skrivaren reservfax-saknas misslyckades: skrivaren finns inte/);
    expect(error.userMessage).toContain('Faxa PDF-filen i att-faxa/ för hand');
    expect(error.userMessage).not.toContain(file);
    expect(error.message).toContain('does not exist');
  });

  it('reports the test queue as existing, accepting and enabled, and a missing queue as missing', async () => {
    expect(await printerStatus(QUEUE)).toMatchObject({ exists: true, accepting: true, enabled: true });
    expect(await printerStatus('reservfax-saknas')).toMatchObject({ exists: false, accepting: false });
  });
});

describe('print failures without a working queue', () => {
  it('turns a missing lp command into PrintFailedError instead of a crash', async () => {
    const file = await writeOnePagePdf(await tempDir());
    const error = await catchPrintError(printPdf(file, { printer: QUEUE, title: TITLE, lpCommand: '/nonexistent/lp' }));
    expect(error.reason).toBe('lp-missing');
    expect(error.userMessage).toMatch(/utskriftsprogrammet lp saknas.*Faxa PDF-filen i att-faxa\/ för hand/);
    expect(error.userMessage).not.toContain(file);
  });

  it('gives up after timeoutMs when lp hangs', async () => {
    const dir = await tempDir();
    const lp = await writeFakeLp(dir, 'exec sleep 20');
    const started = Date.now();
    const error = await catchPrintError(printPdf(await writeOnePagePdf(dir), { printer: QUEUE, title: TITLE, timeoutMs: 300, lpCommand: lp }));
    expect(error.reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('treats an lp that succeeds without a job ID as a failure the nurse must check', async () => {
    const dir = await tempDir();
    const lp = await writeFakeLp(dir, 'echo "nothing to report"');
    const error = await catchPrintError(printPdf(await writeOnePagePdf(dir), { printer: QUEUE, title: TITLE, lpCommand: lp }));
    expect(error.reason).toBe('no-job-id');
    expect(error.userMessage).toContain('Kontrollera i skrivarkön');
  });

  it('passes the arguments to lp without a shell and reads the job ID it reports', async () => {
    const dir = await tempDir();
    const argsFile = path.join(dir, 'args.txt');
    const lp = await writeFakeLp(dir, `printf '%s\\n' "$@" > '${argsFile}'\necho 'request id is Fax-12 (1 file(s))'`);
    const file = path.join(dir, '-rf $(touch pwned).pdf');
    await writeFile(file, '%PDF-1.4\n');
    expect(await printPdf(file, { printer: 'Fax', title: TITLE, copies: 2, lpCommand: lp })).toEqual({ jobId: 'Fax-12' });
    expect((await readFile(argsFile, 'utf8')).split('\n').slice(0, -1)).toEqual(['-d', 'Fax', '-t', TITLE, '-n', '2', '--', file]);
    expect(await readdir(dir)).not.toContain('pwned');
  });

  it('rejects a queue name lpadmin would refuse before running lp', async () => {
    const error = await catchPrintError(printPdf('/tmp/x.pdf', { printer: 'fax kö/1', title: TITLE, lpCommand: '/nonexistent/lp' }));
    expect(error.reason).toBe('invalid-request');
  });

  it.skipIf(!hasLp)(`says the scheduler is down when CUPS cannot be reached${hasLp ? '' : ' (skipped: lp not installed)'}`, async () => {
    const file = await writeOnePagePdf(await tempDir());
    const saved = process.env.CUPS_SERVER;
    process.env.CUPS_SERVER = path.join(path.dirname(file), 'no-cupsd.sock');
    try {
      const error = await catchPrintError(printPdf(file, { printer: QUEUE, title: TITLE }));
      expect(error.reason).toBe('scheduler-down');
      expect(error.userMessage).toContain('utskriftstjänsten (CUPS) är inte igång');
    } finally {
      if (saved === undefined) delete process.env.CUPS_SERVER;
      else process.env.CUPS_SERVER = saved;
    }
  });
});
