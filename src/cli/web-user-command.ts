import { read } from 'read';
import { UsageError } from '../errors.js';
import { hashPassword } from '../web/password.js';
import { parseCommand } from './command-line.js';
import { message } from '../messages.js';

const NAME = /^[\p{L}\p{N}._-]{1,40}$/u;
const MIN_LENGTH = 10;

// `reservfax web-user NAME`: asks for a password (twice, hidden, at a terminal; one line from a pipe) and prints the
// entry for `web.users` with its scrypt hash. The password itself is never printed, stored or logged.
export async function runWebUser(args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, {});
  const name = positionals[0] ?? '';
  if (positionals.length !== 1 || !NAME.test(name)) throw new UsageError(message('cli.web-user-usage'));
  const password = process.stdin.isTTY ? await askTwice() : await readLine();
  if (password.length < MIN_LENGTH) throw new UsageError(message('cli.web-user-short-password', { length: MIN_LENGTH }));
  const entry = JSON.stringify({ name, hash: await hashPassword(password) });
  process.stderr.write(`${message('cli.web-user-add-line')}\n`);
  process.stdout.write(`${entry}\n`);
  return 0;
}

async function askTwice(): Promise<string> {
  const first = await read({ prompt: message('cli.web-user-password'), silent: true, replace: '*', output: process.stderr });
  const second = await read({ prompt: message('cli.web-user-password-again'), silent: true, replace: '*', output: process.stderr });
  if (first !== second) throw new UsageError(message('cli.web-user-mismatch'));
  return first;
}

async function readLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}
