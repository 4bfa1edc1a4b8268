import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closestIds } from './closest.js';
import { nodeStartFs } from './io.js';
import { resolvePrd } from './resolve.js';
import { parseRoadmap } from './roadmap.js';
import { makeProject } from './testing/project.js';

const ROADMAP = `# Roadmap

| ID | Title | Owner | Roles | PRD |
|----|-------|-------|-------|-----|
| 2.1.1.1 | Order management | @sam.r | backend, qa | [PRD](prd/orders.md) |
| 2.1.1.2 | Refunds | ana | | — |
| 3.1 | Library | li | | \`prd/library.md\` |

- 4 Later
  - 4.1 Search — owner: li.w — [spec](prd/search.md)
    - 4.1.1 **Facets** @kim (roles: frontend)
`;

describe('parseRoadmap', () => {
  it('reads table rows and nested list items with ids, titles, owners, roles, PRD links and lines', () => {
    expect(parseRoadmap(ROADMAP)).toEqual([
      { id: '2.1.1.1', title: 'Order management', owner: 'sam.r', roles: ['backend', 'qa'], prd: 'prd/orders.md', line: 5 },
      { id: '2.1.1.2', title: 'Refunds', owner: 'ana', roles: undefined, prd: undefined, line: 6 },
      { id: '3.1', title: 'Library', owner: 'li', roles: undefined, prd: 'prd/library.md', line: 7 },
      { id: '4.1', title: 'Search', owner: 'li.w', roles: undefined, prd: 'prd/search.md', line: 10 },
      { id: '4.1.1', title: 'Facets', owner: 'kim', roles: ['frontend'], prd: undefined, line: 11 },
    ]);
  });

  it('ignores tables without an id column and list items that do not start with an id', () => {
    expect(parseRoadmap('| Name | Owner |\n|--|--|\n| 2.1 | x |\n\n- see 2.1 later\n- 2024 plans\n')).toEqual([]);
  });
});

describe('closestIds', () => {
  it('lists the nearest ids first', () => {
    expect(closestIds('2.1.1.3', ['3.1', '2.1.1.1', '2.1.2.1', '2.1.1.1', '9'])).toEqual(['2.1.1.1', '2.1.2.1', '3.1']);
  });
});

async function project(files: Record<string, string>) {
  const root = await makeProject(files);
  return { root, fs: nodeStartFs(root) };
}

const base = { roadmap: 'docs/roadmap.md', prds: ['docs/prd/**/*.md'], prd: undefined };

describe('resolvePrd', () => {
  it('follows the roadmap link relative to the roadmap file', async () => {
    const { root, fs } = await project({ 'docs/roadmap.md': ROADMAP, 'docs/prd/orders.md': '# O\n' });
    const r = await resolvePrd({ ...base, root, fs, id: '2.1.1.1' });
    expect(r).toMatchObject({ file: 'docs/prd/orders.md', via: 'roadmap', entry: { owner: 'sam.r' } });
  });

  it('reads a plain path written from the project root when the roadmap-relative one does not exist', async () => {
    const roadmap = '| Id | PRD |\n|--|--|\n| 1.1.1 | docs/prd/orders.md |\n';
    const { root, fs } = await project({ 'docs/roadmap.md': roadmap, 'docs/prd/orders.md': '# O\n' });
    expect(await resolvePrd({ ...base, root, fs, id: '1.1.1' })).toMatchObject({ file: 'docs/prd/orders.md', via: 'roadmap' });
  });

  it('falls back to the frontmatter id when the roadmap does not list the id', async () => {
    const { root, fs } = await project({ 'docs/prd/a.md': '---\nid: 7.2\n---\n', 'docs/prd/sub/b.md': '---\nid: 7.3\n---\n' });
    expect(await resolvePrd({ ...base, root, fs, id: '7.3' })).toMatchObject({ file: 'docs/prd/sub/b.md', via: 'frontmatter' });
  });

  it('fails on an unknown id with the closest roadmap and frontmatter ids', async () => {
    const { root, fs } = await project({ 'docs/roadmap.md': ROADMAP, 'docs/prd/x.md': '---\nid: 2.1.1.4\n---\n' });
    await expect(resolvePrd({ ...base, root, fs, id: '2.1.1.5' })).rejects.toThrow(/Unknown roadmap id 2\.1\.1\.5; closest: 2\.1\.1\.1, 2\.1\.1\.2, 2\.1\.1\.4\./);
  });

  it('fails on a roadmap row without a PRD link, at its line', async () => {
    const { root, fs } = await project({ 'docs/roadmap.md': ROADMAP });
    await expect(resolvePrd({ ...base, root, fs, id: '2.1.1.2' })).rejects.toMatchObject({ file: 'docs/roadmap.md', line: 6, code: 'EROADMAP', message: expect.stringMatching(/no PRD link/) });
  });

  it('fails when two PRDs claim the same id, naming both', async () => {
    const { root, fs } = await project({ 'docs/prd/a.md': '---\nid: 5\n---\n', 'docs/prd/b.md': '---\nid: "5"\n---\n' });
    await expect(resolvePrd({ ...base, root, fs, id: '5' })).rejects.toThrow(/docs\/prd\/a\.md and docs\/prd\/b\.md/);
  });

  it('refuses a roadmap link that leaves the project and a link to a missing file', async () => {
    const { root, fs } = await project({ 'docs/roadmap.md': '| ID | PRD |\n|--|--|\n| 1.1 | [x](../../etc/passwd) |\n| 1.2 | [y](https://example.com/p.md) |\n| 1.3 | [z](prd/none.md) |\n' });
    await expect(resolvePrd({ ...base, root, fs, id: '1.1' })).rejects.toMatchObject({ code: 'EOUTSIDE', line: 3 });
    await expect(resolvePrd({ ...base, root, fs, id: '1.2' })).rejects.toMatchObject({ code: 'EOUTSIDE', line: 4 });
    await expect(resolvePrd({ ...base, root, fs, id: '1.3' })).rejects.toMatchObject({ code: 'ENOENT', line: 5 });
  });

  it('takes --prd as given, inside the root only', async () => {
    const { root, fs } = await project({ 'docs/p.md': '# P\n' });
    expect(await resolvePrd({ ...base, root, fs, id: undefined, prd: path.join(root, 'docs/p.md') })).toMatchObject({ file: 'docs/p.md', via: 'prd' });
    await expect(resolvePrd({ ...base, root, fs, id: undefined, prd: '../elsewhere.md' })).rejects.toThrow(/outside the project root/);
  });
});
