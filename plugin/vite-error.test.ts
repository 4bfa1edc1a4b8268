import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrdError } from '../src/errors.js';
import { codeFrame, toViteError, toViteInternalError } from './vite-error.js';

const TEXT = ['---', 'title: [unclosed', '---', '# Orders', 'API: GET /api/orders', ''].join('\n');

describe('codeFrame', () => {
  it('marks the failing line and points at the column', () => {
    const frame = codeFrame(TEXT, 2, 8);
    const lines = frame.split('\n');
    expect(lines[0]).toBe('  1 | ---');
    expect(lines[1]).toBe('> 2 | title: [unclosed');
    expect(lines[2]).toBe('    |        ^');
    expect(lines[3]).toBe('  3 | ---');
    expect(lines[4]).toBe('  4 | # Orders');
  });

  it('gives nothing for a line outside the text', () => {
    expect(codeFrame(TEXT, 99, 1)).toBe('');
  });
});

describe('toViteError', () => {
  it('locates the first error by absolute path and lists every error as file:line:col', () => {
    const root = path.resolve('/project');
    const errors = [
      new PrdError('Frontmatter is not valid YAML', { file: 'docs/prd/a.md', line: 2, column: 8, code: 'EFRONTMATTER', hint: 'Close the bracket' }),
      new PrdError('Frontmatter is not closed', { file: 'docs/prd/b.md', line: 1, column: 1, code: 'EFRONTMATTER_UNCLOSED' }),
    ];
    const err = toViteError(errors, root, (file) => (file === path.join(root, 'docs/prd/a.md') ? TEXT : undefined));
    expect(err.loc).toEqual({ file: path.join(root, 'docs/prd/a.md'), line: 2, column: 8 });
    expect(err.id).toBe(path.join(root, 'docs/prd/a.md'));
    expect(err.plugin).toBe('prd-orchestrator');
    expect(err.message.split('\n').slice(0, 2)).toEqual([
      'docs/prd/a.md:2:8 Frontmatter is not valid YAML. Close the bracket',
      'docs/prd/b.md:1:1 Frontmatter is not closed',
    ]);
    expect(err.frame).toContain('> 2 | title: [unclosed');
  });

  it('turns an unexpected failure into a message without location', () => {
    const err = toViteInternalError(new Error('disk full'), '/project');
    expect(err.message).toBe('disk full');
    expect(err.loc).toBeUndefined();
  });
});
