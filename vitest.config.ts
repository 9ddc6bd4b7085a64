import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/setup/longest-first.js';

/** A test file that starts the built command, the service, a browser or a CUPS print runs end-to-end. */
const STARTS_A_PROCESS = /\brunCli(?:Measured)?\(|\bstartServiceProcess\(|\blaunchChromium\(|helpers\/cups\.js/;

// Why: the split follows what a file does, so a new test lands in the right project without a list to keep.
function endToEndFiles(): string[] {
  const root = path.resolve(import.meta.dirname, 'tests');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts') && STARTS_A_PROCESS.test(readFileSync(path.join(root, file), 'utf8')))
    .map((file) => path.posix.join('tests', file.split(path.sep).join('/')));
}

const e2e = endToEndFiles();
const shared = { testTimeout: 30_000, hookTimeout: 120_000, maxWorkers: 2, setupFiles: ['tests/setup/stop-leftover-services.ts'] };

// Fixtures are generated once (globalSetup) for both projects. The in-process tests ('unit') and those that start the
// built command, the service, a browser or CUPS ('e2e') are separate projects (`vitest run --project unit` runs the
// quick ones alone) that share two worker slots, one per core, longest file first: a CLI run or the service already
// starts two OCR workers, so a third slot only slows every file down and pushes the service's job timeouts over.
export default defineConfig({
  test: {
    globalSetup: ['tests/setup/temp-root.ts', 'tests/setup/global-fixtures.ts'],
    sequence: { sequencer: LongestFirst },
    projects: [
      { test: { ...shared, name: 'unit', include: ['tests/**/*.test.ts'], exclude: e2e } },
      { test: { ...shared, name: 'e2e', include: e2e } },
    ],
  },
});
