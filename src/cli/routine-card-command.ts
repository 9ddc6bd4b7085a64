import path from 'node:path';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { buildRoutineCard } from '../routine-card/index.js';
import { ROUTINE_CARD_FILE } from '../routine-card/write-card.js';
import { openHome, parseCommand } from './command-line.js';
import { message } from '../messages.js';

// `reservfax rutinkort [--out FILE]`: the routine card as a one-page A4 PDF from the config, to print and post.
export async function runRoutineCard(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, { out: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(message('cli.routine-card-usage'));
  const { config, home } = await openHome(values);
  const out = path.resolve(values.out ?? path.join(home.root, ROUTINE_CARD_FILE));
  await writeFileAtomic(out, await buildRoutineCard(config, new Date()), 0o644);
  process.stdout.write(values.json ? `${JSON.stringify({ output: out })}\n` : `${message('cli.routine-card-written', { file: out })}\n`);
  return 0;
}
