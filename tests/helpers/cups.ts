import { execFile } from 'node:child_process';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

// A redo asks CUPS for job titles with ipptool (cups-ipp-utils), which a scheduler and queue alone do not bring.
export async function findIpptoolSkipReason(): Promise<string | undefined> {
  const missing = await run('ipptool', ['--version'], { env }).then(
    () => false,
    (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
  );
  return missing ? 'no ipptool (cups-ipp-utils) installed' : undefined;
}

// The highest job number the test queue has given out so far (0 for none), so a test looks only at jobs after it.
export async function lastJobNumber(): Promise<number> {
  return Math.max(0, ...(await queueJobNumbers()));
}

// The titles of the test queue's jobs numbered above `after`, read one job at a time (Get-Job-Attributes, as the
// job's owner) so the check does not share the Get-Jobs query of src/print/find-print-job.ts.
export async function jobTitlesAfter(after: number, dir: string): Promise<string[]> {
  const testFile = path.join(dir, 'job-name.test');
  await writeFile(testFile, GET_JOB_NAME);
  const titles: string[] = [];
  for (const number of (await queueJobNumbers()).filter((n) => n > after)) {
    const { stdout } = await run('ipptool', ['-t', '-v', `ipp://localhost/jobs/${number}`, testFile], { env });
    titles.push(/^\s*job-name \(nameWithoutLanguage\) = (.*)$/m.exec(stdout)?.[1] ?? '');
  }
  return titles;
}

const GET_JOB_NAME = `{
  NAME "job name"
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR language attributes-natural-language en
  ATTR uri job-uri $uri
  ATTR name requesting-user-name $user
  ATTR keyword requested-attributes job-name
  STATUS successful-ok
}
`;

async function queueJobNumbers(): Promise<number[]> {
  const { stdout } = await run('lpstat', ['-W', 'all', '-o', QUEUE], { env });
  return stdout.split('\n').flatMap((line) => {
    const number = new RegExp(`^${QUEUE}-(\\d+)\\s`).exec(line)?.[1];
    return number ? [Number(number)] : [];
  });
}

// Wait until the job is completed and cupsd has dropped it from memory (its title is then no longer among the fields
// a cheap Get-Jobs returns), as a service restarting a little later finds it. Asks only what cupsd keeps in memory:
// lpstat would make cupsd load the job again. Where cupsd keeps the job loaded, it goes on after `unloadMs`.
export async function waitUntilCompleted(jobId: string, dir: string, timeoutMs = 60_000, unloadMs = 10_000): Promise<void> {
  const testFile = path.join(dir, 'job-states.test');
  await writeFile(testFile, GET_JOB_STATES);
  const number = jobId.slice(jobId.lastIndexOf('-') + 1);
  let completedAt: number | undefined;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const { stdout } = await run('ipptool', ['-c', `ipp://localhost/printers/${QUEUE}`, testFile], { env });
    const row = stdout.split('\n').find((line) => line.startsWith(`${number},completed,`));
    completedAt ??= row ? Date.now() : undefined;
    if (row === `${number},completed,` || (completedAt !== undefined && Date.now() - completedAt > unloadMs)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`job ${jobId} not completed within ${timeoutMs} ms`);
}

const GET_JOB_STATES = `{
  NAME "job states"
  OPERATION Get-Jobs
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR language attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR name requesting-user-name $user
  ATTR keyword which-jobs completed
  ATTR keyword requested-attributes job-id,job-state,job-name
  STATUS successful-ok
  DISPLAY job-id
  DISPLAY job-state
  DISPLAY job-name
}
`;
