import { read } from 'read';
import { UsageError } from '../errors.js';
import { hashPassword } from '../web/password.js';
import { parseCommand } from './command-line.js';

const NAME = /^[\p{L}\p{N}._-]{1,40}$/u;
const MIN_LENGTH = 10;

// `reservfax web-user NAME`: asks for a password (twice, hidden, at a terminal; one line from a pipe) and prints the
// entry for `web.users` with its scrypt hash. The password itself is never printed, stored or logged.
export async function runWebUser(args: string[]): Promise<number> {
  const { positionals } = parseCommand(args, {});
  const name = positionals[0] ?? '';
  if (positionals.length !== 1 || !NAME.test(name)) throw new UsageError('Användning: reservfax web-user NAMN (bokstäver, siffror, . _ - ; högst 40 tecken)');
  const password = process.stdin.isTTY ? await askTwice() : await readLine();
  if (password.length < MIN_LENGTH) throw new UsageError(`Lösenordet måste ha minst ${MIN_LENGTH} tecken.`);
  const entry = JSON.stringify({ name, hash: await hashPassword(password) });
  process.stderr.write('Lägg in raden nedan i "web.users" i reservfax.config.json och starta om tjänsten:\n');
  process.stdout.write(`${entry}\n`);
  return 0;
}

async function askTwice(): Promise<string> {
  const first = await read({ prompt: 'Lösenord: ', silent: true, replace: '*', output: process.stderr });
  const second = await read({ prompt: 'Samma lösenord igen: ', silent: true, replace: '*', output: process.stderr });
  if (first !== second) throw new UsageError('Lösenorden var inte lika. Inget skapades.');
  return first;
}

async function readLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}
