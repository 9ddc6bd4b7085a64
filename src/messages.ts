import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MESSAGES_FILE = new URL('../templates/messages.sv.json', import.meta.url);

type Values = Record<string, string | number>;

let messages: Record<string, Record<string, string>> | undefined;

// The one way "{name}" placeholders are filled: a placeholder without a value is a programming error, never a blank.
export function fillPlaceholders(text: string, values: Values = {}): string {
  return text.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    if (!(key in values)) throw new Error(`text "${text.slice(0, 60)}": no value for {${key}}`);
    return String(values[key]);
  });
}

// A user-facing sentence from templates/messages.sv.json by its stable key ("scan.page-too-large"); synchronous and
// beside errors.ts, so an error constructor can word itself without reaching up into the layers above.
export function message(key: string, values: Values = {}): string {
  messages ??= JSON.parse(readFileSync(fileURLToPath(MESSAGES_FILE), 'utf8')) as Record<string, Record<string, string>>;
  const dot = key.indexOf('.');
  const text = dot > 0 ? messages[key.slice(0, dot)]?.[key.slice(dot + 1)] : undefined;
  if (text === undefined) throw new Error(`messages.sv.json: no message ${key}`);
  return fillPlaceholders(text, values);
}
