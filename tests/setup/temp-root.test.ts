import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('puts the temporary folders of the tests and of the commands they start under the run root that is removed at the end', () => {
  const root = tmpdir();
  expect(path.basename(root)).toMatch(/^reservfax-tests-/);
  const childTmp = execFileSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], { encoding: 'utf8' }).trim();
  expect(childTmp).toBe(root);
});
