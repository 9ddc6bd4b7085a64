/** Writes fixture sets into a shared folder, one subfolder and manifest.json each: `tsx tests/setup/write-fixtures.ts DIR SET...`. */
import { chmod, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCorpus } from '../../fixtures/corpus/generate-corpus.js';
import { generateCorpus2, type Corpus2Document } from '../../fixtures/corpus2/generate-corpus2.js';
import { generateFixtures } from '../../fixtures/generate.js';
import { generateHostile } from '../../fixtures/hostile/generate-hostile.js';
import { generateProvenanceFixtures } from '../../fixtures/provenance/generate.js';
import { generateReplies } from '../../fixtures/replies/generate-replies.js';

/** Each set's generator; what it returns is its manifest. */
const SETS: Record<string, (dir: string) => Promise<unknown>> = {
  referrals: generateFixtures,
  replies: generateReplies,
  provenance: generateProvenanceFixtures,
  hostile: generateHostile,
  corpus: generateCorpus,
  // The print log of each document rides along (without its bytes, which are the file), for the generator's own test.
  corpus2: async (dir) => {
    const docs: Omit<Corpus2Document, 'bytes'>[] = [];
    const cases = await generateCorpus2(dir, ({ bytes: _bytes, ...doc }) => docs.push(doc));
    return { cases, docs };
  },
};

// Why: the shared fixtures are read-only, so a test that writes into them fails at once instead of disturbing another.
async function makeReadOnly(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) await chmod(path.join(entry.parentPath, entry.name), 0o444);
  }
}

const [root, ...names] = process.argv.slice(2);
if (!root || names.length === 0) throw new Error('usage: write-fixtures.ts DIR SET...');
for (const name of names) {
  const generate = SETS[name];
  if (!generate) throw new Error(`unknown fixture set ${name}; known: ${Object.keys(SETS).join(', ')}`);
  const dir = path.join(root, name);
  const manifest = await generate(dir);
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await makeReadOnly(dir);
}
