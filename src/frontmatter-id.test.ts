import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { orchestrate } from './orchestrate.js';
import { runStart } from './start/index.js';
import { makeProject } from './start/testing/project.js';

const prd = '---\nid: 6.10\ntitle: Orders\n---\n# Orders\n\n## 3 API\n\n- `GET /api/orders` lists orders.\n';

describe('a frontmatter id that YAML would read as a number', () => {
  it('is "6.10" in manifest.json and in start, never 6.1', async () => {
    const root = await makeProject({ 'docs/prd/orders.md': prd });
    const run = await orchestrate({ root });
    expect(run.success).toBe(true);
    const manifest = JSON.parse(await readFile(path.join(root, 'src/generated/prd/manifest.json'), 'utf8'));
    expect(manifest.prds).toEqual([{ file: 'docs/prd/orders.md', id: '6.10', title: 'Orders', tasks: 1 }]);

    // No roadmap: start finds the PRD by its frontmatter id, and 6.1 is not that id.
    const started = await runStart({ root, id: '6.10', owner: 'sam', pipeline: false });
    expect(started).toMatchObject({ prd: 'docs/prd/orders.md', id: '6.10', owner: 'sam' });
    await expect(runStart({ root, id: '6.1', owner: 'sam', pipeline: false })).rejects.toThrow(/6\.1/);
    const edited = await readFile(path.join(root, 'docs/prd/orders.md'), 'utf8');
    expect(edited.startsWith('---\nid: 6.10\ntitle: Orders\nowner: sam\n')).toBe(true);
  });
});
