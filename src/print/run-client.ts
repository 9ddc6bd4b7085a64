import { execFile, type ExecFileException } from 'node:child_process';

export interface ClientRun {
  ok: boolean;
  stdout: string;
  stderr: string;
  error?: ExecFileException;
}

// Runs a CUPS client without a shell. The C locale keeps its messages parseable. It never throws.
export function runClient(command: string, args: string[], timeoutMs: number): Promise<ClientRun> {
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  return new Promise((resolve) => {
    execFile(command, args, { env, timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      resolve({ ok: !error, stdout, stderr, error: error ?? undefined });
    });
  });
}

// One line for logs and the error's detail: how the client ended and what it said.
export function describeRun(command: string, run: ClientRun): string {
  const code = run.error?.code;
  const status = run.error?.killed ? 'killed after timeout' : typeof code === 'number' ? `exit ${code}` : String(code ?? 'exit 0');
  const said = run.stderr.trim() || run.stdout.trim();
  return `${command}: ${status}${said ? `: ${said}` : ''}`;
}
