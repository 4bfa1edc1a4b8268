import { chmodSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../testing/tmp.js';
import { writeFileSet } from './write-if-changed.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('writeFileSet: a set of files, all or none', () => {
  it('writes the files that change, keeps a replaced file\'s mode and leaves no temp file', async () => {
    const root = tempProject();
    writeFileSync(path.join(root, 'prd.md'), 'old\n');
    chmodSync(path.join(root, 'prd.md'), 0o640);
    writeFileSync(path.join(root, 'same.md'), 'same\n');
    const written = await writeFileSet(root, [
      { path: 'prd.md', bytes: bytes('new\n') },
      { path: 'same.md', bytes: bytes('same\n') },
      { path: 'qa/cases.md', bytes: bytes('cases\n') },
    ]);
    expect(written).toEqual(['prd.md', 'qa/cases.md']);
    expect(readFileSync(path.join(root, 'prd.md'), 'utf8')).toBe('new\n');
    expect(statSync(path.join(root, 'prd.md')).mode & 0o777).toBe(0o640);
    expect(readFileSync(path.join(root, 'qa/cases.md'), 'utf8')).toBe('cases\n');
    expect(readdirSync(root, { recursive: true }).map(String).sort()).toEqual(['prd.md', 'qa', 'qa/cases.md', 'same.md']);
  });

  it('puts back every file it replaced when a later one cannot be renamed into place', async () => {
    const root = tempProject();
    writeFileSync(path.join(root, 'a.md'), 'a before\n');
    // A folder where a file should go: staging works, the rename over it fails.
    mkdirSync(path.join(root, 'b.md'));
    writeFileSync(path.join(root, 'b.md', 'keep'), 'x');
    await expect(
      writeFileSet(root, [
        { path: 'a.md', bytes: bytes('a after\n') },
        { path: 'new.md', bytes: bytes('new\n') },
        { path: 'b.md', bytes: bytes('b\n') },
      ]),
    ).rejects.toThrow(/Cannot write .*b\.md.*nothing was changed/);
    expect(readFileSync(path.join(root, 'a.md'), 'utf8')).toBe('a before\n');
    expect(readdirSync(root, { recursive: true }).map(String).sort()).toEqual(['a.md', 'b.md', 'b.md/keep']);
  });

  it('never writes through a symbolic link, and then writes nothing', async () => {
    const root = tempProject();
    const outside = tempProject();
    writeFileSync(path.join(outside, 'prd.md'), 'theirs\n');
    symlinkSync(path.join(outside, 'prd.md'), path.join(root, 'prd.md'));
    await expect(writeFileSet(root, [{ path: 'qa.md', bytes: bytes('qa\n') }, { path: 'prd.md', bytes: bytes('mine\n') }])).rejects.toMatchObject({ code: 'ESYMLINK' });
    expect(readFileSync(path.join(outside, 'prd.md'), 'utf8')).toBe('theirs\n');
    expect(readdirSync(root).sort()).toEqual(['prd.md']);
    await expect(writeFileSet(root, [{ path: '../x.md', bytes: bytes('x\n') }])).rejects.toMatchObject({ code: 'EOUTSIDE' });
  });
});
