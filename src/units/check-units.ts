import { tokenize } from './fold-text.js';
import type { ConfiguredUnit } from './types.js';

export interface UnitProblem {
  path: (string | number)[];
  expected: string;
  value: string;
}

const OWN_WORDS = /(?:rontgen|radiolog)/;

// The configured units must tell referrers apart: every name and alias belongs to one unit only, says more than a
// number, and never names the department itself (a reply must not be copied back to radiology).
export function checkUnits(units: readonly ConfiguredUnit[], ownUnit: string): UnitProblem[] {
  const problems: UnitProblem[] = [];
  const owner = new Map<string, string>();
  const own = key(ownUnit);
  units.forEach((unit, u) => {
    [unit.name, ...unit.aliases].forEach((text, a) => {
      const path = a === 0 ? ['units', u, 'name'] : ['units', u, 'aliases', a - 1];
      const k = key(text);
      const taken = owner.get(k);
      if (!tokenize(text).some((t) => t.folded.replace(/[^\p{L}]/gu, '').length >= 2)) {
        problems.push({ path, value: text, expected: 'ett namn med minst ett ord, inte bara siffror eller en bokstav' });
      } else if (k === own || OWN_WORDS.test(k)) {
        problems.push({ path, value: text, expected: 'en remitterande enhet, inte röntgen själv (sender.unit)' });
      } else if (taken !== undefined && taken !== unit.name) {
        problems.push({ path, value: text, expected: `ett namn som ingen annan enhet har (det finns redan hos "${taken}")` });
      } else if (taken === unit.name && a === 0) {
        problems.push({ path, value: text, expected: 'ett namn som ingen annan enhet har' });
      }
      owner.set(k, unit.name);
    });
  });
  return problems;
}

// Two spellings are the same name when they differ only in case, diacritics, spaces or hyphens.
function key(text: string): string {
  return tokenize(text).map((t) => t.folded).join('');
}
