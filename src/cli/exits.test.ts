import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { devProject } from '../testing/tmp.js';
import { runCli as cli } from './testing/io.js';

/** Every file under the output folder with its bytes. */
function outputs(root: string): Map<string, string> {
  const dir = path.join(root, 'src/generated/prd');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), 'utf8')]));
}

describe('exits a new user can trust', () => {
  it('a glob that matches no PRD keeps every earlier output and exits 1; --allow-empty removes them', async () => {
    const root = devProject();
    expect((await cli(['run'], root)).code).toBe(0);
    const before = outputs(root);
    expect(before.size).toBeGreaterThan(5);
    for (const command of [['run'], ['check'], ['run', '--dry-run']]) {
      const r = await cli([...command, '--prds', 'nothing/**/*.md'], root);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('src/generated/prd/manifest.json:1:1 error No PRD files match nothing/**/*.md (previous outputs kept; pass --allow-empty to remove them)');
      expect(outputs(root)).toEqual(before);
    }
    const allowed = await cli(['run', '--prds', 'nothing/**/*.md', '--allow-empty'], root);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(`${before.size} removed`);
    expect(existsSync(path.join(root, 'src/generated/prd/manifest.json'))).toBe(false);
    // Nothing generated and nothing left: a run without PRDs has nothing to protect.
    expect((await cli(['run', '--prds', 'nothing/**/*.md'], root)).code).toBe(0);
  });

  it('a run that matches no PRD says where spec tools keep PRDs in the project, and reads none of them', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'prd-elsewhere-'));
    const put = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    const prd = '# Cart\n\n## API\n\n- `GET /api/cart`\n';
    put('specs/001-cart/spec.md', prd);
    put('.kiro/specs/checkout/requirements.md', prd);
    put('docs/product-requirements.md', prd);
    // Not PRDs of this project: a dependency's, and notes that are no requirements.
    put('node_modules/some-lib/specs/001-x/spec.md', prd);
    put('docs/meeting-notes.md', prd);
    const r = await cli(['run'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'No PRD files match docs/prd/**/*.md under ' +
        `${root}. Markdown where PRDs are often kept: specs/001-cart/spec.md (Spec Kit), .kiro/specs/checkout/requirements.md (Kiro), docs/product-requirements.md (PRD). ` +
        'To read it, run with --prds "specs/*/spec.md" --prds ".kiro/specs/*/requirements.md" --prds "docs/product-requirements.md"',
    );
    expect(r.stderr).not.toContain('node_modules');
    expect(r.stderr).not.toContain('meeting-notes');
    // It read nothing it was not asked to: no output folder.
    expect(existsSync(path.join(root, 'src/generated/prd'))).toBe(false);
    // What the hint says to run reads them.
    const told = await cli(['run', '--prds', 'specs/*/spec.md', '--prds', '.kiro/specs/*/requirements.md', '--prds', 'docs/product-requirements.md', '--json'], root);
    expect(told.code).toBe(0);
    expect(JSON.parse(told.stdout).prds).toBe(3);
    // With earlier outputs, the error that keeps them carries the same hint.
    const none = await cli(['run', '--prds', 'nothing/**/*.md'], root);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('(previous outputs kept; pass --allow-empty to remove them). Markdown where PRDs are often kept: specs/001-cart/spec.md (Spec Kit)');
  });

  it('a run that matches no PRD in a project without any says only that', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'prd-elsewhere-'));
    const r = await cli(['run'], root);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`No PRD files match docs/prd/**/*.md under ${root}\n`);
  });

  it('a missing --root is a usage error (exit 2), not an empty project', async () => {
    const root = devProject();
    for (const command of ['run', 'check']) {
      const r = await cli([command, '--root', path.join(root, 'no-such-folder')], root);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no-such-folder does not exist; pass an existing folder as --root/);
    }
    const file = await cli(['run', '--root', 'docs/prd/d1-orders.md'], root);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/is a file, not a folder/);
  });

  describe('--extractor llm without an endpoint', () => {
    const saved = { key: process.env.OPENAI_API_KEY, url: process.env.OPENAI_BASE_URL };
    beforeEach(() => {
      delete process.env.OPENAI_API_KEY;
      delete process.env.OPENAI_BASE_URL;
    });
    afterEach(() => {
      if (saved.key !== undefined) process.env.OPENAI_API_KEY = saved.key;
      if (saved.url !== undefined) process.env.OPENAI_BASE_URL = saved.url;
    });

    it('is a usage error naming both variables and writes nothing; auto falls back to the heuristics', async () => {
      const root = devProject();
      const llm = await cli(['run', '--extractor', 'llm'], root);
      expect(llm.code).toBe(2);
      expect(llm.stderr).toMatch(/neither OPENAI_API_KEY nor OPENAI_BASE_URL is set/);
      expect(existsSync(path.join(root, 'src/generated/prd'))).toBe(false);
      const auto = await cli(['run', '--extractor', 'auto', '--json'], root);
      expect(auto.code).toBe(0);
      expect(JSON.parse(auto.stdout).tasks).toBeGreaterThan(10);
    });
  });
});

describe('every warning line starts with file:line', () => {
  it('conflicts included, in run and in extract', async () => {
    const root = devProject();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(root, 'docs/prd/x1.md'), '# X1\n\n## Data\n\n| Field | Type |\n|---|---|\n| total | number |\n\nModel: Invoice — total: number, paid: boolean\n');
    writeFileSync(path.join(root, 'docs/prd/x2.md'), '# X2\n\n## Data\n\nModel: Invoice — total: string, paid: boolean\n');
    for (const argv of [['run'], ['extract', 'docs/prd/x1.md', 'docs/prd/x2.md']]) {
      const r = await cli(argv, root);
      expect(r.code).toBe(0);
      const lines = r.stderr.split('\n').filter(Boolean);
      expect(lines.some((l) => l.includes('Model Invoice field "total" has conflicting types'))).toBe(true);
      for (const l of lines) expect(l).toMatch(/^[^\s:]+\.md:\d+:\d+ warning /);
    }
  });
});
