import { ReservfaxError, EXIT_CODES, UsageError } from '../errors.js';
import { runAnonymise } from './anonymise-command.js';
import { runCases } from './cases-command.js';
import { runInbox } from './inbox-command.js';
import { runRoute } from './route-command.js';
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
      case 'start':
        process.stdout.write('Tjänsten (reservfax start) är inte byggd ännu: den bevakar snart mapparna i watch-folders/.\n' +
          'Använd tills vidare: reservfax anonymise REMISS.pdf --out UT.pdf\n');
        return 0;
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
