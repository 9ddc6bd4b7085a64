// Wall time per stage and peak RSS for a 3-page text referral and a 3-page scanned referral, then each referral
// (1 to 3 pages) side by side with `ocrmypdf --force-ocr -j 2` when bench/setup.sh has installed it.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { generateFixtures } from '../fixtures/generate.js';
import { parseConfig } from '../src/config/load-config.js';
import { prepareHome } from '../src/fs/home.js';
import { ocrPoolOptions, withOcrPool } from '../src/ocr/ocr-pool.js';
import { openCaseStore } from '../src/store/case-store.js';
import { sendReferral } from '../src/outbound/index.js';
import { hasOcrmypdf, versusOcrmypdf } from './versus-ocrmypdf.js';

const STAGES = ['load', 'render', 'ocr', 'barcode', 'detect', 'burn', 'verify', 'write'];

async function combine(files: string[], out: string): Promise<string> {
  const merged = await PDFDocument.create();
  for (const file of files) {
    const source = await PDFDocument.load(await readFile(file));
    for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
  }
  await writeFile(out, await merged.save());
  return out;
}

const work = await mkdtemp(path.join(tmpdir(), 'reservfax-bench-'));
const fixtures = await generateFixtures(path.join(work, 'fixtures'));
const file = (id: string) => fixtures.find((f) => f.id === id)!.file;
const documents = {
  'text, 3 pages': await combine([file('text-ris-export'), file('text-with-label')], path.join(work, 'text3.pdf')),
  'scanned, 3 pages': await combine([file('scanned-referral'), file('scanned-referral'), file('scanned-referral')], path.join(work, 'scan3.pdf')),
};
const shorter = { 'text, 2 pages': file('text-ris-export'), 'scanned, 1 page': file('scanned-referral') };
const TARGET = { text: 1.0, scanned: 1.5 };
const config = parseConfig({});
const home = await prepareHome(path.join(work, 'home'), config);
const pool = ocrPoolOptions(config.anonymise);
const store = openCaseStore(home.storeFile);
console.log(`reservfax bench — ${availableParallelism()} cores, ${pool.workers} OCR workers (${pool.languages.join('+')}), node ${process.version}`);

await withOcrPool(pool, async (ocr) => {
  for (const [name, input] of Object.entries(documents)) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const outcome = await sendReferral({ referral: input, outputFile: path.join(work, `${name}.pdf`), home, config, ocr, store });
    const wall = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const pages = outcome.pages - 1;
    const stages = STAGES.map((stage) => `${stage} ${((outcome.timings[stage] ?? 0) / 1000).toFixed(2)}s`).join(', ');
    console.log(`${name}: ${wall.toFixed(2)} s wall, ${(wall / pages).toFixed(2)} s/page (target < 2.5 s/page), ${cpuSeconds.toFixed(1)} s CPU`);
    console.log(`  stage time (summed over parallel pages): ${stages}`);
  }
});
store.close();
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

if (!hasOcrmypdf()) {
  console.log('ocrmypdf not installed: run bench/setup.sh for the side-by-side ratio.');
} else {
  console.log('\nreservfax anonymise vs ocrmypdf --force-ocr -j 2, whole commands alternated, median of 3:');
  for (const [name, input] of Object.entries({ ...shorter, ...documents })) {
    const { reservfax, ocrmypdf, ratio } = await versusOcrmypdf(input);
    const target = name.startsWith('text') ? TARGET.text : TARGET.scanned;
    console.log(`  ${name}: reservfax ${reservfax.toFixed(2)} s, ocrmypdf ${ocrmypdf.toFixed(2)} s, ratio ${ratio.toFixed(2)}× (target ≤ ${target.toFixed(1)}×)`);
  }
}
await rm(work, { recursive: true, force: true });
