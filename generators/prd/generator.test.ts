import { addProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { parse } from 'yaml';
import { beforeEach, describe, expect, it } from 'vitest';
import { prdGenerator } from './generator.js';

describe('prd generator', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    addProjectConfiguration(tree, 'web', { root: 'apps/web' });
  });

  it('creates a PRD with frontmatter and the numbered sections the pipeline and start use', async () => {
    await prdGenerator(tree, { project: 'web', name: 'order management', id: '2.1.1.1', owner: 'sam', skipFormat: true });
    const text = tree.read('apps/web/docs/prd/order-management.md', 'utf8')!;
    const [, yaml] = /^---\n([\s\S]*?)---\n/.exec(text)!;
    expect(parse(yaml!)).toEqual({ id: '2.1.1.1', title: 'Order Management', owner: 'sam', status: 'draft', roles: [] });
    const headings = text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Order Management',
      '## 1. Overview',
      '## 2. Goals',
      '## 3. Non-goals',
      '## 4. Requirements',
      '## 5. API Design',
      '## 6. Data Models',
      '## 7. Quality',
      '### 7.1 Acceptance Criteria',
      '### 7.3 QA Artifacts',
      '## 8. Pages',
      '## 9. Delivery',
      '### 9.1 Roles and Order',
    ]);
  });

  it('escapes a title that YAML would misread', async () => {
    await prdGenerator(tree, { project: 'web', name: 'x', title: 'Refunds: "fast" & #1', skipFormat: true });
    const text = tree.read('apps/web/docs/prd/x.md', 'utf8')!;
    const [, yaml] = /^---\n([\s\S]*?)---\n/.exec(text)!;
    expect(parse(yaml!).title).toBe('Refunds: "fast" & #1');
    expect(text).toContain('\n# Refunds: "fast" & #1\n');
  });

  it('refuses names that would escape the folder, bad ids, multi-line titles and existing PRDs', async () => {
    await expect(prdGenerator(tree, { project: 'web', name: '../../etc/x', skipFormat: true })).rejects.toThrow(/--name/);
    await expect(prdGenerator(tree, { project: 'web', name: 'a', id: '1; rm', skipFormat: true })).rejects.toThrow(/--id/);
    await expect(prdGenerator(tree, { project: 'web', name: 'a', title: 'a\n# b', skipFormat: true })).rejects.toThrow(/--title/);
    await expect(prdGenerator(tree, { project: 'web', name: 'a', directory: '../x', skipFormat: true })).rejects.toThrow(/--directory/);
    await prdGenerator(tree, { project: 'web', name: 'a', skipFormat: true });
    await expect(prdGenerator(tree, { project: 'web', name: 'a', skipFormat: true })).rejects.toThrow(/already exists/);
  });
});
