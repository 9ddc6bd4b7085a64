const IGNORED_SUFFIXES = ['.tmp', '.part', '.crdownload'];
const IGNORED_NAMES = new Set(['thumbs.db', 'desktop.ini']);

// Office lock files, partial downloads and Explorer/Finder metadata are never documents, so they are never reported.
export function isIgnoredName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('.') ||
    lower.startsWith('~$') ||
    IGNORED_NAMES.has(lower) ||
    IGNORED_SUFFIXES.some((suffix) => lower.endsWith(suffix))
  );
}
