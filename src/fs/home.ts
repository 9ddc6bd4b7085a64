import { mkdir, chmod } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The repository's built-in home, used when no --home is given.
export const DEFAULT_HOME = fileURLToPath(new URL('../../watch-folders/', import.meta.url));

/** The folder names a configuration gives the home (config `folders` and `reviewCopy.folder`). */
export interface HomeLayout {
  folders: { archive: string; inbox: string; referringUnits: string; manualReview: string; referralsIn: string; faxOut: string; faxIn: string };
  reviewCopy: { folder: string };
}

export interface HomePaths {
  root: string;
  state: string;
  archive: string;
  review: string;
  storeFile: string;
  inbox: string;
  referringUnits: string;
  manualReview: string;
  referralsIn: string;
  faxOut: string;
  faxIn: string;
  /** Claimed input files while their job runs (owner-only, inside state/). */
  processing: string;
}

// Resolve the home's folders; private ones (state, archive, review copies) are owner-only.
export async function prepareHome(home: string, config: HomeLayout): Promise<HomePaths> {
  const root = path.resolve(home);
  const paths: HomePaths = {
    root,
    state: path.join(root, 'state'),
    archive: path.join(root, config.folders.archive),
    review: path.join(root, config.reviewCopy.folder),
    storeFile: path.join(root, 'state', 'cases.sqlite'),
    inbox: path.join(root, config.folders.inbox),
    referringUnits: path.join(root, config.folders.referringUnits),
    manualReview: path.join(root, config.folders.manualReview),
    referralsIn: path.join(root, config.folders.referralsIn),
    faxOut: path.join(root, config.folders.faxOut),
    faxIn: path.join(root, config.folders.faxIn),
    processing: path.join(root, 'state', 'bearbetas'),
  };
  for (const dir of [paths.state, paths.archive, paths.review, paths.processing]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
  }
  for (const dir of [paths.inbox, paths.referringUnits, paths.manualReview, paths.referralsIn, paths.faxOut, paths.faxIn]) {
    await mkdir(dir, { recursive: true });
  }
  return paths;
}

// A reply's internal case sheet sits beside its report in the administrators' inbox, with the same name.
export function replySheetPath(inboxPath: string): string {
  return inboxPath.replace(/\.pdf$/, '.txt');
}
