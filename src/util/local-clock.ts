export interface LocalClock {
  /** The local calendar date, "2026-11-26". */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

// The wall clock in the hospital's time zone: a schedule ("07:00") and a "giltig till" date are local, not UTC.
export function localClock(at: Date, timeZone: string): LocalClock {
  const parts = Object.fromEntries(formatFor(timeZone).formatToParts(at).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

// The instant a local wall-clock time ("2026-11-26", "07:00") happens in the time zone.
export function localInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(year, month - 1, day, hour, minute);
  let guess = wanted;
  for (let round = 0; round < 2; round++) guess += wanted - wallTimeOf(new Date(guess), timeZone);
  return new Date(guess);
}

function wallTimeOf(at: Date, timeZone: string): number {
  const { date, minutes } = localClock(at, timeZone);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) + minutes * 60_000;
}

function formatFor(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  return format;
}
