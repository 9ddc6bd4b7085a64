// Local time as Swedes write it on paper: "2026-11-26 03:12".
export function formatSwedishTime(date: Date, timeZone = 'Europe/Stockholm'): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(date);
}
