import type { Config } from '../config/schema.js';
import type { HomePaths } from '../fs/home.js';
import type { Logger } from '../log/logger.js';
import type { CaseStore } from '../store/case-store.js';

/** What the night page reads and changes: the service's own home, config, store handle and log. */
export interface WebContext {
  home: HomePaths;
  config: Config;
  store: CaseStore;
  logger: Logger;
}

/** A time as the page shows it: local clock text and how long ago. */
export interface ShownTime {
  iso: string;
  text: string;
  age: string;
}
