import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devProject } from '../testing/tmp.js';
import { EXTRACT_HELP, RUN_HELP } from './commands.js';
import { runCli as cli } from './testing/io.js';

const files = (out: string) => [...new Set((JSON.parse(out).tasks as Array<{ sources: Array<{ file: string }> }>).flatMap((t) => t.sources.map((s) => s.file)))].sort();

describe('extract takes files, folders and globs like run', () => {
  it('a folder, a glob and the list of its files give the same tasks', async () => {
    const root = devProject();
    const byFolder = await cli(['extract', 'docs/prd', '--json'], root);
    expect(byFolder.code).toBe(0);
    const byGlob = await cli(['extract', 'docs/prd/*.md', '--json'], root);
    expect(byGlob.code).toBe(0);
    const names = files(byFolder.stdout);
    expect(names.length).toBeGreaterThan(3);
    const byFiles = await cli(['extract', ...names, '--json'], root);
    expect(byGlob.stdout).toBe(byFolder.stdout);
    expect(byFiles.stdout).toBe(byFolder.stdout);
    // From inside the folder, with an absolute path too.
    const inside = await cli(['extract', '*.md', '--json'], path.join(root, 'docs/prd'));
    expect(files(inside.stdout)).toEqual(names.map((n) => n.replace('docs/prd/', '')));
    expect(files((await cli(['extract', path.join(root, names[0]!), '--json'], root)).stdout)).toEqual([names[0]]);
  });

  it('a glob that matches nothing says so and exits 1; a missing file is still "not found"', async () => {
    const root = devProject();
    const none = await cli(['extract', 'nothing/*.md'], root);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No PRD files match nothing/*.md');
    const missing = await cli(['extract', 'docs/prd/nope.md'], root);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^docs\/prd\/nope\.md:1:1 error PRD file not found/m);
  });

  it('run --prds takes a folder as well', async () => {
    const root = devProject();
    const r = await cli(['run', '--prds', 'docs/prd', '--dry-run', '--json'], root);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).prds).toBeGreaterThan(3);
  });

  it('the usage lines list every flag', () => {
    expect(EXTRACT_HELP.split('\n')[0]).toBe('Usage: prd-orchestrator extract <file|folder|glob...> [--json] [--kind api|model|page|rule]...');
    for (const flag of ['--json', '--kind', '--help']) expect(EXTRACT_HELP).toContain(flag);
    for (const flag of ['--root', '--prds', '--out', '--extractor', '--model', '--pool', '--allow-empty', '--check', '--dry-run', '--json', '--help']) expect(RUN_HELP).toContain(flag);
  });

  it('cuts a long field list with an ellipsis in human output; --json keeps every field', async () => {
    const root = devProject();
    const fields = Array.from({ length: 40 }, (_, i) => `field_number_${i}`).join(', ');
    writeFileSync(path.join(root, 'docs/prd/wide.md'), `# Wide\n\n## Data Model\n\nModel: Wide — ${fields}\n`);
    const human = await cli(['extract', 'docs/prd/wide.md', '--kind', 'model'], root);
    const line = human.stdout.split('\n').find((l) => l.startsWith('model  Wide'))!;
    expect(line).toMatch(/; … \+34 more \}  \(docs\/prd\/wide\.md:5\)$/);
    expect(line.length).toBeLessThan(300);
    const json = JSON.parse((await cli(['extract', 'docs/prd/wide.md', '--kind', 'model', '--json'], root)).stdout);
    expect(json.tasks[0].fields).toHaveLength(40);
  });

  it('cuts a model line by length too: eight long field names stay under 300 characters; --json keeps them whole', async () => {
    const root = devProject();
    const names = Array.from({ length: 8 }, (_, i) => `customer_preferred_delivery_window_start_time_in_local_zone_${i}`);
    writeFileSync(path.join(root, 'docs/prd/long.md'), `# Long\n\n## Data Model\n\nModel: Long — ${names.join(', ')}\n`);
    const human = await cli(['extract', 'docs/prd/long.md', '--kind', 'model'], root);
    const line = human.stdout.split('\n').find((l) => l.startsWith('model  Long'))!;
    expect(line.length).toBeLessThan(300);
    expect(line).toContain(`${names[0]}: `);
    const more = Number(/; … \+(\d+) more \}  \(docs\/prd\/long\.md:5\)$/.exec(line)?.[1]);
    expect(more).toBeGreaterThan(0);
    expect(line.split(`_in_local_zone_`).length - 1 + more).toBe(8);
    const json = JSON.parse((await cli(['extract', 'docs/prd/long.md', '--kind', 'model', '--json'], root)).stdout);
    expect(json.tasks[0].fields.map((f: { name: string }) => f.name)).toEqual(names);
  });
});
