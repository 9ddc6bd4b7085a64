// A file-name-safe UTC stamp ("20261126-031207"), so manual-review items sort by arrival.
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
