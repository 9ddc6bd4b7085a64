import { formatAge } from '../../util/format-age.js';
import { formatSwedishTime } from '../../util/swedish-time.js';
import type { ShownTime } from '../context.js';

// Why: every view shows a time the same way, in the configured time zone, with its age beside it.
export function shownTime(at: Date, now: Date, timeZone: string): ShownTime {
  return { iso: at.toISOString(), text: formatSwedishTime(at, timeZone), age: formatAge(at, now) };
}
