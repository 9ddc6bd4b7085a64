import { fillPlaceholders } from '../messages.js';

export interface ReasonPhrases {
  reasons: Record<string, string>;
  unknownCode: string;
  none: string;
}

// A stored reason is a code ("identifier-remains"); only a known code or a plain code-shaped word is ever shown, never free text.
export function reasonPhrase(phrases: ReasonPhrases, code: string | undefined): string {
  if (code === undefined) return phrases.none;
  if (Object.hasOwn(phrases.reasons, code)) return phrases.reasons[code]!;
  return /^[a-z][a-z0-9-]{0,39}$/.test(code) ? fillPlaceholders(phrases.unknownCode, { code }) : phrases.none;
}
