import { growBox } from '../../layout/boxes.js';
import { removedKind } from './field-kinds.js';
import { readFields, type ReadLine } from './fields.js';
import { collectKnownValues, findKnownValues } from './known-values.js';
import type { BlockContext } from './labels.js';
import { boxOfRange, type LineText } from './line-text.js';
import { findListedNames } from './names.js';
import { findPatterns } from './patterns.js';
import { isShielded, shieldReferrerFields } from './referrer-shield.js';
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
  const known = seed ?? collectKnownValues(read.flatMap((page) => page.lines));
  const kept: KeptFields = {};
  const findings: Finding[] = [];
  for (const { page, source, lines } of read) {
    const shielded = shieldReferrerFields(lines, kept);
    for (const line of lines) {
      const ranges = shielded.get(line.lineText) ?? [];
      const add = (kind: IdentifierKind, rule: string, start: number, end: number, value: string, lineText: LineText = line.lineText) => {
        const box = boxOfRange(lineText, start, end);
        if (box) findings.push({ page, source, kind, rule, box: growBox(box, 1.5), value });
      };
      for (const field of line.fields) {
        const kind = removedKind(field);
        if (kind) add(kind, `field-${field.kind}`, field.start, field.end, field.value, field.lineText);
      }
      for (const match of findPatterns(line.lineText.text)) {
        if (!isShielded(match, ranges)) add(match.kind, match.rule, match.start, match.end, match.value);
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

function readAllPages(pages: readonly PageLines[], valuesBelow: boolean): { page: number; source: PageLines['source']; lines: ReadLine[] }[] {
  const contexts = new Map<string, BlockContext>();
  return pages.map(({ page, source, lines }) => {
    const result = readFields(lines, contexts.get(source) ?? 'neutral', valuesBelow);
    contexts.set(source, result.context);
    return { page, source, lines: result.lines };
  });
}
