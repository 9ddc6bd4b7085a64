import type { Config } from '../config/schema.js';
import type { HomePaths } from '../fs/home.js';
import type { Logger } from '../log/logger.js';
import type { OcrPool } from '../ocr/ocr-pool.js';
import type { CaseStore } from '../store/case-store.js';

/** What every job of a running service shares: one home, one config, one store handle, one OCR pool, one log. */
export interface ServiceContext {
  home: HomePaths;
  config: Config;
  store: CaseStore;
  ocr: OcrPool;
  logger: Logger;
  /** Pages one job reads at once, so that all concurrent jobs together keep one page per OCR worker in memory. */
  pagesPerJob: number;
  /** True once a stop was requested: an interrupted job is handed back (stays unfinished), not sent to review. */
  stopping: () => boolean;
}

/** What claiming a dropped file needs: it runs before any job, so without the OCR pool. */
export type ClaimContext = Pick<ServiceContext, 'home' | 'store' | 'logger'>;
