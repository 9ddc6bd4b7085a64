import { ReservfaxError, EXIT_CODES, UsageError } from '../errors.js';
import { runAnonymise } from './anonymise-command.js';
import { runCases } from './cases-command.js';
import { runIncident } from './incident-command.js';
import { runInbox } from './inbox-command.js';
import { runReport } from './report-command.js';
import { runRoute } from './route-command.js';
import { runRoutineCard } from './routine-card-command.js';
import { runStart } from './start-command.js';
import { runStatus } from './status-command.js';
import { runWebUser } from './web-user-command.js';
import { HELP_TEXT } from './help.js';

// Entry point of the `reservfax` command: dispatch, then map typed errors to documented exit codes.
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'anonymise':
        return await runAnonymise(rest);
      case 'route':
        return await runRoute(rest);
      case 'inbox':
        return await runInbox(rest);
      case 'cases':
        return await runCases(rest);
      case 'report':
        return await runReport(rest);
      case 'start':
        return await runStart(rest);
      case 'status':
        return await runStatus(rest);
      case 'incident':
        return await runIncident(rest);
      case 'rutinkort':
        return await runRoutineCard(rest);
      case 'web-user':
        return await runWebUser(rest);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(HELP_TEXT);
        return 0;
      default:
        throw new UsageError(`Okänt kommando "${command}". Skriv "reservfax help" för hjälp.`);
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
  process.stderr.write(
    `reservfax: Oväntat fel (${name}). Inget har skapats för faxning. Följ den manuella rutinen och kontakta IT.\n`,
  );
  if (process.env.RESERVFAX_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 1;
}
