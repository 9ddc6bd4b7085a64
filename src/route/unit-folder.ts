// A referring unit's name as a folder name: keep letters (å, ä, ö too), digits, spaces and dashes; nothing that can climb paths.
export function unitFolderName(unit: string | undefined): string | undefined {
  if (unit === undefined) return undefined;
  const cleaned = unit
    .normalize('NFC')
    .replace(/[^\p{L}\p{N} \-_,()]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return cleaned === '' ? undefined : cleaned;
}
