import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { fillPlaceholders } from '../messages.js';

const TEMPLATES_DIR = new URL('../../templates/', import.meta.url);

// Swedish user-facing text lives in templates/; code only fills in the placeholders.
export async function fillTemplate(name: string, values: Record<string, string | number>): Promise<string> {
  return fillPlaceholders(await readFile(fileURLToPath(new URL(name, TEMPLATES_DIR)), 'utf8'), values);
}

// A JSON template (for example labels by kind), read as it is.
export async function readJsonTemplate<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(fileURLToPath(new URL(name, TEMPLATES_DIR)), 'utf8')) as T;
}

// The same template read synchronously, for the few places that must answer without awaiting (a start-up check).
export function readTemplateSync(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, TEMPLATES_DIR)), 'utf8');
}
