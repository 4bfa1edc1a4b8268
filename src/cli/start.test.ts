import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaCaseId } from '../plan/index.js';
import { makeProject, memoryIo, repoRoot, snapshot } from '../start/testing/project.js';
import { startCommand } from './start.js';

const orders = await readFile(path.join(repoRoot, 'fixtures/corpus/dev/d1-orders.md'), 'utf8');
const ROADMAP = '| ID | Title | Owner | PRD |\n|---|---|---|---|\n| 2.1.1.1 | Orders | kim | [PRD](prd/orders.md) |\n| 2.1.1.2 | Refunds | ana | |\n';

async function orderProject(extra: Record<string, string> = {}) {
  return makeProject({ 'docs/roadmap.md': ROADMAP, 'docs/prd/orders.md': orders, ...extra });
}

describe('prd-orchestrator start', () => {
  it('starts a roadmap item: owner from the roadmap, QA files, pipeline run, JSON summary; the second run changes nothing', async () => {
    const root = await orderProject();
    const io = memoryIo(root);
    expect(await startCommand(['2.1.1.1', '--roles', 'qa,frontend,backend', '--json'], io)).toBe(0);
    const summary = JSON.parse(io.out.join(''));
    expect(Object.keys(summary)).toEqual(expect.arrayContaining(['success', 'durationMs', 'prd', 'owner', 'roles', 'tasksProcessed', 'filesGenerated', 'cached']));
    expect(summary).toMatchObject({ success: true, prd: 'docs/prd/orders.md', owner: 'kim', roles: ['qa', 'frontend', 'backend'], cached: 0 });
    expect(summary.tasksProcessed).toBeGreaterThan(0);
    expect(summary.filesGenerated).toBeGreaterThan(0);
    expect(summary.changed).toEqual(['docs/prd/orders.md', 'docs/qa/2.1.1.1.cases.md', 'docs/qa/2.1.1.1.results.md']);
    const prd = await readFile(path.join(root, 'docs/prd/orders.md'), 'utf8');
    expect(prd).toContain('owner: kim\n');
    expect(prd).toContain('roles: [qa, frontend, backend]\n');
    expect(prd).toContain('- QA cases: [docs/qa/2.1.1.1.cases.md](../qa/2.1.1.1.cases.md)');
    const cases = await readFile(path.join(root, 'docs/qa/2.1.1.1.cases.md'), 'utf8');
    // One case per API, page and rule of the PRD, each linked to its line in the edited PRD.
    expect(cases.match(/^### QA-[0-9a-f]{8} /gm)).toHaveLength(9);
    const refundLine = prd.split('\n').indexOf('Endpoint: POST /api/orders/:orderId/refunds') + 1;
    expect(cases).toContain(`(../prd/orders.md#L${refundLine})`);
    expect(await readFile(path.join(root, 'docs/qa/2.1.1.1.results.md'), 'utf8')).toContain('| Case | Result | Date | Tester | Notes |\n| ---- |');

    const before = await snapshot(root);
    const again = memoryIo(root);
    expect(await startCommand(['2.1.1.1', '--roles', 'qa,frontend,backend'], again)).toBe(0);
    expect(again.out.join('')).toContain('nothing to change');
    expect(await snapshot(root)).toEqual(before);
  });

  it('--dry-run prints the diff and writes nothing', async () => {
    const root = await orderProject();
    const before = await snapshot(root);
    const io = memoryIo(root);
    expect(await startCommand(['2.1.1.1', '--dry-run', '--owner', 'lee'], io)).toBe(0);
    const out = io.out.join('');
    expect(out).toContain('--- a/docs/prd/orders.md\n+++ b/docs/prd/orders.md\n@@ -1,7 +1,7 @@\n ---\n id: 2.1.1.1\n title: Order Management\n-owner: sam.r\n+owner: lee\n');
    expect(out).toContain('--- /dev/null\n+++ b/docs/qa/2.1.1.1.cases.md\n');
    expect(out).toContain('dry run: nothing was written');
    expect(await snapshot(root)).toEqual(before);
  });

  it('never overwrites the QA files: user edits stay, only cases for new tasks are appended', async () => {
    const root = await orderProject();
    expect(await startCommand(['2.1.1.1'], memoryIo(root))).toBe(0);
    const casesFile = path.join(root, 'docs/qa/2.1.1.1.cases.md');
    const resultsFile = path.join(root, 'docs/qa/2.1.1.1.results.md');
    const edited = (await readFile(casesFile, 'utf8')).replace('- Expected:', '- Expected: 200 with the list');
    await writeFile(casesFile, edited);
    await writeFile(resultsFile, '| QA-001 | pass |\n');
    const prdPath = path.join(root, 'docs/prd/orders.md');
    await writeFile(prdPath, (await readFile(prdPath, 'utf8')).replace('Page: /orders\n', 'Page: /orders\nPage: /orders/archive\n'));
    expect(await startCommand(['2.1.1.1'], memoryIo(root))).toBe(0);
    const after = await readFile(casesFile, 'utf8');
    expect(after.startsWith(edited)).toBe(true);
    expect(after.slice(edited.length)).toMatch(new RegExp(`^\\n### ${qaCaseId('page:/orders/archive')} · Page \`/orders/archive\`\\n`));
    expect(after.match(/^### QA-/gm)).toHaveLength(10);
    expect(await readFile(resultsFile, 'utf8')).toBe('| QA-001 | pass |\n');
    expect(await readFile(prdPath, 'utf8')).toContain('10 cases in');
  });

  it('keeps working with a cases file written before case ids came from task ids: nothing appended twice, results stay with their case', async () => {
    // Written by \`start 2.1.1.1\` at the commit before task ids, on this same PRD and roadmap.
    const legacy = await readFile(path.join(repoRoot, 'src/start/testing/legacy/2.1.1.1.cases.md'), 'utf8');
    const results = '| Case | Result | Date | Tester | Notes |\n| ---- | ------ | ---- | ------ | ----- |\n| QA-001 | pass | 2026-01-02 | kim | list and create |\n| QA-004 | fail | 2026-01-02 | kim | empty order accepted |\n';
    const root = await orderProject({ 'docs/qa/2.1.1.1.cases.md': legacy, 'docs/qa/2.1.1.1.results.md': results });
    expect(await startCommand(['2.1.1.1'], memoryIo(root))).toBe(0);
    const casesFile = path.join(root, 'docs/qa/2.1.1.1.cases.md');
    expect(await readFile(casesFile, 'utf8')).toBe(legacy);
    const prdPath = path.join(root, 'docs/prd/orders.md');
    await writeFile(prdPath, (await readFile(prdPath, 'utf8')).replace('Page: /orders\n', 'Page: /orders\nPage: /orders/archive\n'));
    expect(await startCommand(['2.1.1.1'], memoryIo(root))).toBe(0);
    const after = await readFile(casesFile, 'utf8');
    expect(after.startsWith(legacy)).toBe(true);
    expect(after.match(/^### /gm)).toHaveLength(10);
    expect(after.slice(legacy.length)).toMatch(new RegExp(`^\\n### ${qaCaseId('page:/orders/archive')} · Page`));
    // The cases the results cite are still the same tasks under the same headings.
    expect(after).toMatch(/### QA-001 · API `GET, POST \/api\/orders`\n\n<!-- prd-orchestrator:case 1f07023c7932 -->/);
    expect(after).toMatch(/### QA-004 · Rule \(must\)\n\n<!-- prd-orchestrator:case [0-9a-f]{12} -->\n.*\n- Requirement: An order must reference at least one line item\./);
    expect(await readFile(path.join(root, 'docs/qa/2.1.1.1.results.md'), 'utf8')).toBe(results);
  });

  describe('bad input: exit 1, a located message, no file changed', () => {
    const cases: Array<[string, Record<string, string>, string[], RegExp, (root: string) => Promise<void>]> = [
      ['read-only PRD', {}, ['2.1.1.1'], /^docs\/prd\/orders\.md:1:1 error The file is read-only.*chmod u\+w/, (root) => chmod(path.join(root, 'docs/prd/orders.md'), 0o444)],
      ['missing PRD', {}, ['--prd', 'docs/prd/none.md'], /^docs\/prd\/none\.md:1:1 error PRD file not found/, async () => {}],
      ['roadmap row without a PRD link', {}, ['2.1.1.2'], /^docs\/roadmap\.md:4:1 error Roadmap item 2\.1\.1\.2 has no PRD link.*\[PRD\]\(prd\/2\.1\.1\.2\.md\)/, async () => {}],
      ['two PRDs with the same id', { 'docs/prd/a.md': '---\nid: 4.4\n---\n', 'docs/prd/b.md': '---\nid: 4.4\n---\n' }, ['4.4'], /^docs\/prd\/b\.md:1:1 error Two PRDs have the frontmatter id 4\.4: docs\/prd\/a\.md and docs\/prd\/b\.md/, async () => {}],
      ['frontmatter that is not a mapping', { 'docs/prd/list.md': '---\n- a\n---\n# L\n' }, ['--prd', 'docs/prd/list.md'], /^docs\/prd\/list\.md:\d+:\d+ error Frontmatter must be a YAML mapping/, async () => {}],
      ['unknown id', {}, ['2.1.1.9'], /^docs\/roadmap\.md:1:1 error Unknown roadmap id 2\.1\.1\.9; closest: 2\.1\.1\.1, 2\.1\.1\.2/, async () => {}],
    ];
    it.each(cases)('%s', async (_name, files, args, message, prepare) => {
      const root = await orderProject(files);
      await prepare(root);
      const before = await snapshot(root);
      const io = memoryIo(root);
      expect(await startCommand(args, io)).toBe(1);
      expect(io.err.join('')).toMatch(message);
      expect(await snapshot(root)).toEqual(before);
    });
  });

  it('exits 2 on bad usage, 0 on --help', async () => {
    const root = await orderProject();
    for (const args of [[], ['--nope'], ['a', 'b'], ['2.1.1.1', '--roles', ','], ['../x'], ['2.1.1.1', '--qa-cases', '../out.md']]) {
      const io = memoryIo(root);
      expect(await startCommand(args, io), args.join(' ')).toBe(2);
      expect(io.err.join('')).toMatch(/^prd-orchestrator start: /);
    }
    const io = memoryIo(root);
    expect(await startCommand(['--help'], io)).toBe(0);
    expect(io.out.join('')).toContain('Usage: prd-orchestrator start <id>');
  });
});
