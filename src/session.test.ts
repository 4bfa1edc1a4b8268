import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOrchestrator, orchestrate } from './orchestrate.js';
import { devProject } from './testing/tmp.js';

describe('createOrchestrator: a session owns what runs keep', () => {
  it('a watching session re-reads only what changed: tasks of unchanged sections are the same objects', async () => {
    const root = devProject();
    const session = createOrchestrator({ root, watch: true });
    const first = await session.run();
    const file = path.join(root, 'docs/prd/d1-orders.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n## 99 Extra\n\n- \`GET /api/extra\` returns extras.\n`);
    const second = await session.run();
    expect(second.success).toBe(true);
    expect(second.filesWritten.sort()).toEqual(['src/generated/prd/api.ts', 'src/generated/prd/manifest.json', 'src/generated/prd/qa/docs-prd-d1-orders.md']);
    const before = new Set(first.manifest!.tasks);
    const kept = second.manifest!.tasks.filter((t) => before.has(t));
    // Tasks defined once come back as the very objects of the first run (tasks merged from several
    // places are new copies each run).
    expect(kept.length).toBeGreaterThan(second.manifest!.tasks.length / 2);
    expect(kept.some((t) => t.sources.some((s) => s.file === 'docs/prd/d1-orders.md'))).toBe(true);
    expect(second.manifest!.tasks.some((t) => t.kind === 'api' && t.path === '/api/extra')).toBe(true);
  });

  it('one-shot runs share nothing: every run reads every PRD again, with the same bytes out', async () => {
    const root = devProject();
    const a = await orchestrate({ root });
    const b = await orchestrate({ root });
    expect(b.filesWritten).toEqual([]);
    expect(a.manifestJson!()).toBe(b.manifestJson!());
    const shared = new Set(a.manifest!.tasks);
    expect(b.manifest!.tasks.some((t) => shared.has(t))).toBe(false);
  });

  it('a watching session returns its last good result, marked reused, while the PRDs are as that run read them', async () => {
    const root = devProject();
    const session = createOrchestrator({ root, watch: true });
    const first = await session.run();
    expect(first.reused).toBeUndefined();
    const again = await session.run();
    expect(again).toMatchObject({ reused: true, success: true, manifest: first.manifest });
    const file = path.join(root, 'docs/prd/d2-library-tables.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `---\nbroken: [\n---\n${text}`);
    const broken = await session.run();
    expect(broken.success).toBe(false);
    expect(broken.reused).toBeUndefined();
    // Back to the bytes of the last good run: its result stands (its outputs were never replaced).
    writeFileSync(file, text);
    expect(await session.run()).toMatchObject({ reused: true, success: true, manifest: first.manifest });
  });
});
