import { describe, expect, it } from 'vitest';
import { detectDocument } from '../../src/detect/detect-document.js';
import { blockAt } from './placed-lines.js';

// The first pass reads the whole referral; verification re-reads only what survived, seeded with what the first
// pass knew (as redact-page.ts does with OCR of the burnt page).
const original = [
  ...blockAt(340, 40, 'OKONJO, ADAEZE CHIOMA', '19 840517-2381', 'Storgatan 12'),
  ...blockAt(40, 300, 'Anamnes', 'Adaeze har haft feber i tre dagar.'),
];

describe('verification after the structural name rules', () => {
  it('flags a label name that survived without its personnummer, and passes a page where only the clinical text is left', () => {
    const { known } = detectDocument([{ page: 1, source: 'text', lines: original }]);
    const verify = (...texts: string[]) => detectDocument([{ page: 1, source: 'ocr', lines: blockAt(40, 300, ...texts) }], known, { valuesBelow: false }).findings;

    const leaked = verify('OKONJO, ADAEZE CHIOMA', 'Anamnes', 'Adaeze har haft feber i tre dagar.');
    expect([...new Set(leaked.map((f) => f.value.replace(/\W+$/, '')))].sort()).toEqual(['ADAEZE', 'Adaeze', 'CHIOMA', 'OKONJO']);
    expect(verify('Anamnes', 'har haft feber i tre dagar.')).toEqual([]);
  });
});
