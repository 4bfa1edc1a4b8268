import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCommand } from './start.js';
import { makeProject, memoryIo, repoRoot } from '../start/testing/project.js';

const corpus = path.join(repoRoot, 'fixtures/corpus/dev');
const orders = await readFile(path.join(corpus, 'd1-orders.md'), 'utf8');
const library = await readFile(path.join(corpus, 'd2-library-tables.md'), 'utf8');

async function outputs(root: string) {
  const out = path.join(root, 'src/generated/prd');
  const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')) as { prds: Array<{ file: string }> };
  return { prds: manifest.prds.map((p) => p.file), qa: (await readdir(path.join(out, 'qa'))).sort() };
}

describe('start keeps the project outputs whole', () => {
  it('start on one PRD, then on the other: the manifest and the QA files always hold both', async () => {
    const root = await makeProject({ 'docs/prd/orders.md': orders, 'docs/prd/library.md': library });
    const both = { prds: ['docs/prd/library.md', 'docs/prd/orders.md'], qa: ['docs-prd-library.md', 'docs-prd-orders.md'] };
    expect(await startCommand(['--prd', 'docs/prd/orders.md'], memoryIo(root))).toBe(0);
    expect(await outputs(root)).toEqual(both);
    const libraryQa = await readFile(path.join(root, 'src/generated/prd/qa/docs-prd-library.md'), 'utf8');
    expect(libraryQa).toMatch(/^\| QA-[0-9a-f]{8} \| api:\/api\/books \|/m);
    expect(await startCommand(['--prd', 'docs/prd/library.md'], memoryIo(root))).toBe(0);
    expect(await outputs(root)).toEqual(both);
    expect(await startCommand(['--prd', 'docs/prd/orders.md'], memoryIo(root))).toBe(0);
    expect(await outputs(root)).toEqual(both);
  });

  it('a PRD outside the project globs edits the PRD but leaves the outputs alone, and says why', async () => {
    const root = await makeProject({ 'docs/prd/orders.md': orders, 'notes/library.md': library });
    const missing = memoryIo(root);
    expect(await startCommand(['--prd', 'docs/prd/orders.md', '--root', 'nope'], missing)).toBe(2);
    expect(missing.err.join('')).toMatch(/nope does not exist; pass an existing folder as --root/);
    const first = memoryIo(root);
    expect(await startCommand(['--prd', 'docs/prd/orders.md'], first)).toBe(0);
    const before = await outputs(root);
    const io = memoryIo(root);
    expect(await startCommand(['--prd', 'notes/library.md'], io)).toBe(0);
    expect(io.out.join('')).toContain("pipeline not run: notes/library.md is not matched by the project's PRD globs (docs/prd/**/*.md)");
    expect(await outputs(root)).toEqual(before);
    expect(before.prds).toEqual(['docs/prd/orders.md']);
  });
});
