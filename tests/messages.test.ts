import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fillPlaceholders, message } from '../src/messages.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CATALOGUE = JSON.parse(readFileSync(path.join(ROOT, 'templates/messages.sv.json'), 'utf8')) as Record<string, Record<string, string>>;
const KEYS = Object.entries(CATALOGUE).flatMap(([area, texts]) => Object.keys(texts).map((key) => `${area}.${key}`));

/** Words the code matches documents against, not sentences a user reads: name lists, labels, unit names. */
const DATA_FOLDERS = ['src/detect/', 'src/units/'];

const sources = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => path.posix.join('src', file.split(path.sep).join('/')));
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

// The keys a file names, statically: message('a.b'), and the helpers that prefix a key of their own.
function keysNamed(text: string): { exact: string[]; prefixes: string[] } {
  const exact = [...text.matchAll(/\bmessage\('([\w.-]+)'/g)].map((m) => m[1]!);
  const prefixes = [...text.matchAll(/\bmessage\(`([\w.-]+)\$\{/g)].map((m) => m[1]!);
  const helper = (pattern: RegExp, prefix: string) => [...text.matchAll(pattern)].map((m) => `${prefix}${m[1]}`);
  exact.push(...helper(/\brejectScan\('[\w-]+', '([\w-]+)'/g, 'scan.'));
  exact.push(...helper(/\btiffDamaged\('([\w-]+)'/g, 'scan.tiff-fault-'));
  exact.push(...helper(/\bunsupported\('([\w-]+)'/g, 'scan.tiff-feature-'));
  for (const call of text.matchAll(/\bcolumns\(([^)]*)\)/g)) exact.push(...[...call[1]!.matchAll(/'([\w-]+)'/g)].map((m) => `cli.column-${m[1]}`));
  return { exact, prefixes };
}

// The members of a string-literal union type as the source declares it.
function unionMembers(file: string, name: string): string[] {
  const declaration = new RegExp(`type ${name} =([^;]*);`).exec(read(file))?.[1] ?? '';
  return [...declaration.matchAll(/'([\w-]+)'/g)].map((m) => m[1]!);
}

// Every string and template literal in a file that is not part of a regular expression, with its line.
function literals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) return;
    if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp') return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the Swedish messages in templates/messages.sv.json', () => {
  it('has every key the code names', () => {
    const missing = sources.flatMap((file) => {
      const { exact, prefixes } = keysNamed(read(file));
      return [...exact.filter((key) => !KEYS.includes(key)), ...prefixes.filter((prefix) => !KEYS.some((key) => key.startsWith(prefix)))].map((key) => `${file}: ${key}`);
    });
    expect(missing).toEqual([]);
  });

  it('words every code a shared helper or an error throws', () => {
    const codes = [
      ...unionMembers('src/pdf/pdf-problem.ts', 'PdfProblemCode').map((code) => `referral.${code}`),
      ...unionMembers('src/errors.ts', 'PrintFailReason').map((reason) => `errors.print-${reason}`),
      ...unionMembers('src/store/job-rows.ts', 'JobOutcome').map((outcome) => `cli.outcome-${outcome}`),
    ];
    expect(codes.length).toBeGreaterThan(20);
    expect(codes.filter((key) => !KEYS.includes(key))).toEqual([]);
  });

  it('fills every placeholder of every message, and refuses to leave one empty', () => {
    for (const key of KEYS) {
      const names = [...CATALOGUE[key.split('.')[0]!]![key.slice(key.indexOf('.') + 1)]!.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const filled = message(key, Object.fromEntries(names.map((name) => [name, `<${name}>`])));
      expect(filled, key).not.toMatch(/\{\w+\}/);
      if (names.length > 0) expect(() => message(key), key).toThrow(/no value for/);
    }
  });

  it('refuses a key it does not have', () => {
    expect(() => message('scan.no-such-message')).toThrow(/no message scan\.no-such-message/);
    expect(() => message('nodot')).toThrow(/no message nodot/);
  });
});

describe('filling "{name}" placeholders', () => {
  it('fills each placeholder as often as it appears and leaves the rest of the text as it is', () => {
    expect(fillPlaceholders('Sida {page} av {pages}; sida {page}. $& {', { page: 2, pages: '$1' })).toBe('Sida 2 av $1; sida 2. $& {');
  });

  it('throws when a placeholder has no value', () => {
    expect(() => fillPlaceholders('Ärende {caseId}', {})).toThrow(/no value for \{caseId\}/);
  });
});

describe('Swedish text in src/', () => {
  it('is only in templates/: no string literal with å, ä or ö outside the data the code matches documents against', () => {
    const sentences = sources
      .filter((file) => !DATA_FOLDERS.some((folder) => file.startsWith(folder)))
      .flatMap((file) => literals(file).filter(({ text }) => /[åäöÅÄÖ]/.test(text)).map(({ line, text }) => `${file}:${line}: ${text}`));
    expect(sentences).toEqual([]);
  });
});
