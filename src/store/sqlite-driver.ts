import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

const require = createRequire(import.meta.url);

// better-sqlite3 12 wraps its objects in node::ObjectWrap, whose destructor aborts the whole process on Node 24.19 and
// later when a statement is garbage collected (nodejs/node#65446); better-sqlite3 13 is built on Node-API 10, which
// Node 20 lacks (it crashes there). The runtime's Node-API level, not a version list, picks the build it can run.
export const SQLITE_PACKAGE = Number(process.versions.napi) >= 10 ? 'better-sqlite3-napi' : 'better-sqlite3';

// The SQLite driver for this runtime; both builds share one API, so the types of better-sqlite3 describe either.
export const Database = require(SQLITE_PACKAGE) as typeof BetterSqlite3;
export type Database = BetterSqlite3.Database;
