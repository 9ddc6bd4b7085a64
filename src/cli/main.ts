import { ReservfaxError, UsageError } from '../errors.js';
import { EXIT_CODES, EXIT_UNEXPECTED } from './exit-codes.js';
import { HELP_TEXT } from './help.js';
import { message } from '../messages.js';

// Entry point of the `reservfax` command: dispatch, then map typed errors to documented exit codes. Each command's
// module loads only when it runs: a one-off `anonymise` must not pay for the web server's and the mailer's start-up.
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'anonymise':
        return await (await import('./anonymise-command.js')).runAnonymise(rest);
      case 'route':
        return await (await import('./route-command.js')).runRoute(rest);
      case 'inbox':
        return await (await import('./inbox-command.js')).runInbox(rest);
      case 'cases':
        return await (await import('./cases-command.js')).runCases(rest);
      case 'report':
        return await (await import('./report-command.js')).runReport(rest);
      case 'start':
        return await (await import('./start-command.js')).runStart(rest);
      case 'status':
        return await (await import('./status-command.js')).runStatus(rest);
      case 'incident':
        return await (await import('./incident-command.js')).runIncident(rest);
      case 'rutinkort':
        return await (await import('./routine-card-command.js')).runRoutineCard(rest);
      case 'web-user':
        return await (await import('./web-user-command.js')).runWebUser(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP_TEXT);
        return 0;
      default:
        throw new UsageError(message('cli.unknown-command', { command: String(command) }));
    }
  } catch (error) {
    return reportFailure(error);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof ReservfaxError) {
    process.stderr.write(`reservfax: ${error.userMessage}\n`);
    return EXIT_CODES[error.code];
  }
  const name = error instanceof Error ? error.name : typeof error;
  process.stderr.write(`${message('cli.unexpected-error', { name })}\n`);
  if (process.env.RESERVFAX_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return EXIT_UNEXPECTED;
}
