import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import type { Corpus2Document } from '../../fixtures/corpus2/generate-corpus2.js';
import type { WrittenCase } from '../../fixtures/hostile/generate-hostile.js';
import type { FixtureCase } from '../../fixtures/lib/types.js';
import type { ReplyFixture } from '../../fixtures/replies/generate-replies.js';

// The fixture sets globalSetup (tests/setup/global-fixtures.ts) generated once for the whole run. They are read-only:
// a test copies a file into its own temporary folder before anything may change it.

// Why: one reader for every set's manifest.json.
async function manifest<T>(set: string): Promise<T> {
  return JSON.parse(await readFile(path.join(inject('fixturesDir'), set, 'manifest.json'), 'utf8')) as T;
}

// The synthetic referrals and bad inputs of fixtures/generate.ts.
export const referralFixtures = () => manifest<FixtureCase[]>('referrals');
// The fixed set of reply scans of fixtures/replies.
export const replyFixtures = () => manifest<ReplyFixture[]>('replies');
// The referrals whose ink comes from different PDF operators (fixtures/provenance).
export const provenanceFixtures = () => manifest<FixtureCase[]>('provenance');
// Every hostile input of fixtures/hostile, written with its expected outcome.
export const hostileCases = () => manifest<WrittenCase[]>('hostile');
// The evaluation corpus 1 (fixtures/corpus).
export const corpusFixtures = () => manifest<FixtureCase[]>('corpus');
// The held-out corpus 2 with each document's print log (fixtures/corpus2).
export const corpus2Fixtures = () => manifest<{ cases: FixtureCase[]; docs: Omit<Corpus2Document, 'bytes'>[] }>('corpus2');

// One fixture of a set by id; fails naming the id when it is missing.
export function byId<T extends { id: string }>(fixtures: readonly T[], id: string): T {
  const found = fixtures.find((fixture) => fixture.id === id);
  if (!found) throw new Error(`no fixture ${id}`);
  return found;
}
