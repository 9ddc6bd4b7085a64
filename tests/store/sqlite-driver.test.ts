import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/run-cli.js';

const DRIVER = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/store/sqlite-driver.js')).href;
const CASE_STORE = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/store/case-store.js')).href;

// Thousands of statements left for the garbage collector at exit, with more garbage on the heap: the pattern that
// aborts better-sqlite3 12 on Node 24.19+ ("Assertion failed: (env) != nullptr" in Statement::~Statement).
const CHURN = `
const { Database, SQLITE_PACKAGE } = await import(${JSON.stringify(DRIVER)});
const { openCaseStore } = await import(${JSON.stringify(CASE_STORE)});
const dir = process.argv[1];
const store = openCaseStore(dir + '/cases.sqlite');
store.listCases({});
store.close();
const db = new Database(dir + '/churn.sqlite');
db.exec('CREATE TABLE t (n INTEGER)');
for (let i = 0; i < 5000; i += 1) db.prepare('INSERT INTO t VALUES (?)').run(i);
const garbage = [];
for (let i = 0; i < 200; i += 1) garbage.push(new Array(10000).fill(i));
console.log(SQLITE_PACKAGE);
`;

function runChurn(dir: string): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHURN, dir]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('the SQLite driver for this runtime', () => {
  it('exits cleanly with thousands of statements left to the garbage collector, on this Node version', async () => {
    const dir = await makeTempDir();
    const result = await runChurn(dir);
    expect(result.stderr).not.toContain('Assertion failed');
    expect({ code: result.code, signal: result.signal }).toEqual({ code: 0, signal: null });
    const expected = Number(process.versions.napi) >= 10 ? 'better-sqlite3-napi' : 'better-sqlite3';
    expect(result.stdout.trim()).toBe(expected);
  });
});
