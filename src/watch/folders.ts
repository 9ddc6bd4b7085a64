import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { message } from '../messages.js';

// Watch the real folder (a configured path may be a symlink to a mounted share), but report paths as configured.
export async function resolveFolders(folders: readonly string[]): Promise<Map<string, string>> {
  if (folders.length === 0) throw new ConfigError(message('watch.no-folders'));
  const roots = new Map<string, string>();
  for (const folder of folders) {
    if (!path.isAbsolute(folder)) {
      throw new ConfigError(message('watch.not-absolute', { folder }));
    }
    try {
      const real = await realpath(folder);
      if (!(await stat(real)).isDirectory()) throw new Error(`not a folder: ${real}`);
      roots.set(real, folder);
    } catch (error) {
      throw new ConfigError(
        message('watch.not-a-folder', { folder }),
        error,
      );
    }
  }
  return roots;
}

// Timing options come from code as well as config, so they are checked here where they are used.
export function validateTimings(options: Record<'stableMs' | 'pollIntervalMs' | 'rescanMs', number>): void {
  for (const [key, value] of Object.entries(options)) {
    if (!Number.isFinite(value) || value <= 0 || value > 2 ** 31 - 1) {
      throw new ConfigError(message('watch.bad-timing', { key, value: String(value) }));
    }
  }
}
