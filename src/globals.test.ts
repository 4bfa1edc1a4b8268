/**
 * State lives in session objects, never at module level: no module of src/, plugin/, executors/ or
 * generators/ declares a top-level `let` or `var`, or fills a top-level Map or Set. A constant built
 * on first use goes through `lazy()` (memo.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './testing/corpus.js';
import { sourceFiles } from './testing/imports.js';

const DIRS = ['src', 'plugin', 'executors', 'generators'];

/** Top-level mutable state of one module: `let`/`var` names, and top-level collections that are written to. */
function moduleState(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const { program } = parseSync(file, source);
  const found: string[] = [];
  for (const statement of program.body) {
    const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (decl?.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      const name = d.id.type === 'Identifier' ? d.id.name : '(pattern)';
      if (decl.kind !== 'const') found.push(`${decl.kind} ${name}`);
      else if (d.init?.type === 'NewExpression' && d.init.callee.type === 'Identifier' && /^(?:Map|Set|WeakMap|WeakSet|BoundedMap)$/.test(d.init.callee.name)) {
        if (new RegExp(`\\b${name}\\.(?:set|add|delete|clear)\\(`).test(source)) found.push(`written ${name}`);
      }
    }
  }
  return found.map((f) => `${path.relative(repoRoot, file).split(path.sep).join('/')}: ${f}`);
}

describe('module-level state', () => {
  it('no module keeps mutable state at top level (sessions own it)', () => {
    const files = sourceFiles(DIRS.map((d) => path.join(repoRoot, d))).filter((f) => !f.endsWith('.test.ts') && !f.includes(`${path.sep}testing${path.sep}`));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(moduleState)).toEqual([]);
  });

  it('catches the shapes it forbids, and only those', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'prd-globals-'));
    const probe = path.join(dir, 'probe.ts');
    writeFileSync(probe, 'let count = 0;\nexport var flag = false;\nconst cache = new Map<string, number>();\nexport function f() { cache.set("a", 1); count++; }\nconst KNOWN = new Set(["a"]);\nconst parser = lazy(() => 1);\n');
    try {
      expect(moduleState(probe).map((f) => f.replace(/^.*: /, ''))).toEqual(['let count', 'var flag', 'written cache']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
