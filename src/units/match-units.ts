import { isAbbreviation, tokenize, type Token } from './fold-text.js';
import type { ConfiguredUnit } from './types.js';

interface AliasWord {
  folded: string;
  /** Printed in capitals in the config: must be printed in capitals to count. */
  capitals?: string;
}

interface CompiledAlias {
  unit: ConfiguredUnit;
  words: AliasWord[];
  joined: string;
  length: number;
}

export interface UnitMatcher {
  aliases: CompiledAlias[];
  /** The department's own names: a segment of a line naming it is never read as the referrer. */
  own: CompiledAlias[];
  /** Every word of the configured names (sites, ours, the units'): a hospital named with other words is another hospital. */
  ownWords: ReadonlySet<string>;
}

export interface UnitMatch {
  unit: ConfiguredUnit;
  /** The indices of the words (tokens of the text) the match covers. */
  positions: Set<number>;
  length: number;
}

const MAX_RUN = 3;

// Compile the configured units once: each name and alias becomes words to look for, whole words only.
export function compileUnits(units: readonly ConfiguredUnit[], ownNames: readonly string[], sites: readonly string[] = []): UnitMatcher {
  const compile = (unit: ConfiguredUnit, text: string): CompiledAlias | undefined => {
    const words = tokenize(text).map((t) => (isAbbreviation(t.cased) ? { folded: t.folded, capitals: t.cased } : { folded: t.folded }));
    if (words.length === 0) return undefined;
    const joined = words.map((w) => w.folded).join('');
    return { unit, words, joined, length: joined.length };
  };
  const aliases = units.flatMap((unit) => [unit.name, ...unit.aliases].map((text) => compile(unit, text))).filter((a) => a !== undefined);
  const ownUnit = { name: '', folder: '', aliases: [] };
  const own = ownNames.map((text) => compile(ownUnit, text)).filter((a) => a !== undefined);
  const siteWords = sites.flatMap((site) => tokenize(site).map((t) => t.folded));
  const ownWords = new Set([...siteWords, ...[...aliases, ...own].flatMap((alias) => alias.words.map((w) => w.folded))]);
  return { aliases, own, ownWords };
}

// The configured units a piece of text names. Where two units' words overlap ("Psykiatriska akutmottagningen NÄL"),
// the longer match wins, as the longest label does; equally long overlapping matches are both kept (a conflict).
export function matchUnits(tokens: readonly Token[], matcher: UnitMatcher): UnitMatch[] {
  const best = new Map<ConfiguredUnit, UnitMatch>();
  for (const alias of matcher.aliases) {
    const positions = matchAlias(tokens, alias);
    const previous = best.get(alias.unit);
    if (positions && (!previous || previous.length < alias.length)) best.set(alias.unit, { unit: alias.unit, positions, length: alias.length });
  }
  const sorted = [...best.values()].sort((a, b) => b.length - a.length);
  const kept: UnitMatch[] = [];
  for (const match of sorted) {
    const beaten = kept.some((k) => k.length > match.length && [...match.positions].some((p) => k.positions.has(p)));
    if (!beaten) kept.push(match);
  }
  return kept;
}

// Whether a segment of a line names the department itself ("Röntgen NÄL" as the addressee, "Radiologisk mottagning NÄL").
export function namesOwnUnit(text: string, matcher: UnitMatcher): boolean {
  const tokens = tokenize(text);
  return matcher.own.some((alias) => matchAlias(tokens, alias) !== undefined);
}

// An alias matches as one run of whole words (spaces and hyphens optional: "Hjärt-intensiven", "Oron nasa hals"),
// or word by word anywhere in the text ("Uddevalla sjukhus · Akutmottagningen" for "Akutmottagningen Uddevalla").
function matchAlias(tokens: readonly Token[], alias: CompiledAlias): Set<number> | undefined {
  for (let start = 0; start < tokens.length; start++) {
    const end = runEnding(tokens, start, alias.joined, tokens.length - start);
    if (end !== undefined && capitalsHold(tokens, start, end, alias.words)) return range(start, end);
  }
  if (alias.words.length < 2) return undefined;
  const used = new Set<number>();
  for (const word of alias.words) {
    const found = findWord(tokens, word, used);
    if (!found) return undefined;
    for (const p of found) used.add(p);
  }
  return used;
}

function findWord(tokens: readonly Token[], word: AliasWord, used: ReadonlySet<number>): Set<number> | undefined {
  for (let start = 0; start < tokens.length; start++) {
    const end = runEnding(tokens, start, word.folded, MAX_RUN);
    if (end === undefined || !capitalsHold(tokens, start, end, [word])) continue;
    const positions = range(start, end);
    if (![...positions].some((p) => used.has(p))) return positions;
  }
  return undefined;
}

// The index of the last token of a run starting at `start` whose words, joined, spell `joined` — exactly, or with
// or without a Swedish definite ending on a long last word ("Medicinavdelning 21" for "Medicinavdelningen").
function runEnding(tokens: readonly Token[], start: number, joined: string, maxRun: number): number | undefined {
  let spelled = '';
  for (let i = start; i < tokens.length && i < start + maxRun; i++) {
    spelled += tokens[i]!.folded;
    if (spelled === joined || sameButEnding(spelled, joined)) return i;
    if (!joined.startsWith(spelled)) return undefined;
  }
  return undefined;
}

const DEFINITE_ENDINGS = ['en', 'n', 'et'];
const MIN_INFLECTED = 7;

function sameButEnding(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= MIN_INFLECTED && DEFINITE_ENDINGS.some((ending) => long === short + ending);
}

function capitalsHold(tokens: readonly Token[], start: number, end: number, words: readonly AliasWord[]): boolean {
  const printed = tokens.slice(start, end + 1).map((t) => t.cased).join('');
  return words.every((w) => w.capitals === undefined || printed.includes(w.capitals));
}

function range(start: number, end: number): Set<number> {
  return new Set(Array.from({ length: end - start + 1 }, (_, i) => start + i));
}
