// Side by side with the OCR-only tool: `reservfax anonymise` and `ocrmypdf --force-ocr -j 2` on the same file,
// alternated in one run so both meet the same machine load; the medians and their ratio per document.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROUNDS = 3;
const CLI = path.resolve(import.meta.dirname, '../bin/reservfax.js');

export interface Versus {
  reservfax: number;
  ocrmypdf: number;
  ratio: number;
}

// Whether `ocrmypdf` is installed (bench/setup.sh installs Debian's package).
export function hasOcrmypdf(): boolean {
  return spawnSync('ocrmypdf', ['--version'], { stdio: 'ignore' }).status === 0;
}

// Median wall seconds of each tool over alternated rounds on one input.
export async function versusOcrmypdf(input: string): Promise<Versus> {
  const work = await mkdtemp(path.join(tmpdir(), 'reservfax-versus-'));
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await timeCommand(process.execPath, [CLI, 'anonymise', input, '--out', path.join(work, `r${round}.pdf`), '--home', path.join(work, 'home')]));
    theirs.push(await timeCommand('ocrmypdf', ['-q', '--force-ocr', '-j', '2', input, path.join(work, `o${round}.pdf`)]));
  }
  await rm(work, { recursive: true, force: true });
  const reservfax = median(ours);
  const ocrmypdf = median(theirs);
  return { reservfax, ocrmypdf, ratio: reservfax / ocrmypdf };
}

async function timeCommand(command: string, args: string[]): Promise<number> {
  const start = performance.now();
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', resolve);
  });
  if (code !== 0) throw new Error(`${path.basename(command)} ${args[0]} exited with ${code}`);
  return (performance.now() - start) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
