import { tokenize } from './fold-text.js';
import type { ConfiguredUnit } from './types.js';

// What an administrator types for a unit (its name, folder or an alias, in any case, with or without å/ä/ö) names
// exactly one configured unit, or none.
export function resolveUnit(units: readonly ConfiguredUnit[], given: string): ConfiguredUnit | undefined {
  const key = spelling(given);
  if (key === '') return undefined;
  const found = units.filter((unit) => [unit.name, unit.folder, ...unit.aliases].some((text) => spelling(text) === key));
  return found.length === 1 ? found[0] : undefined;
}

function spelling(text: string): string {
  return tokenize(text).map((t) => t.folded).join('');
}
