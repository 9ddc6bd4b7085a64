const PDFJS_PREFIX = 'Warning: ';
const MAX_LENGTH = 120;

type Sink = (warning: string) => void;
const sinks = new Set<Sink>();
let installed = false;

/**
 * Run fn while pdf.js warnings (a missing decoder, a broken image) go to `sink` instead of the console.
 * pdf.js has no warning hook, only console.warn at verbosity WARNINGS, so its messages are recognised by their prefix;
 * documents read at the same time share the warnings. Each warning is reduced to its wording by `stripContent`.
 */
export async function collectPdfjsWarnings<T>(sink: Sink, fn: () => Promise<T>): Promise<T> {
  installFilter();
  const own: Sink = (warning) => sink(warning);
  sinks.add(own);
  try {
    return await fn();
  } finally {
    sinks.delete(own);
  }
}

// Replace console.warn once: pdf.js messages are diverted (or dropped when nobody listens), everything else passes.
function installFilter(): void {
  if (installed) return;
  installed = true;
  const original = console.warn.bind(console);
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] !== 'string' || !args[0].startsWith(PDFJS_PREFIX)) return original(...args);
    const warning = stripContent(args[0].slice(PDFJS_PREFIX.length));
    for (const sink of sinks) sink(warning);
  };
}

// Why: a warning may quote a font name, a field value or a file path; only the fixed wording of pdf.js may be logged.
export function stripContent(message: string): string {
  return message
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '…')
    .replace(/(file:\/\/|\/)[^\s]*/g, '…')
    .replace(/\b\d+(\.\d+)?\b/g, "#")
    .slice(0, MAX_LENGTH);
}
