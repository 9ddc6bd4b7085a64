import { mkdir, chmod } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The repository's built-in home, used when no --home is given.
export const DEFAULT_HOME = fileURLToPath(new URL('../../watch-folders/', import.meta.url));

export interface HomePaths {
  root: string;
  state: string;
  archive: string;
  storeFile: string;
}

// Resolve the home's private folders and create them with owner-only permissions.
export async function prepareHome(home: string): Promise<HomePaths> {
  const root = path.resolve(home);
  const paths: HomePaths = {
    root,
    state: path.join(root, 'state'),
    archive: path.join(root, 'arkiv'),
    storeFile: path.join(root, 'state', 'cases.sqlite'),
  };
  for (const dir of [paths.state, paths.archive]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
  }
  return paths;
}
