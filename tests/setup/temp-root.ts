import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Every temporary folder of a test run (the tests', and those of the commands and services they start) goes under
 * one root, removed when the run ends, so repeated runs on a CI machine never fill its disk. The root is the test
 * processes' TMPDIR, which os.tmpdir() reads on every call and child processes inherit. RESERVFAX_KEEP_TEST_TMP=1
 * keeps it for a look after a failure.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const previous = process.env.TMPDIR;
  const root = await mkdtemp(path.join(tmpdir(), 'reservfax-tests-'));
  // Others may need to reach a test's own folder inside (a service user, a printer backend), as under /tmp itself.
  await chmod(root, 0o755);
  process.env.TMPDIR = root;
  return async () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (process.env.RESERVFAX_KEEP_TEST_TMP === '1') console.log(`Test temp folders kept in ${root}`);
    else await rm(root, { recursive: true, force: true });
  };
}
