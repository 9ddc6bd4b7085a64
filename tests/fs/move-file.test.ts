import { randomBytes } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { moveFile } from '../../src/fs/move-file.js';
import { makeTempDir } from '../helpers/run-cli.js';
import { openSecondFileSystem } from '../helpers/second-file-system.js';

const second = await openSecondFileSystem();
const skipReason = 'skip' in second ? second.skip : undefined;
if (skipReason) console.warn(`tests/fs/move-file: cross-device tests skipped: ${skipReason}`);
afterAll(async () => {
  if (!('skip' in second)) await second.release();
});

// A source folder on the other file system and a target folder on the test temp disk.
async function twoFolders(): Promise<{ from: string; to: string }> {
  if ('skip' in second) throw new Error(second.skip);
  const from = await mkdtemp(path.join(second.root, 'from-'));
  const to = await makeTempDir();
  expect((await stat(from)).dev).not.toBe((await stat(to)).dev);
  return { from, to };
}

describe.skipIf(skipReason !== undefined)(`moving a file to another file system (${'skip' in second ? 'skipped' : second.kind})`, () => {
  it('arrives whole under its final name with the requested permissions, leaving no temp file and no source', async () => {
    const { from, to } = await twoFolders();
    const bytes = randomBytes(2 * 1024 * 1024 + 5);
    await writeFile(path.join(from, 'in.pdf'), bytes);
    await moveFile(path.join(from, 'in.pdf'), path.join(to, 'out.pdf'), 0o600);
    expect((await readFile(path.join(to, 'out.pdf'))).equals(bytes)).toBe(true);
    expect((await stat(path.join(to, 'out.pdf'))).mode & 0o777).toBe(0o600);
    expect(await readdir(to)).toEqual(['out.pdf']);
    expect(await readdir(from)).toEqual([]);
  });

  it('moves a symlink as a link, leaving what it points to alone', async () => {
    const { from, to } = await twoFolders();
    const target = path.join(await makeTempDir(), 'target.pdf');
    await writeFile(target, 'innehåll');
    await symlink(target, path.join(from, 'link.pdf'));
    await moveFile(path.join(from, 'link.pdf'), path.join(to, 'link.pdf'), 0o600);
    expect((await lstat(path.join(to, 'link.pdf'))).isSymbolicLink()).toBe(true);
    expect(await readlink(path.join(to, 'link.pdf'))).toBe(target);
    expect((await stat(target)).mode & 0o777).not.toBe(0o600);
    expect(await readdir(from)).toEqual([]);
  });
});
