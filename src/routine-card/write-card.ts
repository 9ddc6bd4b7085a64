import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config/schema.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { HomePaths } from '../fs/home.js';
import { pathExists } from '../fs/path-exists.js';
import { routineCardLines } from './card-lines.js';

export const ROUTINE_CARD_FILE = 'rutinkort.pdf';
const KEY_FILE = 'rutinkort.key';

// Keep `<home>/rutinkort.pdf` in step with the config: rewritten when what the card says changed (or it is missing),
// left alone otherwise, so a card posted by the fax matches the file. Returns whether it was written.
export async function refreshRoutineCard(home: HomePaths, config: Config, now: Date): Promise<boolean> {
  const file = path.join(home.root, ROUTINE_CARD_FILE);
  const keyFile = path.join(home.state, KEY_FILE);
  const lines = await routineCardLines(config, now);
  const { documentId, version, validFrom, validUntil } = config.routine;
  // The footer also carries the time of printing, so the key takes the routine facts it shows instead of its text.
  const said = [lines.filter((line) => line.style !== 'footer'), documentId, version, validFrom, validUntil];
  const key = createHash('sha256').update(JSON.stringify(said)).digest('hex');
  const previous = await readFile(keyFile, 'utf8').catch(() => undefined);
  if (previous === key && (await pathExists(file))) return false;
  // The PDF writer loads only when the card must be written: the running service seldom needs it.
  const { renderRoutineCard } = await import('./index.js');
  await writeFileAtomic(file, await renderRoutineCard(lines), 0o644);
  await writeFileAtomic(keyFile, key);
  return true;
}
