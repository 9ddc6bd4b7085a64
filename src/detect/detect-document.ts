import { growBox } from '../layout/boxes.js';
import { removedKind } from './field-kinds.js';
import { readFields, type ReadLine } from './fields.js';
import { collectKnownValues, findKnownValues } from './known-values.js';
import type { BlockContext } from './labels.js';
import { boxOfRange, type LineText } from './line-text.js';
import { findListedNames } from './names.js';
import { digitsOf } from './numbers.js';
import { findPatterns } from './patterns.js';
import { isShielded, shieldReferrerFields } from './referrer-shield.js';
import { findStructuralNames } from './structural-names.js';
import type { Finding, IdentifierKind, KeptFields, KnownValues, PageLines } from './types.js';

export interface Detection {
  findings: Finding[];
  known: KnownValues;
  kept: KeptFields;
}

/**
 * Find every patient identifier in a document's lines (text layer and OCR, all pages).
 * Values found in labelled fields are collected first, then searched for everywhere else.
 */
export function detectDocument(pages: readonly PageLines[], seed?: KnownValues, options: { valuesBelow?: boolean } = {}): Detection {
  const read = readAllPages(pages, options.valuesBelow ?? true);
  const known = seed ?? collectKnownValues(read.map((page) => page.lines));
  const kept: KeptFields = {};
  const findings: Finding[] = [];
  for (const { page, source, lines } of read) {
    const shielded = shieldReferrerFields(lines, kept);
    const addTo = (lineText: LineText, kind: IdentifierKind, rule: string, start: number, end: number, value: string) => {
      const box = boxOfRange(lineText, start, end);
      if (box) findings.push({ page, source, kind, rule, box: growBox(box, 1.5), value });
    };
    for (const name of findStructuralNames(lines, known.referrerTokens)) {
      if (!isShielded({ kind: 'name', ...name }, shielded.get(name.lineText) ?? [])) addTo(name.lineText, 'name', name.rule, name.start, name.end, name.value);
    }
    for (const line of lines) {
      const ranges = shielded.get(line.lineText) ?? [];
      const add = (kind: IdentifierKind, rule: string, start: number, end: number, value: string, lineText: LineText = line.lineText) =>
        addTo(lineText, kind, rule, start, end, value);
      for (const field of line.fields) {
        const kind = removedKind(field);
        if (kind) add(kind, `field-${field.kind}`, field.start, field.end, field.value, field.lineText);
      }
      for (const match of findPatterns(line.lineText.text)) {
        if (isShielded(match, ranges)) {
          if (match.kind === 'phone') known.referrerNumbers.add(digitsOf(match.value));
          continue;
        }
        if (match.kind === 'phone' && known.referrerNumbers.has(digitsOf(match.value))) continue;
        add(match.kind, match.rule, match.start, match.end, match.value);
        const town = match.rule === 'postcode-line-end' ? townOnNextLine(line, lines) : undefined;
        if (town) add('address', 'town-after-postcode', town.start, town.end, town.value, town.lineText);
      }
      findKnownValues(line.lineText, known, (start, end, kind, value) => {
        if (!isShielded({ kind, start, end, value }, ranges)) add(kind, 'known-value', start, end, value);
      });
      if (line.context === 'referrer') continue;
      const words = line.lineText.line.words.map((word) => word.text);
      for (const name of findListedNames(words, line.lineText.starts, known.referrerTokens)) {
        if (!isShielded({ kind: 'name', ...name }, ranges)) add('name', 'name-list', name.start, name.end, name.value);
      }
    }
  }
  return { findings, known, kept };
}

// A postcode ending a line is followed by its town at the start of the next line of the same column.
function townOnNextLine(line: ReadLine, lines: readonly ReadLine[]): { start: number; end: number; value: string; lineText: LineText } | undefined {
  const box = line.lineText.line.box;
  const next = lines
    .filter((l) => l.lineText.line.box.y0 > (box.y0 + box.y1) / 2 && Math.abs(l.lineText.line.box.x0 - box.x0) < 30)
    .sort((a, b) => a.lineText.line.box.y0 - b.lineText.line.box.y0)[0];
  const word = next?.lineText.line.words[0]?.text.replace(/[^\p{L}-]+$/u, '');
  if (!next || !word || !/^\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?$/u.test(word)) return undefined;
  return { start: 0, end: word.length, value: word, lineText: next.lineText };
}

function readAllPages(pages: readonly PageLines[], valuesBelow: boolean): { page: number; source: PageLines['source']; lines: ReadLine[] }[] {
  const contexts = new Map<string, BlockContext>();
  return pages.map(({ page, source, lines }) => {
    const result = readFields(lines, contexts.get(source) ?? 'neutral', valuesBelow);
    contexts.set(source, result.context);
    return { page, source, lines: result.lines };
  });
}
