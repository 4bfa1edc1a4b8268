import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orchestrate } from '../orchestrate.js';
import { tempProject } from '../testing/tmp.js';
import { removeGenerated, writeIfChanged } from './write-if-changed.js';

describe('nothing is written outside the output folder', () => {
  it.each([
    ['../../etc/passwd'],
    ['../sibling.ts'],
    ['/etc/passwd'],
    ['C:\\Windows\\x.ts'],
    ['C:x.ts'],
    ['\\\\server\\share\\x.ts'],
    ['a\0b.ts'],
    ['qa/../../escape.ts'],
    [''],
  ])('refuses %j', async (name) => {
    const root = tempProject();
    const out = path.join(root, 'out');
    mkdirSync(out);
    await expect(writeIfChanged(out, name, 'x')).rejects.toThrow(/Refusing to write/);
    await expect(removeGenerated(out, name)).rejects.toThrow(/Refusing to write/);
    expect(readdirSync(root)).toEqual(['out']);
    expect(readdirSync(out)).toEqual([]);
  });

  it('fails cleanly on a name too long for the file system, leaving no temp file', async () => {
    const out = path.join(tempProject(), 'out');
    mkdirSync(out);
    await expect(writeIfChanged(out, `${'x'.repeat(5000)}.ts`, 'x')).rejects.toThrow(/Cannot write/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a symlink inside the output folder that points outside, and removes nothing through it', async () => {
    const root = tempProject();
    const outside = path.join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'keep.ts'), 'keep');
    const out = path.join(root, 'out');
    mkdirSync(out);
    symlinkSync(outside, path.join(out, 'link'));
    symlinkSync(path.join(outside, 'keep.ts'), path.join(out, 'file.ts'));
    await expect(writeIfChanged(out, 'link/keep.ts', 'x')).rejects.toThrow(/symbolic link/);
    await expect(writeIfChanged(out, 'file.ts', 'x')).rejects.toThrow(/symbolic link/);
    await expect(removeGenerated(out, 'link/keep.ts')).rejects.toThrow(/symbolic link/);
    expect(readdirSync(outside)).toEqual(['keep.ts']);
  });

  it('a previous manifest that lists paths outside the folder cannot make a run delete them', async () => {
    const root = tempProject();
    mkdirSync(path.join(root, 'docs/prd'), { recursive: true });
    writeFileSync(path.join(root, 'docs/prd/a.md'), '# A\nAPI: GET /api/a\n');
    writeFileSync(path.join(root, 'victim.txt'), 'mine');
    const out = path.join(root, 'src/generated/prd');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ generator: 'prd-orchestrator', files: ['../../../victim.txt', '/etc/hostname'] }));
    const result = await orchestrate({ root });
    expect(result.success).toBe(true);
    expect(existsSync(path.join(root, 'victim.txt'))).toBe(true);
    expect(result.filesRemoved).toEqual([]);
  });

  it('PRD file names become safe QA file names', async () => {
    const root = tempProject();
    const dir = path.join(root, 'docs/prd/weird dir');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, '`$(rm -rf)`; <x>.md'), '# X\nAPI: GET /api/x\n');
    const result = await orchestrate({ root, prds: 'docs/prd/**/*.md' });
    expect(result.success).toBe(true);
    expect(readdirSync(path.join(root, 'src/generated/prd/qa'))).toEqual(['docs-prd-weird-dir-rm-rf-x.md']);
  });
});
