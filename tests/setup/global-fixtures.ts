import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder globalSetup wrote every fixture set into, one read-only subfolder per set. */
    fixturesDir: string;
  }
}

const SCRIPT = path.resolve(import.meta.dirname, 'write-fixtures.ts');
/** Two generator processes of about equal length for the two cores: corpus 1 alone takes about as long as the rest. */
const BATCHES = [['corpus'], ['referrals', 'replies', 'provenance', 'hostile', 'corpus2']];
const DONE = 'complete';

// Why: run one batch of generators in its own process, so the two batches use both cores.
function writeSets(dir: string, sets: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dir, ...sets], { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`fixture sets ${sets.join(', ')} failed (exit ${code}):\n${stderr}`))));
  });
}

/**
 * Generates every fixture set once per test run and hands its folder to the test files (`inject('fixturesDir')`).
 * RESERVFAX_TEST_FIXTURES names a folder to keep between runs (for running one file again and again); it is filled
 * when it has no complete set yet, and never removed.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const kept = process.env.RESERVFAX_TEST_FIXTURES;
  const dir = kept ? path.resolve(kept) : await mkdtemp(path.join(tmpdir(), 'reservfax-fixtures-'));
  if (!existsSync(path.join(dir, DONE))) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await Promise.all(BATCHES.map((sets) => writeSets(dir, sets)));
    await writeFile(path.join(dir, DONE), '');
  }
  project.provide('fixturesDir', dir);
  return async () => {
    if (!kept) await rm(dir, { recursive: true, force: true });
  };
}
