import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { addProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/start/testing/project.js';
import { startGenerator } from './generator.js';

const orders = await readFile(path.join(repoRoot, 'fixtures/corpus/dev/d1-orders.md'), 'utf8');

describe('start generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    addProjectConfiguration(tree, 'shop', { root: 'apps/shop' });
    tree.write('apps/shop/docs/roadmap.md', '- 2.1.1.1 Orders — owner: kim — [PRD](prd/orders.md)\n');
    tree.write('apps/shop/docs/prd/orders.md', orders);
  });

  it('edits the PRD and creates the QA files through the Tree (what --dry-run shows), inside the project', async () => {
    await startGenerator(tree, { id: '2.1.1.1', project: 'shop', roles: 'backend,qa', skipRun: true });
    const written = tree.listChanges().map((c) => c.path).filter((p) => p.startsWith('apps/shop/docs/')).sort();
    expect(written).toEqual(['apps/shop/docs/prd/orders.md', 'apps/shop/docs/qa/2.1.1.1.cases.md', 'apps/shop/docs/qa/2.1.1.1.results.md', 'apps/shop/docs/roadmap.md']);
    expect(tree.read('apps/shop/docs/roadmap.md', 'utf8')).toBe('- 2.1.1.1 Orders — owner: kim — [PRD](prd/orders.md)\n');
    const prd = tree.read('apps/shop/docs/prd/orders.md', 'utf8')!;
    expect(prd).toContain('owner: kim\n');
    expect(prd).toContain('roles: [backend, qa]\n');
    expect(prd).toMatch(/### 9\.1 Roles and Order\n\n<!-- prd-orchestrator:roles -->\n1\. \*\*backend\*\*.*\n2\. \*\*qa\*\*/);
  });

  it('changes nothing on a second run', async () => {
    await startGenerator(tree, { id: '2.1.1.1', project: 'shop', skipRun: true });
    const prd = tree.read('apps/shop/docs/prd/orders.md')!;
    const cases = tree.read('apps/shop/docs/qa/2.1.1.1.cases.md')!;
    await startGenerator(tree, { id: '2.1.1.1', project: 'shop', skipRun: true });
    expect(tree.read('apps/shop/docs/prd/orders.md')!.equals(prd)).toBe(true);
    expect(tree.read('apps/shop/docs/qa/2.1.1.1.cases.md')!.equals(cases)).toBe(true);
  });

  it('finds the PRD by frontmatter id through the Tree and fails on an unknown id with the closest ones', async () => {
    tree.delete('apps/shop/docs/roadmap.md');
    await startGenerator(tree, { id: '2.1.1.1', project: 'shop', skipRun: true });
    expect(tree.read('apps/shop/docs/prd/orders.md', 'utf8')).toContain('<!-- prd-orchestrator:qa-artifacts -->');
    await expect(startGenerator(tree, { id: '2.1.1.7', project: 'shop', skipRun: true })).rejects.toThrow(/Unknown roadmap id 2\.1\.1\.7; closest: 2\.1\.1\.1/);
  });
});
