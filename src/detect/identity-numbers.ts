import { classifyIdentityNumber, kindByDate, type IdentityNumberKind } from './numbers.js';

export interface IdentityNumberMatch {
  kind: IdentityNumberKind;
  start: number;
  end: number;
  /** YYMMDDNNNC, the ten digits that identify the person. */
  core: string;
}

const RUN = /\d(?:[ +-]?\d)*/g;

/**
 * Personnummer and samordningsnummer in any written form, also with stray spaces OCR puts inside a number.
 * A candidate must start and end on a boundary between digit groups, so part of a longer number never counts.
 */
export function findIdentityNumbers(text: string): IdentityNumberMatch[] {
  const matches: IdentityNumberMatch[] = [];
  for (const run of text.matchAll(RUN)) {
    const positions: number[] = [];
    const groupStarts = new Set<number>();
    const groupEnds = new Set<number>();
    for (let i = 0; i < run[0].length; i++) {
      if (!/\d/.test(run[0][i]!)) continue;
      if (i === 0 || !/\d/.test(run[0][i - 1]!)) groupStarts.add(positions.length);
      positions.push(run.index + i);
      if (i === run[0].length - 1 || !/\d/.test(run[0][i + 1]!)) groupEnds.add(positions.length);
    }
    const digits = positions.map((p) => text[p]).join('');
    for (const start of groupStarts) {
      const withCentury = /^(19|20)/.test(digits.slice(start)) && groupEnds.has(start + 12) ? start + 12 : undefined;
      for (const end of [withCentury, groupEnds.has(start + 10) ? start + 10 : undefined]) {
        if (end === undefined) continue;
        const core = digits.slice(end - 10, end);
        const kind = classifyIdentityNumber(core);
        if (kind) {
          matches.push({ kind, start: positions[start]!, end: positions[end - 1]! + 1, core });
          break;
        }
      }
    }
  }
  return matches;
}

const SHAPE = /(?<![\d-])(?:(?:19|20)?(\d{6})[-+–—](\d{4})|(?:19|20)(\d{6})(\d{4}))(?![\d-])/g;

/**
 * Numbers written the way identity numbers are (YYMMDD-NNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN with a real date) whose
 * check digit fails: one digit read wrong by OCR, or mistyped, still identifies the patient.
 */
export function findIdentityShapes(text: string): IdentityNumberMatch[] {
  const matches: IdentityNumberMatch[] = [];
  for (const m of text.matchAll(SHAPE)) {
    const core = (m[1] ?? m[3]!) + (m[2] ?? m[4]!);
    const kind = kindByDate(core);
    if (kind && !classifyIdentityNumber(core)) matches.push({ kind, start: m.index, end: m.index + m[0].length, core });
  }
  return matches;
}
