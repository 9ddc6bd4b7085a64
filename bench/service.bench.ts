// `npm run bench:service [concurrency] [ocrWorkers] [jobProcesses]`: 50 referrals (the mixed corpus, text and scanned, 1–2 pages) dropped at once into a running service.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../fixtures/corpus/generate-corpus.js';
import { openCaseStore } from '../src/store/case-store.js';

const COUNT = 50;
const work = await mkdtemp(path.join(tmpdir(), 'reservfax-bench-service-'));
const corpus = await generateCorpus(path.join(work, 'corpus'));
const home = path.join(work, 'home');
const [concurrency, ocrWorkers, jobProcesses] = process.argv.slice(2, 5).map((arg) => (arg && arg !== '-' ? Number(arg) : undefined));
const service = { ...(concurrency ? { concurrency } : {}), ...(jobProcesses ? { jobProcesses } : {}) };
const anonymise = ocrWorkers ? { ocrWorkers } : {};
await writeFile(path.join(work, 'reservfax.config.json'), JSON.stringify({ watch: { stableSeconds: 1 }, service, anonymise }));
const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../bin/reservfax.js'), 'start', '--home', home, '--config', path.join(work, 'reservfax.config.json')], { stdio: ['ignore', 'pipe', 'inherit'] });
let log = '';
child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
while (!log.includes('"service.started"')) await new Promise((resolve) => setTimeout(resolve, 100));

console.log(`reservfax bench:service — ${COUNT} referrals, ${availableParallelism()} cores, concurrency ${concurrency ?? 'default (one job per core)'}, OCR workers ${ocrWorkers ?? 'default'}, job processes ${jobProcesses ?? 'default (1)'}, node ${process.version}`);
const started = performance.now();
for (let n = 0; n < COUNT; n++) {
  const source = corpus[n % corpus.length]!;
  const bytes = Buffer.concat([await readFile(source.file), Buffer.from(`\n% bench drop ${n}\n`)]);
  await writeFile(path.join(home, 'akutskriv', `remiss-${n}.pdf`), bytes);
}
let finished = 0;
let peakRssMb = 0;
const peakByProcess = new Map<string, number>();
while (finished < COUNT) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  peakRssMb = Math.max(peakRssMb, await treeRss(child.pid!, peakByProcess));
  const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
  finished = store.listJobs({ statuses: ['done', 'failed'] }).length;
  store.close();
}
const seconds = (performance.now() - started) / 1000;
child.kill('SIGTERM');
const store = openCaseStore(path.join(home, 'state', 'cases.sqlite'));
const outcomes = store.listJobs({}).reduce<Record<string, number>>((counts, job) => ({ ...counts, [job.outcome ?? '?']: (counts[job.outcome ?? '?'] ?? 0) + 1 }), {});
store.close();
console.log(`total ${seconds.toFixed(1)} s, ${((COUNT / seconds) * 60).toFixed(1)} referrals per minute, outcomes ${JSON.stringify(outcomes)}`);
console.log(`service peak RSS ${peakRssMb.toFixed(0)} MB, the service and its job workers together, sampled every 250 ms (target ≤ 600 MB)`);
console.log(`peak per process: ${[...peakByProcess].map(([role, mb]) => `${role} ${mb.toFixed(0)} MB`).join(', ')}`);
if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
await rm(work, { recursive: true, force: true });

// The service and its job workers together: the resident memory of the whole process tree now, in MB.
async function treeRss(pid: number, peaks: Map<string, number>, role = 'service'): Promise<number> {
  let total = await statusField(pid, 'VmRSS');
  peaks.set(role, Math.max(peaks.get(role) ?? 0, total));
  const children = await childrenOf(pid);
  for (const [i, child] of children.entries()) total += await treeRss(child, peaks, `job worker ${i + 1}`);
  return total;
}

async function childrenOf(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => []);
  const lists = await Promise.all(tasks.map((task) => readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '')));
  return lists.flatMap((list) => list.split(' ').filter(Boolean).map(Number));
}

async function statusField(pid: number, field: string): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
  return match ? Number(match[1]) / 1024 : 0;
}
