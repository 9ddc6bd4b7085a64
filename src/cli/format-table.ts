import { message } from '../messages.js';

// Plain aligned columns: readable in any terminal, copyable into an e-mail.
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `${cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()}\n`;
  return line(header) + rows.map(line).join('');
}

// A table's header in Swedish, from the `cli.column-*` messages.
export function columns(...names: string[]): string[] {
  return names.map((name) => message(`cli.column-${name}`));
}
