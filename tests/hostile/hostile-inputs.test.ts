import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CASES, OUTCOME, type HostileCase, type WrittenCase } from '../../fixtures/hostile/generate-hostile.js';
import { EXIT_CODES, EXIT_MANUAL_REVIEW } from '../../src/cli/exit-codes.js';
import { byId, hostileCases } from '../helpers/fixtures.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { runCliMeasured, type MeasuredRun } from '../helpers/run-cli-measured.js';

const CONCURRENT_RUNS = 2;
const TIME_LIMIT_SECONDS = 120;
const MAX_RSS_MB = 1536;
const INTERNAL_ERROR = 1;

// Two CLI runs at a time on this 2-core machine (each spawns its own OCR workers); the other tests wait for a slot.
function createLimiter(size: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
const inSlot = createLimiter(CONCURRENT_RUNS);

// The slow cases (those read to the end) start first, so the quick refusals fill the gaps.
const byCost = (c: HostileCase): number => (c.expectedExit === OUTCOME.faxed || c.reviewReason === 'no-case-id' ? 0 : 1);
const ordered = [...HOSTILE_CASES].sort((a, b) => byCost(a) - byCost(b));

interface CaseRun {
  work: string;
  home: string;
  out: string;
  written: WrittenCase;
  run: MeasuredRun;
}

// Copy one case (written once for the run) into its own folder, with its config if any, and run it through the
// built command line.
async function runCase(id: string): Promise<CaseRun> {
  const work = await makeTempDir('reservfax-hostile-');
  const shared = byId(await hostileCases(), id);
  await mkdir(path.join(work, 'in'));
  const written: WrittenCase = { ...shared, file: path.join(work, 'in', shared.fileName) };
  await copyFile(shared.file, written.file);
  const home = path.join(work, 'home');
  const out = path.join(work, 'ut.pdf');
  const args =
    written.command === 'anonymise' ? ['anonymise', written.file, '--out', out, '--home', home] : ['route', written.file, '--home', home, '--json'];
  if (written.config) {
    const configFile = path.join(work, 'in', 'config.json');
    await writeFile(configFile, JSON.stringify(written.config));
    args.push('--config', configFile);
  }
  const run = await inSlot(() => runCliMeasured(args, { cwd: work, timeoutMs: TIME_LIMIT_SECONDS * 1000 }));
  console.info(`hostile ${id}: expected ${written.expectedExit}, got ${run.code ?? run.signal}, ${run.seconds.toFixed(1)} s, ${run.peakRssMb?.toFixed(0)} MB`);
  return { work, home, out, written, run };
}

async function filesIn(folder: string): Promise<string[]> {
  return existsSync(folder) ? (await readdir(folder)).sort() : [];
}

async function checkReferral({ work, home, out, written, run }: CaseRun): Promise<void> {
  expect(await filesIn(work)).toEqual(['home', 'in', ...(existsSync(out) ? ['ut.pdf'] : [])]);
  if (written.expectedExit === OUTCOME.faxed) {
    expect(Buffer.from(await readFile(out)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await filesIn(path.join(home, 'arkiv'))).toHaveLength(1);
    return;
  }
  expect(existsSync(out)).toBe(false);
  expect(await filesIn(path.join(home, 'arkiv'))).toEqual([]);
  expect(await filesIn(path.join(home, 'att-faxa'))).toEqual([]);
  expect(run.stderr).toMatch(/manuella rutinen/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toContain(written.fileName);
  if (written.message) expect(run.stderr).toMatch(new RegExp(written.message));
}

async function checkReply({ work, home, written, run }: CaseRun): Promise<void> {
  expect(await filesIn(work)).toEqual(['home', 'in']);
  const outcome = JSON.parse(run.stdout) as { status: string; reason: string; files: string[] };
  expect(outcome).toMatchObject({ status: 'unmatched', reason: written.reviewReason });
  expect(await filesIn(path.join(home, 'ris-admin'))).toEqual([]);
  expect(await filesIn(path.join(home, 'remitterande'))).toEqual([]);
  const [copy, note] = outcome.files;
  expect(path.dirname(copy!)).toBe(path.join(home, 'manuell-granskning'));
  expect(Buffer.compare(await readFile(copy!), await readFile(written.file))).toBe(0);
  const noteText = await readFile(note!, 'utf8');
  expect(noteText).not.toContain(written.fileName);
  if (written.message) expect(noteText).toMatch(new RegExp(written.message));
}

describe('hostile and damaged inputs through the command line', () => {
  it('has at least 30 cases, each expecting one of the documented exit codes', () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(30);
    expect(OUTCOME).toEqual({ faxed: 0, rejected: EXIT_CODES.INPUT_REJECTED, refused: EXIT_CODES.REDACTION_UNVERIFIED, review: EXIT_MANUAL_REVIEW });
    for (const c of HOSTILE_CASES) expect(c.command === 'route').toBe(c.expectedExit === OUTCOME.review);
  });

  for (const hostile of ordered) {
    it.concurrent(`ends ${hostile.id} with exit ${hostile.expectedExit}, in time, within memory and with nothing left behind`, async () => {
      const result = await runCase(hostile.id);
      const { run } = result;
      expect(run.timedOut).toBe(false);
      expect(run.signal).toBeNull();
      expect(run.code).not.toBe(INTERNAL_ERROR);
      expect({ code: run.code, stderr: run.stderr.slice(0, 600) }).toMatchObject({ code: hostile.expectedExit });
      expect(run.seconds).toBeLessThanOrEqual(TIME_LIMIT_SECONDS);
      if (existsSync('/usr/bin/time') || run.peakRssMb !== undefined) expect(run.peakRssMb).toBeLessThanOrEqual(MAX_RSS_MB);
      await (hostile.command === 'anonymise' ? checkReferral(result) : checkReply(result));
    }, 600_000);
  }
});
