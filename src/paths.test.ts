import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { insidePath, insideRoot, packageRoot, relativeInside } from './paths.js';

describe('path helpers', () => {
  const root = path.resolve('/project');
  it('keeps paths strictly inside the root, as POSIX', () => {
    expect(relativeInside(root, path.join(root, 'docs', 'prd', 'a.md'))).toBe('docs/prd/a.md');
    expect(relativeInside(root, path.join(root, '..foo'))).toBe('..foo');
    expect(relativeInside(root, root)).toBeUndefined();
    expect(relativeInside(root, path.resolve(root, '..', 'other'))).toBeUndefined();
    expect(insideRoot(root, 'docs', '../prd/a.md')).toBe('prd/a.md');
    expect(insideRoot(root, 'docs', '../../etc/passwd')).toBeUndefined();
  });
  it('refuses option paths that are absolute, empty or climb with ..', () => {
    expect(insidePath('docs\\prd/')).toBe('docs/prd');
    for (const bad of ['', '.', '/etc', 'C:/x', 'a/../../b']) expect(insidePath(bad)).toBeUndefined();
  });
  it('finds the package root from sources', () => {
    expect(existsSync(path.join(packageRoot(), 'generators.json'))).toBe(true);
  });
});
