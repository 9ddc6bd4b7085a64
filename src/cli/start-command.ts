import { UsageError } from '../errors.js';
import { routineWarning } from '../mail/index.js';
import { startService } from '../service/run-service.js';
import { openHome, parseCommand } from './command-line.js';
import { message } from '../messages.js';

// `reservfax start`: run the watched-folder service in the foreground until SIGINT or SIGTERM.
export async function runStart(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(args, {});
  if (positionals.length > 0) throw new UsageError(message('cli.start-usage'));
  const { config, home } = await openHome(values);
  const service = await startService({ home, config });
  process.stdout.write(`${message('cli.start-watching', { referrals: home.referralsIn, replies: home.faxIn })}\n`);
  if (service.webUrl) process.stdout.write(`${message('cli.start-web-page', { url: service.webUrl })}\n`);
  const warning = routineWarning(config, new Date());
  if (warning) process.stdout.write(`${message('cli.start-warning', { warning })}\n`);
  const stop = () => void service.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await service.stopped;
  return 0;
}
