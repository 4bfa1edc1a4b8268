import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createOrchestrator, orchestrate } from './orchestrate.js';
import { devProject } from './testing/tmp.js';
import { LOCK_NAME } from './write/lock.js';

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
    // Every task but the new one comes back as the very object of the first run, merged ones too
    // (the merge memo hands back a task merged from the same definitions).
    const added = second.manifest!.tasks.filter((t) => !before.has(t));
    expect(added.map((t) => t.id)).toEqual(['api:/api/extra']);
    expect(second.manifest!.tasks.filter((t) => t.sources.length > 1 && before.has(t)).length).toBeGreaterThan(0);
    expect(second.manifest!.tasks.some((t) => t.kind === 'api' && t.path === '/api/extra')).toBe(true);
    // What a heading says is carried from the last run only while the heading is the same: renamed
    // to an out-of-scope heading, its endpoint goes; renamed back, it returns.
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('## 99 Extra', '## 99 Out of scope'));
    expect((await session.run()).manifest!.tasks.some((t) => t.kind === 'api' && t.path === '/api/extra')).toBe(false);
    writeFileSync(file, text);
    expect((await session.run()).manifest!.tasks.some((t) => t.kind === 'api' && t.path === '/api/extra')).toBe(true);
  });

  it('after any series of edits, a watching session writes the bytes a fresh run would', async () => {
    const root = devProject();
    const session = createOrchestrator({ root, watch: true });
    expect((await session.run()).success).toBe(true);
    const file = path.join(root, 'docs/prd/d1-orders.md');
    const original = readFileSync(file, 'utf8');
    // An endpoint that writes, named by a plain last segment (`/api/orders`): a status rule that
    // names only its resource ("a duplicate order") applies to it without naming its path.
    const endpoint = (await session.run()).manifest!.tasks.find(
      (t) => t.kind === 'api' && t.sources[0]!.file === 'docs/prd/d1-orders.md' && t.methods.includes('POST') && /\/[a-z]+s$/.test(t.path),
    );
    expect(endpoint?.kind).toBe('api');
    const word = endpoint!.kind === 'api' ? endpoint!.path.split('/').pop()!.replace(/s$/, '') : '';
    const lines = original.split('\n');
    const edits: Array<(text: string) => string> = [
      // A rule that states a status code for an endpoint: the endpoint's QA rows must change.
      (t) => `${t}\n## Errors\n\n- A duplicate ${word} must be rejected with 409 because it already exists.\n`,
      // The same rule again elsewhere: a merged rule.
      (t) => `${t}\n## More errors\n\n- A duplicate ${word} must be rejected with 409 because it already exists.\n`,
      // The status rule goes: the endpoint's rows must lose the 409.
      (t) => t.replace(/\n## Errors\n\n[^\n]*\n/, '\n'),
      // Lines of the middle swapped, one dropped, one doubled.
      (t) => t.split('\n').map((l, i, all) => (i === Math.floor(all.length / 2) ? all[i + 1]! : i === Math.floor(all.length / 2) + 1 ? all[i - 1]! : l)).join('\n'),
      (t) => t.split('\n').filter((_, i) => i !== Math.floor(lines.length / 3)).join('\n'),
      (t) => t.split('\n').flatMap((l, i) => (i === Math.floor(lines.length / 4) ? [l, l] : [l])).join('\n'),
      // Two endpoints whose operation names collide (`getApiLineItems`, then `getApiLineItems2`)…
      (t) => `${t}\n## Line items\n\n- \`GET /api/line-items\` lists the line items.\n\n## More line items\n\n- \`GET /api/line_items\` lists them again.\n`,
      // …the first renamed: the second loses its suffix; then back.
      (t) => t.replace('`GET /api/line-items`', '`GET /api/other-items`'),
      (t) => t.replace('`GET /api/other-items`', '`GET /api/line-items`'),
      () => original,
    ];
    let text = original;
    for (const edit of edits) {
      text = edit(text);
      writeFileSync(file, text);
      const watched = await session.run();
      expect(watched.success).toBe(true);
      // A fresh session over the same files: check mode fails on any byte that differs.
      const fresh = await orchestrate({ root, mode: 'check' });
      if (edit === edits[0]) expect(readFileSync(path.join(root, 'src/generated/prd/qa/docs-prd-d1-orders.md'), 'utf8')).toMatch(/409: [^|]*already exists/);
      if (edit === edits[6]) expect(readFileSync(path.join(root, 'src/generated/prd/api.ts'), 'utf8')).toContain('getApiLineItems2: ');
      if (edit === edits[7]) expect(readFileSync(path.join(root, 'src/generated/prd/api.ts'), 'utf8')).not.toContain('getApiLineItems2');
      expect(fresh.drift).toEqual([]);
      expect(fresh.manifestJson!()).toBe(watched.manifestJson!());
    }
  });

  it('a save that changes no output does not wait for the output lock', async () => {
    const root = devProject();
    const session = createOrchestrator({ root, watch: true });
    expect((await session.run()).success).toBe(true);
    // Another live process holds the output folder's lock (a CLI run beside vite dev).
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const lock = path.join(root, 'src/generated/prd', LOCK_NAME);
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(holder.pid));
      const file = path.join(root, 'docs/prd/d1-orders.md');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\nA closing remark that states no requirement.\n`);
      // Before, every save waited for the lock (up to two minutes), changed outputs or not.
      const saved = await session.run();
      expect(saved.success).toBe(true);
      expect(saved.reused).toBeUndefined();
      expect(saved.filesWritten).toEqual([]);
      expect(saved.filesUnchanged.length).toBeGreaterThan(3);
      expect(readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(String(holder.pid));
    } finally {
      holder.kill();
    }
  }, 20_000);

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
