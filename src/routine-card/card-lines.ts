import type { Config } from '../config/schema.js';
import { readJsonTemplate } from '../fs/templates.js';
import { fillPlaceholders } from '../messages.js';
import { formatSwedishTime } from '../util/swedish-time.js';

export type CardLine = { style: 'title' | 'subtitle' | 'heading' | 'step' | 'text' | 'footer'; text: string };

interface CardPhrases {
  title: string;
  subtitle: string;
  steps: string[];
  contactsHeading: string;
  contacts: Record<'fax' | 'coordinator' | 'reserve' | 'email' | 'admins', string>;
  imageTransferHeading: string;
  imageTransferNote: string;
  footer: string;
}

// What the card says, line by line, from the config alone: a number changed in the config changes the card.
export async function routineCardLines(config: Config, printedAt: Date): Promise<CardLine[]> {
  const phrases = await readJsonTemplate<CardPhrases>('routine-card.sv.json');
  const { teleconsult: tc, routine, sender } = config;
  const base = { reviewer: tc.name, fax: tc.fax, coordinator: tc.coordinatorPhone, unit: sender.unit, organisation: sender.organisation };
  const contact = (key: keyof CardPhrases['contacts'], value: string) => fillPlaceholders(phrases.contacts[key], { ...base, value, reportTime: config.mail.reportTime });
  const lines: CardLine[] = [
    { style: 'title', text: phrases.title },
    { style: 'subtitle', text: fillPlaceholders(phrases.subtitle, base) },
    ...phrases.steps.map((step, i): CardLine => ({ style: 'step', text: `${i + 1}. ${fillPlaceholders(step, base)}` })),
    { style: 'heading', text: phrases.contactsHeading },
    { style: 'text', text: contact('fax', tc.fax) },
    { style: 'text', text: contact('coordinator', tc.coordinatorPhone) },
    ...(tc.reservePhones.length > 0 ? [{ style: 'text' as const, text: contact('reserve', tc.reservePhones.join(', ')) }] : []),
    { style: 'text', text: contact('email', tc.email) },
    ...routine.contacts.map((c): CardLine => ({ style: 'text', text: `${c.role}: ${c.phone}` })),
    { style: 'text', text: routine.onCall },
    { style: 'text', text: contact('admins', config.admins.email) },
    { style: 'heading', text: phrases.imageTransferHeading },
    ...routine.imageTransfer.map((way): CardLine => ({ style: 'text', text: way.note ? fillPlaceholders(phrases.imageTransferNote, way as { name: string; note: string }) : way.name })),
    { style: 'footer', text: fillPlaceholders(phrases.footer, { documentId: routine.documentId, version: routine.version, validFrom: routine.validFrom, validUntil: routine.validUntil, printedAt: formatSwedishTime(printedAt) }) },
  ];
  return lines;
}
