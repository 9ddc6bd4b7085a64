import type { DocumentScore } from './score-document.js';

export interface DocumentResult {
  id: string;
  status: 'faxed' | 'refused' | 'rejected' | 'error';
  seconds: number;
  pages: number;
  score?: DocumentScore;
  reason?: string;
}

export interface EvalSummary {
  date: string;
  node: string;
  cores: number;
  documents: number;
  faxed: number;
  refused: number;
  rejected: number;
  errors: number;
  secondsPerDocument: number;
  secondsPerPage: number;
  identifiers: Record<string, { total: number; leaked: number }>;
  keep: Record<string, { total: number; lost: number }>;
  /** With --as-faxed: keep items read on the pages turned black and white as a fax machine sends them. */
  keepAsFaxed?: { total: number; lost: number };
  perDocument: { id: string; status: string; seconds: number; leaked: string[]; lost: string[]; lostAsFaxed?: string[]; reason?: string }[];
  /** Which corpus this summary covers, e.g. "corpus 2 (held out)"; absent in runs before corpus 2 existed. */
  corpus?: string;
  /** In the results file: each corpus's own summary, keyed "1" and "2"; the top level repeats the first one run. */
  corpora?: Partial<Record<string, EvalSummary>>;
}

// Add up per-document scores by identifier kind and keep kind, the shape of the printed table and the JSON.
export function summarise(results: readonly DocumentResult[], cores: number): EvalSummary {
  const identifiers: EvalSummary['identifiers'] = {};
  const keep: EvalSummary['keep'] = {};
  for (const { score } of results) {
    if (!score) continue;
    for (const item of [...score.leaked, ...score.removed]) identifiers[item.kind] ??= { total: 0, leaked: 0 };
    for (const item of [...score.leaked, ...score.removed]) identifiers[item.kind]!.total++;
    for (const item of score.leaked) identifiers[item.kind]!.leaked++;
    for (const item of [...score.kept, ...score.lost]) keep[item.kind] ??= { total: 0, lost: 0 };
    for (const item of [...score.kept, ...score.lost]) keep[item.kind]!.total++;
    for (const item of score.lost) keep[item.kind]!.lost++;
  }
  const asFaxed = results.filter((r) => r.score?.lostAsFaxed);
  const keepAsFaxed = asFaxed.length
    ? { total: asFaxed.reduce((n, r) => n + r.score!.kept.length + r.score!.lost.length, 0), lost: asFaxed.reduce((n, r) => n + r.score!.lostAsFaxed!.length, 0) }
    : undefined;
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  const pages = results.reduce((sum, r) => sum + r.pages, 0);
  const count = (status: DocumentResult['status']) => results.filter((r) => r.status === status).length;
  return {
    date: new Date().toISOString(),
    node: process.version,
    cores,
    documents: results.length,
    faxed: count('faxed'),
    refused: count('refused'),
    rejected: count('rejected'),
    errors: count('error'),
    secondsPerDocument: results.length ? seconds / results.length : 0,
    secondsPerPage: pages ? seconds / pages : 0,
    identifiers,
    keep,
    ...(keepAsFaxed ? { keepAsFaxed } : {}),
    perDocument: results.map((r) => ({
      id: r.id,
      status: r.status,
      seconds: Number(r.seconds.toFixed(2)),
      leaked: r.score?.leaked.map((i) => `${i.kind}:${i.value}`) ?? [],
      lost: r.score?.lost.map((k) => `${k.kind}:${k.value}`) ?? [],
      ...(r.score?.lostAsFaxed ? { lostAsFaxed: r.score.lostAsFaxed.map((k) => `${k.kind}:${k.value}`) } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
    })),
  };
}

// The table `npm run eval` prints.
export function formatTable(summary: EvalSummary): string {
  const rows: string[] = [];
  const pct = (part: number, total: number) => (total ? `${((100 * part) / total).toFixed(1)} %` : '—');
  rows.push('Identifiers (must be gone)   removed   leaked');
  for (const [kind, { total, leaked }] of Object.entries(summary.identifiers)) {
    rows.push(`  ${kind.padEnd(26)} ${String(total - leaked).padStart(7)} ${String(leaked).padStart(8)}`);
  }
  const leakedTotal = Object.values(summary.identifiers).reduce((n, v) => n + v.leaked, 0);
  rows.push(`  ${'total'.padEnd(26)} ${String(Object.values(summary.identifiers).reduce((n, v) => n + v.total, 0) - leakedTotal).padStart(7)} ${String(leakedTotal).padStart(8)}`);
  rows.push('', 'Keep (must stay legible)        kept     lost');
  for (const [kind, { total, lost }] of Object.entries(summary.keep)) {
    rows.push(`  ${kind.padEnd(26)} ${String(total - lost).padStart(7)} ${String(lost).padStart(8)}   (${pct(total - lost, total)} kept)`);
  }
  const keepTotal = Object.values(summary.keep).reduce((n, v) => n + v.total, 0);
  const lostTotal = Object.values(summary.keep).reduce((n, v) => n + v.lost, 0);
  rows.push(`  ${'total'.padEnd(26)} ${String(keepTotal - lostTotal).padStart(7)} ${String(lostTotal).padStart(8)}   (${pct(keepTotal - lostTotal, keepTotal)} kept)`);
  if (summary.keepAsFaxed) {
    const { total, lost } = summary.keepAsFaxed;
    rows.push(`  ${'as faxed (204 dpi, b/w)'.padEnd(26)} ${String(total - lost).padStart(7)} ${String(lost).padStart(8)}   (${pct(total - lost, total)} kept)`);
  }
  rows.push(
    '',
    `Documents: ${summary.documents} — faxed ${summary.faxed}, refused by the fail-closed check ${summary.refused}, rejected ${summary.rejected}, errors ${summary.errors}`,
    `Time: ${summary.secondsPerDocument.toFixed(2)} s per document, ${summary.secondsPerPage.toFixed(2)} s per page (wall, ${summary.cores} cores)`,
  );
  for (const doc of summary.perDocument.filter((d) => d.leaked.length || d.lost.length || d.lostAsFaxed?.length || d.status !== 'faxed')) {
    rows.push(`  ${doc.id}: ${doc.status}${doc.reason ? ` (${doc.reason})` : ''}${doc.leaked.length ? ` LEAKED ${doc.leaked.join(', ')}` : ''}${doc.lost.length ? ` lost ${doc.lost.join(', ')}` : ''}${doc.lostAsFaxed?.length ? ` lost as faxed ${doc.lostAsFaxed.join(', ')}` : ''}`);
  }
  return rows.join('\n');
}
