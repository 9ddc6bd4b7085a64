import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { UsageError } from '../errors.js';
import { DEFAULT_HOME, prepareHome, type HomePaths } from '../fs/home.js';
import { openCaseStore, type CaseStore } from '../store/case-store.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const HOME_OPTIONS = { home: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean', default: false } } as const;

// Parse a subcommand's arguments (plus --home, --config, --json); a mistake becomes a Swedish usage error.
export function parseCommand<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true, options: { ...HOME_OPTIONS, ...options } });
  } catch (error) {
    throw new UsageError(`Fel i kommandot: ${(error as Error).message}`);
  }
}

// Load the config once and prepare the home's folders, for any command that works on a home.
export async function openHome(values: { home?: string | undefined; config?: string | undefined }): Promise<{ config: Config; home: HomePaths }> {
  const homeDir = values.home ?? DEFAULT_HOME;
  const config = await loadConfig({ home: homeDir, configFile: values.config });
  return { config, home: await prepareHome(homeDir, config) };
}

// Lend the home's case store to `fn` and always close it.
export async function withCaseStore<T>(home: HomePaths, fn: (store: CaseStore) => Promise<T>): Promise<T> {
  const store = openCaseStore(home.storeFile);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
