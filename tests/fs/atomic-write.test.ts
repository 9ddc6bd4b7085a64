import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFileAtomic, writeFileAtomic } from '../../src/fs/atomic-write.js';
import { makeTempDir } from '../helpers/run-cli.js';

describe('atomic writes', () => {
  it('replaces the target in one step and leaves no temp file behind', async () => {
    const dir = await makeTempDir();
    const target = path.join(dir, 'RF-X.pdf');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['RF-X.pdf']);
  });

  it('copies with owner-only permissions', async () => {
    const dir = await makeTempDir();
    await writeFile(path.join(dir, 'in.pdf'), 'data');
    await copyFileAtomic(path.join(dir, 'in.pdf'), path.join(dir, 'kept.pdf'), 0o600);
    expect((await stat(path.join(dir, 'kept.pdf'))).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).sort()).toEqual(['in.pdf', 'kept.pdf']);
  });

  it('cleans up its temp file when the target folder is missing', async () => {
    const dir = await makeTempDir();
    await expect(writeFileAtomic(path.join(dir, 'saknas', 'x.pdf'), 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
