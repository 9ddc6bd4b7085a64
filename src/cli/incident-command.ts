import type { Config } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { readJsonTemplate } from '../fs/templates.js';
import { recordIncident, type IncidentAction } from '../incident/index.js';
import { deliverOutbox, queueIncidentMail } from '../mail/index.js';
import type { Incident } from '../store/incident-rows.js';
import { incidentTimeline, type IncidentPhrases } from '../util/incident-timeline.js';
import { parseInitials } from '../util/initials.js';
import { formatSwedishTime } from '../util/swedish-time.js';
import { openHome, parseCommand, withCaseStore } from './command-line.js';

type CliPhrases = IncidentPhrases & { cli: Record<'usage' | 'badInitials' | 'noneOpen' | 'current' | 'recorded' | 'mailSent' | 'mailQueued' | 'transfers', string> };

const OPTIONS = {
  affected: { type: 'string' },
  contact: { type: 'string' },
  ticket: { type: 'string' },
  transfer: { type: 'string' },
  text: { type: 'string' },
  resolved: { type: 'boolean', default: false },
  persists: { type: 'boolean', default: false },
  by: { type: 'string' },
} as const;

/**
 * `reservfax incident open|note|close` keeps the night's incident log for sites without the night page, with the
 * same checks: free text that looks like a patient identifier is refused (exit 2) and nothing is stored.
 */
export async function runIncident(args: string[]): Promise<number> {
  const phrases = await readJsonTemplate<CliPhrases>('incident.sv.json');
  const { values, positionals } = parseCommand(args, OPTIONS);
  const [sub = 'show', ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(phrases.cli.usage);
  const by = parseInitials(values.by);
  if (by === null) throw new UsageError(phrases.cli.badInitials);
  const { config, home } = await openHome(values);
  const out = (text: string, json: unknown) => process.stdout.write(values.json ? `${JSON.stringify(json)}\n` : `${text}\n`);
  return withCaseStore(home, async (store) => {
    if (sub === 'show') {
      const current = store.currentIncident();
      const lines = current ? [phrases.cli.current, ...timeline(current, phrases, config)] : [phrases.cli.noneOpen];
      out([...lines, '', phrases.cli.transfers, ...config.routine.imageTransfer.map((t, i) => `  ${i + 1}. ${t.name}${t.note ? ` (${t.note})` : ''}`)].join('\n'), { incident: current ?? null });
      return 0;
    }
    const now = new Date();
    const outcome = await recordIncident({ store, config, action: actionOf(sub, values, config, phrases), by, now });
    if (outcome.status === 'refused') throw new UsageError(outcome.message);
    const lines = [phrases.cli.recorded, ...timeline(store.currentIncident(), phrases, config)];
    let mail: 'sent' | 'queued' | 'none' = 'none';
    if (outcome.opened && (await queueIncidentMail(store, config, now))) {
      const delivery = await deliverOutbox({ store, config, now });
      mail = delivery.undelivered === 0 ? 'sent' : 'queued';
      lines.push(mail === 'sent' ? phrases.cli.mailSent : phrases.cli.mailQueued);
    }
    out(lines.join('\n'), { ...outcome, mail });
    return 0;
  });
}

function actionOf(sub: string, values: Record<string, string | boolean | undefined>, config: Config, phrases: CliPhrases): IncidentAction {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  if (sub === 'open' && text('affected') !== undefined) return { kind: 'open', affected: text('affected')!.split(',').map((s) => s.trim()) };
  if (sub === 'close' && values.resolved !== values.persists) return { kind: 'handover', resolved: values.resolved === true };
  if (sub === 'note') {
    const given = ['contact', 'transfer', 'text'].filter((key) => text(key) !== undefined);
    if (given.length === 1 && text('contact') !== undefined) return { kind: 'contact', contact: text('contact')!, ticket: text('ticket') };
    if (given.length === 1 && text('transfer') !== undefined && text('ticket') === undefined) {
      const chosen = text('transfer')!;
      const byNumber = /^\d+$/.test(chosen) ? config.routine.imageTransfer[Number(chosen) - 1]?.name : undefined;
      return { kind: 'transfer', transfer: byNumber ?? chosen };
    }
    if (given.length === 1 && text('text') !== undefined && text('ticket') === undefined) return { kind: 'note', text: text('text')! };
  }
  throw new UsageError(phrases.cli.usage);
}

function timeline(incident: Incident | undefined, phrases: IncidentPhrases, config: Config): string[] {
  if (!incident) return [];
  return incidentTimeline(incident, phrases, (at) => formatSwedishTime(at, config.mail.timeZone), config.teleconsult.name).map((line) => `  ${line}`);
}
