import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { configSchema, type Config } from './schema.js';
import { message } from '../messages.js';

export const CONFIG_FILE_NAME = 'reservfax.config.json';

// Read the config once at start: an explicit file must exist, the home's file is optional.
export async function loadConfig(options: { home: string; configFile?: string }): Promise<Config> {
  const file = options.configFile ?? path.join(options.home, CONFIG_FILE_NAME);
  const raw = await readConfigText(file, options.configFile !== undefined);
  let data: unknown = {};
  if (raw !== undefined) {
    try {
      data = JSON.parse(raw);
    } catch (error) {
      throw new ConfigError(message('config.not-json', { file, where: whereInText(raw, error) }), error);
    }
  }
  return parseConfig(data, file);
}

// Validate a user config and merge it into the complete, frozen internal config.
export function parseConfig(data: unknown, source = CONFIG_FILE_NAME): Config {
  const result = configSchema.safeParse(data, { reportInput: true });
  if (!result.success) {
    const lines = result.error.issues.map(describeIssue);
    for (const issue of result.error.issues) forgetSecretInput(issue);
    throw new ConfigError(message('config.invalid', { source, lines: lines.join('\n') }), result.error);
  }
  return deepFreeze(result.data);
}

async function readConfigText(file: string, required: boolean): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !required) return undefined;
    throw new ConfigError(message('config.unreadable', { file, code: String((error as NodeJS.ErrnoException).code) }), error);
  }
}

// A password, token or key must not reach a terminal or a log: such keys are named with their expectation, never their value.
const SECRET_SEGMENT = /(pass|passwd|password|passphrase|secret|token|key|auth|credentials?|hash)$/i;

function isSecretPath(path: readonly PropertyKey[]): boolean {
  return path.some((segment) => typeof segment === 'string' && SECRET_SEGMENT.test(segment));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const key = issue.path.length > 0 ? issue.path.join('.') : message('config.whole-file');
  if (issue.code === 'unrecognized_keys') {
    return message('config.unknown-keys', { key, keys: issue.keys.map((k) => `"${k}"`).join(', ') });
  }
  const found = !('input' in issue) ? message('config.missing') : isSecretPath(issue.path) ? message('config.secret-value', { type: typeName(issue.input) }) : describeValue(issue.input);
  return message('config.issue', { key, expected: expectation(issue), found });
}

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${issue.expected}`;
    case 'too_small':
      return message('config.at-least', { n: String(issue.minimum) });
    case 'too_big':
      return message('config.at-most', { n: String(issue.maximum) });
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return message('config.no-value');
  return `${JSON.stringify(value, hideSecrets)} (${typeName(value)})`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

// An object or array found in the wrong place may still carry a password inside it.
function hideSecrets(this: unknown, key: string, value: unknown): unknown {
  return key !== '' && !Array.isArray(this) && SECRET_SEGMENT.test(key) ? '***' : value;
}

// The zod error is kept as the cause; its inputs must not carry what the message withheld.
function forgetSecretInput(issue: z.core.$ZodIssue): void {
  if (isSecretPath(issue.path) || (typeof issue.input === 'object' && issue.input !== null)) delete (issue as { input?: unknown }).input;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// Where the JSON breaks, as a line and column: never the parser's own message, which may quote the text around it
// (a password in the config file).
function whereInText(raw: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = raw.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return message('config.json-position', { line, column: before.length - before.lastIndexOf('\n') });
}
