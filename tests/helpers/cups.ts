import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';

export const QUEUE = process.env.RESERVFAX_TEST_PRINTER ?? 'reservfax-test';
export const OUT_DIR = process.env.RESERVFAX_TEST_PRINT_DIR ?? '/var/spool/cups-pdf/reservfax-test';
const run = promisify(execFile);
const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };

// Why the real-CUPS tests cannot run here, or undefined when a scheduler and a cups-pdf queue are ready.
export async function findSkipReason(): Promise<string | undefined> {
  const scheduler = await run('lpstat', ['-r'], { env }).catch((error: NodeJS.ErrnoException) => error);
  if (scheduler instanceof Error) return scheduler.code === 'ENOENT' ? 'no CUPS client (lpstat) installed' : 'lpstat -r failed';
  if (!/^scheduler is running/m.test(scheduler.stdout)) return 'no CUPS scheduler running';
  const device = await run('lpstat', ['-v', QUEUE], { env }).catch(() => undefined);
  if (!device?.stdout.includes('cups-pdf:/')) return `no cups-pdf queue "${QUEUE}" (RESERVFAX_TEST_PRINTER)`;
  const outDir = await stat(OUT_DIR).catch(() => undefined);
  if (!outDir?.isDirectory()) return `cups-pdf output folder ${OUT_DIR} missing (RESERVFAX_TEST_PRINT_DIR)`;
  return undefined;
}
