import { readFile } from 'node:fs/promises';
import type { EvalSummary } from './summarise-results.js';

// The previous run's summary, if one was written, so this run can be compared with it.
export async function readPrevious(file: string): Promise<EvalSummary | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as EvalSummary;
  } catch {
    return undefined;
  }
}

// The previous run's summary of one corpus; results written before corpus 2 existed hold corpus 1 only.
export function previousFor(previous: EvalSummary, corpus: string): EvalSummary | undefined {
  if (previous.corpora) return previous.corpora[corpus];
  return corpus === '1' ? previous : undefined;
}

// One line per headline figure: what it was last time and what it is now.
export function formatComparison(previous: EvalSummary, current: EvalSummary): string {
  const leaked = (s: EvalSummary) => Object.values(s.identifiers).reduce((n, v) => n + v.leaked, 0);
  const lost = (s: EvalSummary) => Object.values(s.keep).reduce((n, v) => n + v.lost, 0);
  const rows = [
    ['leaked identifiers', leaked(previous), leaked(current)],
    ['lost keep items', lost(previous), lost(current)],
    ['refused documents', previous.refused, current.refused],
    ['seconds per document', previous.secondsPerDocument.toFixed(2), current.secondsPerDocument.toFixed(2)],
  ];
  return [`Compared with the run of ${previous.date} (${previous.documents} documents):`, ...rows.map(([name, was, now]) => `  ${String(name).padEnd(22)} ${String(was).padStart(7)} → ${now}`)].join('\n');
}
