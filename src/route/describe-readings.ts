import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import type { CaseIdSighting } from './decide-match.js';

interface ReadingWords {
  none: string;
  source: Record<CaseIdSighting['source'], string>;
  page: string;
  invalid: string;
  label: string;
  turn: Record<'90' | '180' | '270', string>;
}

// What was read on the scan, one reading per line in Swedish (where, how, what was odd), for the person who decides.
export async function describeReadings(sightings: readonly CaseIdSighting[]): Promise<string> {
  const words = await readJsonTemplate<ReadingWords>('route-readings.sv.json');
  const lines = new Set<string>();
  for (const s of sightings) {
    const notes = [words.source[s.source], fillPlaceholders(words.page, { page: s.page })];
    if (!s.valid) notes.push(words.invalid);
    if (s.form === 'label') notes.push(words.label);
    if (s.turn) notes.push(words.turn[String(s.turn) as '90' | '180' | '270']);
    lines.add(`  ${s.id} (${notes.join(', ')})`);
  }
  return lines.size === 0 ? words.none : `\n${[...lines].join('\n')}`;
}
