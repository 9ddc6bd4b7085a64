import path from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// The stages a path composes: the outbound routine runs anonymise → cover sheet → fax PDF → review copy → print, and
// the morning e-mail carries the night's report. Every other stage stands alone on the shared helpers below it.
const COMPOSES: Record<string, readonly string[]> = {
  outbound: ['anonymise', 'cover-sheet', 'fax-pdf', 'review-copy', 'print'],
  mail: ['report'],
};
const STAGES = ['anonymise', 'cover-sheet', 'fax-pdf', 'review-copy', 'print', 'outbound', 'route', 'inbox', 'report', 'mail', 'incident', 'routine-card', 'watch'];

let graph: Record<string, string[]>;
let cycles: string[][];

beforeAll(async () => {
  // Type-only imports count too: a reader follows them as well.
  const result = await madge(path.join(ROOT, 'src'), { fileExtensions: ['ts'], tsConfig: path.join(ROOT, 'tsconfig.json') });
  graph = result.obj();
  expect(Object.keys(graph).length).toBeGreaterThan(100);
  cycles = result.circular();
}, 60_000);

const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '.');

describe('the import graph of src/', () => {
  it('has no cycle between files', () => {
    expect(cycles).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const edges = new Set(Object.entries(graph).flatMap(([file, deps]) => deps.map((dep) => `${folderOf(file)}>${folderOf(dep)}`)));
    const twoWay = [...edges].filter((edge) => {
      const [from, to] = edge.split('>');
      return from !== to && edges.has(`${to}>${from}`);
    });
    expect(twoWay).toEqual([]);
  });

  it('lets a stage import another stage only where a path composes it', () => {
    const crossings = Object.entries(graph).flatMap(([file, deps]) =>
      deps
        .map((dep) => [folderOf(file), folderOf(dep)] as const)
        .filter(([from, to]) => from !== to && STAGES.includes(from) && STAGES.includes(to) && !COMPOSES[from]?.includes(to))
        .map(([from, to]) => `${file} → ${to}`),
    );
    expect(crossings).toEqual([]);
  });
});
