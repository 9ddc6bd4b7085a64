import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The installed command, as a user runs it. */
export const BIN = path.resolve(import.meta.dirname, '../../bin/reservfax.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Run the installed command exactly as a user would: a separate node process on the built output.
// `input` is piped to its stdin (a password for `web-user`, as a script would give it).
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: { ...process.env, RESERVFAX_DEBUG: '0' } });
    if (options.input !== undefined) child.stdin.end(options.input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// A fresh temporary directory for one test.
export function makeTempDir(prefix = 'reservfax-test-'): Promise<string> {
  return mkdtemp(path.join(tmpdir(), prefix));
}
