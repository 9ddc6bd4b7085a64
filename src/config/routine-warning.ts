import { readTemplateSync } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import { localClock } from '../util/local-clock.js';
import type { Config } from './schema.js';

// The routine document is valid to a date ("giltig till"); after it, staff must not rely on it unreviewed, so say so loudly.
export function routineWarning(config: Pick<Config, 'routine' | 'mail'>, now: Date): string | undefined {
  if (localClock(now, config.mail.timeZone).date <= config.routine.validUntil) return undefined;
  const { documentId, version, validUntil } = config.routine;
  return fillPlaceholders(readTemplateSync('routine-warning.sv.txt').trim(), { documentId, version, validUntil });
}
