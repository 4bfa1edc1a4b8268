import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/corpus.js';
import { devProject, tempProject } from '../testing/tmp.js';
import { runCli as cli } from './testing/io.js';

describe('prd-orchestrator CLI', () => {
  it('extract --json prints {"tasks":[...]} with the documented shapes, paths as given', async () => {
    const root = devProject();
    const r = await cli(['extract', 'docs/prd/d1-orders.md', 'docs/prd/d5-sensors-openapi.md', '--json'], root);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['tasks']);
    expect(out.tasks[0]).toEqual({ kind: 'api', id: 'api:/api/carts/current', path: '/api/carts/current', methods: ['GET'], sources: [{ file: 'docs/prd/d1-orders.md', line: 31, section: '5.2 Carts' }] });
    for (const t of out.tasks) expect(t.id, JSON.stringify(t)).toMatch(/^(?:api|page):\/|^model:|^rule:[0-9a-f]{10}$/);
    expect(new Set(out.tasks.map((t: { kind: string }) => t.kind))).toEqual(new Set(['api', 'model', 'page', 'rule']));
    const kinds = out.tasks.map((t: { kind: string }) => t.kind);
    expect(kinds).toEqual([...kinds].sort((a: string, b: string) => ['api', 'model', 'page', 'rule'].indexOf(a) - ['api', 'model', 'page', 'rule'].indexOf(b)));
  });

  it('run --json prints the summary keys; check exits 1 listing drift; dry-run writes nothing', async () => {
    const root = devProject();
    const dry = await cli(['run', '--dry-run'], root);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Would change:\n  write  src/generated/prd/api.ts');
    expect(existsSync(path.join(root, 'src/generated/prd'))).toBe(false);
    const run = await cli(['run', '--json'], root);
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout))).toEqual(['success', 'durationMs', 'prds', 'tasks', 'filesWritten', 'filesUnchanged', 'filesRemoved', 'conflicts']);
    expect((await cli(['check'], root)).code).toBe(0);
    writeFileSync(path.join(root, 'src/generated/prd/pages.ts'), 'edited');
    const check = await cli(['check'], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('src/generated/prd/pages.ts');
  });

  it('run --json lists conflicts; check --strict exits 1 on a conflict, plain check does not', async () => {
    const root = tempProject();
    mkdirSync(path.join(root, 'docs/prd'), { recursive: true });
    writeFileSync(path.join(root, 'docs/prd/a.md'), '# A\n\n## Data model\n\n| Model | Field | Type |\n|---|---|---|\n| Order | total | number |\n');
    writeFileSync(path.join(root, 'docs/prd/b.md'), '# B\n\n## Data model\n\n| Model | Field | Type |\n|---|---|---|\n| Order | total | string |\n');
    const run = await cli(['run', '--json'], root);
    expect(run.code).toBe(0);
    const conflicts = JSON.parse(run.stdout).conflicts;
    expect(conflicts).toEqual([expect.objectContaining({ kind: 'model-field-type', id: 'model:order', field: 'total', types: ['number', 'string'] })]);
    expect(run.stderr).toContain('number (docs/prd/a.md:7) vs string (docs/prd/b.md:7)');
    expect((await cli(['check'], root)).code).toBe(0);
    const strict = await cli(['check', '--strict'], root);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict: 1 conflict');
    writeFileSync(path.join(root, 'docs/prd/b.md'), '# B\n\n## Data model\n\n| Model | Field | Type |\n|---|---|---|\n| Order | total | number |\n');
    expect((await cli(['run', '--strict'], root)).code).toBe(0);
  });

  it('a PRD error prints file:line:col on stderr and exits 1', async () => {
    const root = devProject();
    writeFileSync(path.join(root, 'docs/prd/bad.md'), '---\ntitle: x\n');
    const r = await cli(['run'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^docs\/prd\/bad\.md:1:1 error Frontmatter opened with "---" on line 1 is never closed/m);
    const x = await cli(['extract', 'docs/prd/nope.md'], root);
    expect(x.code).toBe(1);
    expect(x.stderr).toMatch(/^docs\/prd\/nope\.md:1:1 error PRD file not found/m);
  });

  it.each([
    [['run', '--frobnicate']],
    [['run', '--extractor', 'magic']],
    [['run', '--check', '--dry-run']],
    [['extract']],
    [['launch']],
    [[]],
  ])('usage errors exit 2 (%j)', async (argv) => {
    const r = await cli(argv, repoRoot);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/Usage|prd-orchestrator: /);
  });

  it('every command has --help', async () => {
    for (const cmd of ['run', 'check', 'extract', 'start']) {
      const r = await cli([cmd, '--help'], repoRoot);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: prd-orchestrator /);
    }
  });

  it.runIf(existsSync(path.join(repoRoot, 'dist/src/cli.js')))('--pool on (worker threads) writes the same bytes as one thread', () => {
    const root = devProject();
    const run = (pool: string, out: string) =>
      spawnSync(process.execPath, [path.join(repoRoot, 'dist/src/cli.js'), 'run', '--pool', pool, '--out', out, '--json'], { cwd: root, encoding: 'utf8' });
    const on = run('on', 'gen-on');
    const off = run('off', 'gen-off');
    expect([on.status, off.status]).toEqual([0, 0]);
    const names = (r: typeof on) => (JSON.parse(r.stdout) as { filesWritten: string[] }).filesWritten.map((f) => f.replace(/^gen-o(?:n|ff)\//, ''));
    expect(names(on)).toEqual(names(off));
    for (const f of names(on)) expect(readFileSync(path.join(root, 'gen-on', f), 'utf8')).toBe(readFileSync(path.join(root, 'gen-off', f), 'utf8'));
  });

  it.runIf(existsSync(path.join(repoRoot, 'dist/src/cli.js')))('worker threads keep what extraction knows beyond JSON: a title made from the route gives way, two written ones conflict; a field type conflict names the field\'s row', () => {
    const root = tempProject();
    mkdirSync(path.join(root, 'docs/prd'), { recursive: true });
    const model = (type: string) => `\n## Data model\n\n| Model | Field | Type |\n|---|---|---|\n| Order | id | string |\n| Order | total | ${type} |\n`;
    writeFileSync(path.join(root, 'docs/prd/a.md'), `# A\n\n## Pages\n\n- Page: /orders — Orders\n- Page: /settings\n${model('number')}`);
    writeFileSync(path.join(root, 'docs/prd/b.md'), `# B\n\n## Pages\n\n- Page: /orders — Order list\n- Page: /settings — Preferences\n${model('string')}`);
    for (const pool of ['on', 'off']) {
      const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/src/cli.js'), 'run', '--pool', pool, '--json'], { cwd: root, encoding: 'utf8' });
      expect(r.status).toBe(0);
      const conflicts = (JSON.parse(r.stdout) as { conflicts: Array<{ id: string; titles?: string[]; sources: Array<{ line: number }> }> }).conflicts;
      expect(conflicts.map((c) => [c.id, c.titles ?? c.sources.map((s) => s.line)])).toEqual([
        ['model:order', [13, 13]],
        ['page:/orders', ['Orders', 'Order list']],
      ]);
      expect(readFileSync(path.join(root, 'src/generated/prd/pages.ts'), 'utf8')).toContain('{ route: "/settings", title: "Preferences", params: [] }');
    }
  });

  it.runIf(existsSync(path.join(repoRoot, 'dist/src/cli.js')))('the built binary runs as a process', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'dist/src/cli.js'), 'extract', '--json', 'fixtures/corpus/dev/d4-notifications-ears.md'], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).tasks.filter((t: { kind: string }) => t.kind === 'api')).toHaveLength(1);
  });
});
