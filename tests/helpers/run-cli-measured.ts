import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { BIN, type CliResult } from './run-cli.js';

/** A CLI run with what it cost: wall time, the child's peak resident memory, and how it ended. */
export interface MeasuredRun extends CliResult {
  /** The signal that ended the child (from the kernel, or our own kill after the time limit), else null. */
  signal: string | null;
  timedOut: boolean;
  seconds: number;
  /** Peak RSS of the CLI process in MB; undefined when it could not be measured (killed before it could say). */
  peakRssMb: number | undefined;
}

const GNU_TIME = '/usr/bin/time';
const PRELOAD = path.resolve(import.meta.dirname, 'peak-rss-preload.mjs');

// Run the built command as a separate process under a time limit and measure its peak RSS: by GNU time when the
// machine has it, else by a preload that writes the process's own maxRSS as it exits. The whole process group is killed
// when the limit passes, so a hung run cannot outlive its test.
export async function runCliMeasured(args: string[], options: { cwd: string; timeoutMs: number }): Promise<MeasuredRun> {
  const rssFile = path.join(options.cwd, `.peak-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const viaTime = existsSync(GNU_TIME);
  const [command, ...prefix] = viaTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, process.execPath] : [process.execPath, '--import', PRELOAD];
  const started = performance.now();
  const child = spawn(command!, [...prefix, BIN, ...args], {
    cwd: options.cwd,
    detached: true,
    env: { ...process.env, RESERVFAX_DEBUG: '1', RESERVFAX_RSS_FILE: rssFile },
  });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid!, 'SIGKILL');
  }, options.timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  }).finally(() => clearTimeout(timer));
  const seconds = (performance.now() - started) / 1000;
  const report = await readFile(rssFile, 'utf8').catch(() => '');
  await rm(rssFile, { force: true });
  const killedBy = /terminated by signal (\d+)/.exec(report)?.[1];
  const kilobytes = Number(report.trim().split('\n').at(-1));
  return {
    code: killedBy ? null : code,
    signal: killedBy ? `signal ${killedBy}` : signal,
    timedOut,
    stdout,
    stderr,
    seconds,
    peakRssMb: Number.isFinite(kilobytes) && kilobytes > 0 ? kilobytes / 1024 : undefined,
  };
}
