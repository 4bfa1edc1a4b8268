import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/testing/io.js';
import { extractTasks } from '../extract/index.js';
import { qaCaseId } from '../plan/index.js';
import { parsePrd } from '../prd/index.js';
import { renderOutputs } from '../render/index.js';
import { hasRealCorpus, realCorpus, REAL_CORPUS_NOTICE } from '../testing/corpus.js';
import { qaCases as startCases } from '../start/qa-files.js';
import { tempProject } from '../testing/tmp.js';
import type { Task } from '../types.js';
import { diffTasks, readTasksAtRevision, type DiffChange } from './index.js';

const PRD = `# Orders

## 1. API

API: GET, POST /api/orders
API: GET /api/orders/:id

## 2. Data model

| Model | Field | Type |
|---|---|---|
| Order | total | number |
| Order | note? | string |

## 3. Pages

Page: /orders — Order list

## 4. Rules

- An order must reference at least one line item.
- The system should email a receipt after payment.
`;

function git(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}

/** A real git repository with one commit holding `files`. */
function repo(files: Record<string, string> = { 'docs/prd/orders.md': PRD }): string {
  const root = tempProject('prd-diff-');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'test@example.com');
  git(root, 'config', 'user.name', 'Test');
  write(root, files);
  commit(root, 'base');
  return root;
}

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

function commit(root: string, message: string): void {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
}

async function cli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  return runCli(['diff', ...argv], cwd, { env });
}

/** The changes of the working tree against HEAD, as `diff --json` prints them. */
async function changesOf(root: string, argv: string[] = []): Promise<{ changes: DiffChange[]; summary: Record<string, number>; base: string; head: string }> {
  const r = await cli(['--json', ...argv], root);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const brief = (c: DiffChange) => `${c.change} ${c.id}${c.breaking ? ' BREAKING' : ''}: ${c.details.join('; ')}`;

describe('prd-orchestrator diff (real git repositories)', () => {
  it('reports each change class by id, breaking or not, with the generated exports and QA cases each one touches', async () => {
    const root = repo();
    write(root, {
      'docs/prd/orders.md': PRD.replace('API: GET, POST /api/orders\n', 'API: GET /api/orders\nAPI: DELETE /api/carts/:id\n')
        .replace('| Order | total | number |\n| Order | note? | string |\n', '| Order | total | string |\n| Order | note | string |\n| Order | paidAt? | string |\n')
        .replace('Page: /orders — Order list\n', 'Page: /orders — All orders\nPage: /settings — Settings\n')
        .replace('- The system should email a receipt after payment.\n', '- The system must email a receipt after payment.\n'),
    });
    const { changes, summary } = await changesOf(root);
    expect(changes.map(brief)).toEqual([
      'modified api:/api/orders BREAKING: method POST removed',
      'modified model:order BREAKING: field total: number → string; field note now required; field paidAt added (optional)',
      'added api:/api/carts/:p: ',
      'modified page:/orders: title "All orders" (was "Order list")',
      'added page:/settings: ',
      // "should" → "must" edits the text as well: the similar sentence of the same section is the same rule.
      expect.stringMatching(/^modified rule:[0-9a-f]{10}: text edited \(was rule:[0-9a-f]{10}\); level MUST \(was SHOULD\)$/),
    ]);
    expect(summary).toEqual({ added: 2, removed: 0, modified: 4, breaking: 2 });
    // The removed method's client operation is the one api.ts generated at the base.
    const base = await readTasksAtRevision({ root, rev: 'HEAD' });
    const apiTs = renderOutputs({ prds: [{ file: 'docs/prd/orders.md' }], tasks: base.tasks, conflicts: [] }).get('api.ts')!;
    expect(apiTs).toContain('    postApiOrders: (');
    // The generated case of the removed method, and the one case of the endpoint in the cases file `start` writes.
    expect(changes[0]!.impact).toEqual(['api.ts: postApiOrders', `qa: ${qaCaseId('api:/api/orders', 'POST')}`, `qa: ${qaCaseId('api:/api/orders')}`]);
    expect(startCases('docs/prd/orders.md', base.tasks).find((c) => c.kind === 'api' && c.task.id === 'api:/api/orders')!.key).toBe(qaCaseId('api:/api/orders'));
    expect(changes[1]!.impact).toEqual(['models.ts: Order', `qa: ${qaCaseId('model:order')}`]);
    expect(changes[2]!.impact).toEqual(['api.ts: deleteApiCartsById']);
    expect(changes[0]!.before).toMatchObject({ kind: 'api', methods: ['GET', 'POST'] });
    expect(changes[0]!.after).toMatchObject({ kind: 'api', methods: ['GET'] });
  });

  it('reports what an endpoint takes, returns and answers: body and status changes, with the QA cases of the method', async () => {
    const described = (line: string) => PRD.replace('API: GET /api/orders/:id\n', `- GET /api/orders/:id ${line}\n`);
    const root = repo({ 'docs/prd/orders.md': described('returns an Order; returns 404 if the order is unknown.') });
    write(root, { 'docs/prd/orders.md': described('returns a Receipt; returns 410 if the order was deleted.') });
    const { changes } = await changesOf(root);
    expect(changes.map(brief)).toEqual(['modified api:/api/orders/:p: GET response Receipt (was Order); GET status 410 added; GET status 404 removed']);
    expect([...changes[0]!.impact].sort()).toEqual([`qa: ${qaCaseId('api:/api/orders/:p', 'GET')}`, `qa: ${qaCaseId('api:/api/orders/:p')}`].sort());
  });

  it('reports removed tasks: endpoints, pages, models and fields break, requirements do not', async () => {
    const root = repo();
    write(root, {
      'docs/prd/orders.md': PRD.replace('API: GET /api/orders/:id\n', '').replace('| Order | note? | string |\n', '').replace('Page: /orders — Order list\n', '').replace('- An order must reference at least one line item.\n', ''),
    });
    const { changes } = await changesOf(root);
    expect(changes.map(brief)).toEqual([
      'removed api:/api/orders/:p BREAKING: ',
      'modified model:order BREAKING: field note removed',
      'removed page:/orders BREAKING: ',
      expect.stringMatching(/^removed rule:[0-9a-f]{10}: $/),
    ]);
    expect(changes[0]!.impact).toEqual(['api.ts: getApiOrdersById', `qa: ${qaCaseId('api:/api/orders/:p', 'GET')}`, `qa: ${qaCaseId('api:/api/orders/:p')}`]);
    expect(changes[0]!.after).toBeNull();
  });

  it('removing a whole model breaks, and its impact is the model\'s export and QA case', async () => {
    const root = repo();
    write(root, { 'docs/prd/orders.md': PRD.replace('| Order | total | number |\n| Order | note? | string |\n', '') });
    const { changes, summary } = await changesOf(root);
    expect(changes.map(brief)).toEqual(['removed model:order BREAKING: ']);
    expect(changes[0]!.impact).toEqual(['models.ts: Order', `qa: ${qaCaseId('model:order')}`]);
    expect(changes[0]!.before).toMatchObject({ kind: 'model', name: 'Order', fields: [{ name: 'total' }, { name: 'note' }] });
    expect(summary).toEqual({ added: 0, removed: 1, modified: 0, breaking: 1 });
    // The export was there at the base: models.ts declared it.
    const base = await readTasksAtRevision({ root, rev: 'HEAD' });
    expect(renderOutputs({ prds: [{ file: 'docs/prd/orders.md' }], tasks: base.tasks, conflicts: [] }).get('models.ts')).toMatch(/^export interface Order \{/m);
    expect((await cli(['--fail-on', 'breaking'], root)).code).toBe(1);
  });

  it('a non-breaking change stays non-breaking: a field made optional, a method added, a model added', async () => {
    const root = repo();
    write(root, { 'docs/prd/orders.md': PRD.replace('| Order | total | number |', '| Order | total? | number |').replace('API: GET /api/orders/:id', 'API: GET, PATCH /api/orders/:id') + '\n## 5. Refunds\n\n| Model | Field | Type |\n|---|---|---|\n| Refund | amount | number |\n' });
    const { changes, summary } = await changesOf(root);
    expect(changes.map(brief)).toEqual(['modified api:/api/orders/:p: method PATCH added', 'modified model:order: field total now optional', 'added model:refund: ']);
    expect(summary.breaking).toBe(0);
    expect((await cli(['--fail-on', 'breaking'], root)).code).toBe(0);
    expect((await cli(['--fail-on', 'any'], root)).code).toBe(1);
  });

  it('a PRD renamed with the same tasks, and a reorder of its sections, change no task', async () => {
    const root = repo();
    git(root, 'mv', 'docs/prd/orders.md', 'docs/prd/ordering.md');
    const sections = PRD.split(/(?=^## )/m);
    write(root, { 'docs/prd/ordering.md': [sections[0], sections[4], sections[3], sections[2], sections[1]].join('') });
    const before = await readTasksAtRevision({ root, rev: 'HEAD' });
    const after = await readTasksAtRevision({ root });
    expect(after.files).toEqual(['docs/prd/ordering.md']);
    expect(after.tasks.map((t) => t.id).sort()).toEqual(before.tasks.map((t) => t.id).sort());
    expect(diffTasks(before.tasks, after.tasks).changes).toEqual([]);
    const text = await cli([], root);
    expect(text.stdout).toBe('PRD tasks HEAD → working tree: no task changes\n');
  });

  it('a rule edited in place is one modified rule; an appended rule renumbers no QA case', async () => {
    const root = repo();
    write(root, { 'docs/prd/orders.md': PRD.replace('email a receipt after payment.', 'email a PDF receipt right after payment.') });
    const edited = await changesOf(root);
    expect(edited.changes.map(brief)).toEqual([expect.stringMatching(/^modified rule:[0-9a-f]{10}: text edited \(was rule:[0-9a-f]{10}\)$/)]);
    expect(edited.changes[0]!.before).toMatchObject({ text: 'The system should email a receipt after payment.' });
    expect(edited.changes[0]!.after).toMatchObject({ text: 'The system should email a PDF receipt right after payment.' });

    write(root, { 'docs/prd/orders.md': `${PRD}- Refunds must be approved by a manager.\n` });
    const appended = await changesOf(root);
    expect(appended.changes.map(brief)).toEqual([expect.stringMatching(/^added rule:[0-9a-f]{10}: $/)]);
    // Every QA case of the base keeps its id in the head.
    const qa = async (rev?: string) => {
      const set = await readTasksAtRevision({ root, rev });
      return renderOutputs({ prds: [{ file: 'docs/prd/orders.md' }], tasks: set.tasks, conflicts: [] }).get('qa/docs-prd-orders.md')!.match(/^\| QA-[0-9a-f]{8} \|.*$/gm)!;
    };
    const before = await qa('HEAD');
    const after = await qa();
    expect(after.length).toBe(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
  });

  it('a second PRD writing the same requirement id changes no task and no QA case of the first; an edit of it is one modified rule', async () => {
    const a = '# Orders\n\n## Requirements\n\n- FR-001: Orders MUST have a total.\n- FR-002: Orders SHOULD have a note.\n';
    const root = repo({ 'docs/prd/a.md': a });
    write(root, { 'docs/prd/c.md': '# Refunds\n\n## Requirements\n\n- FR-001: Refunds MUST be approved.\n' });
    const head = await readTasksAtRevision({ root });
    // The qualification stays: two requirements, not one merged with a conflict.
    expect(head.tasks.map((t) => t.id)).toEqual(['docs/prd/a.md#FR-001', 'FR-002', 'docs/prd/c.md#FR-001']);
    expect(head.conflicts).toEqual([]);
    expect((await changesOf(root)).changes.map(brief)).toEqual(['added docs/prd/c.md#FR-001: ']);
    // a.md's QA cases keep their ids, and the cases file `start` writes for a.md uses the same ones.
    const rows = (tasks: Task[]) => renderOutputs({ prds: [{ file: 'docs/prd/a.md' }], tasks, conflicts: [] }).get('qa/docs-prd-a.md')!.match(/^\| QA-[0-9a-f]{8} \|/gm)!;
    const base = await readTasksAtRevision({ root, rev: 'HEAD' });
    expect(rows(head.tasks)).toEqual(rows(base.tasks));
    const own = startCases('docs/prd/a.md', extractTasks(parsePrd(Buffer.from(a), 'docs/prd/a.md')));
    expect(own.map((c) => `| ${c.key} |`)).toEqual(rows(head.tasks));
    expect(own[0]!.key).toBe(qaCaseId('FR-001'));

    write(root, { 'docs/prd/a.md': a.replace('have a total', 'have a positive total').replace('SHOULD have', 'MUST have') });
    expect((await changesOf(root)).changes.map(brief)).toEqual(['modified FR-002: text edited; level MUST (was SHOULD)', 'modified docs/prd/a.md#FR-001: text edited', 'added docs/prd/c.md#FR-001: ']);
    const edited = (await changesOf(root)).changes[1]!;
    expect(edited.impact).toEqual([`qa: ${qaCaseId('FR-001')}`]);

    // And the other way round: c.md removed, a.md's FR-001 is FR-001 again, unchanged.
    commit(root, 'two specs');
    rmSync(path.join(root, 'docs/prd/c.md'));
    expect((await changesOf(root)).changes.map(brief)).toEqual(['removed docs/prd/c.md#FR-001: ']);
  });

  it('an unrelated rule in another section is not taken for an edit', async () => {
    const root = repo();
    write(root, { 'docs/prd/orders.md': PRD.replace('- The system should email a receipt after payment.\n', '') + '\n## 5. Mail\n\n- The system should email a receipt after payment.\n' });
    expect((await changesOf(root)).changes).toEqual([]);
    write(root, { 'docs/prd/orders.md': PRD.replace('- The system should email a receipt after payment.\n', '') + '\n## 5. Mail\n\n- The system should email an invoice after payment.\n' });
    expect((await changesOf(root)).changes.map((c) => c.change)).toEqual(['removed', 'added']);
  });

  it('defaults: --base is $NX_BASE, else HEAD; --head is the working tree; two revisions compare straight from git', async () => {
    const root = repo();
    write(root, { 'docs/prd/orders.md': PRD.replace('Page: /orders — Order list\n', 'Page: /orders — Order list\nPage: /help — Help\n') });
    commit(root, 'help page');
    write(root, { 'docs/prd/orders.md': PRD.replace('Page: /orders — Order list\n', 'Page: /orders — Order list\nPage: /help — Help\nPage: /faq — FAQ\n') });
    const head = await changesOf(root);
    expect([head.base, head.head]).toEqual(['HEAD', 'working tree']);
    expect(head.changes.map((c) => c.id)).toEqual(['page:/faq']);
    const nx = JSON.parse((await cli(['--json'], root, { NX_BASE: 'HEAD~1' })).stdout);
    expect(nx.base).toBe('HEAD~1');
    expect(nx.changes.map((c: DiffChange) => c.id)).toEqual(['page:/faq', 'page:/help']);
    const revs = JSON.parse((await cli(['--json', '--base', 'HEAD~1', '--head', 'HEAD'], root, { NX_BASE: 'nope' })).stdout);
    expect([revs.base, revs.head, revs.changes.map((c: DiffChange) => c.id)]).toEqual(['HEAD~1', 'HEAD', ['page:/help']]);
    // Reading a revision checks nothing out: the working tree is as it was.
    expect(git(root, 'status', '--porcelain')).toBe(' M docs/prd/orders.md\n');
  });

  it('reads the same globs on both sides, from a project folder inside the repository', async () => {
    const root = repo({ 'app/docs/prd/orders.md': PRD, 'app/notes/todo.md': '# Todo\n\nAPI: GET /api/todo\n', 'app/src/generated/prd/x.md': 'API: GET /api/x\n' });
    const app = path.join(root, 'app');
    renameSync(path.join(app, 'notes/todo.md'), path.join(app, 'docs/prd/todo.md'));
    const r = await cli(['--json', '--root', 'app'], root);
    expect(JSON.parse(r.stdout).changes.map((c: DiffChange) => c.id)).toEqual(['api:/api/todo']);
    const only = await cli(['--json', '--root', 'app', '--prds', 'notes/**/*.md'], root);
    expect(JSON.parse(only.stdout).changes.map((c: DiffChange) => `${c.change} ${c.id}`)).toEqual(['removed api:/api/todo']);
    // An absolute glob selects the same files at the revision as in the working tree.
    const abs = await cli(['--json', '--root', 'app', '--prds', `${app}/docs/prd/*.md`], root);
    expect([abs.code, JSON.parse(abs.stdout).changes.map((c: DiffChange) => `${c.change} ${c.id}`)]).toEqual([0, ['added api:/api/todo']]);
    const up = await cli(['--json', '--root', 'app', '--prds', '../app/docs/prd/*.md'], root);
    expect(JSON.parse(up.stdout).changes.map((c: DiffChange) => `${c.change} ${c.id}`)).toEqual(['added api:/api/todo']);
    const outside = await cli(['--root', 'app', '--prds', `${root}/elsewhere/*.md`], root);
    expect([outside.code, outside.stdout]).toEqual([2, '']);
    expect(outside.stderr).toContain(`The PRD pattern ${root}/elsewhere/*.md is outside the project root ${app}`);
  });

  it('--markdown is a PR comment: summary line, breaking changes first, each with file:line; PRD text stays text', async () => {
    const root = repo();
    write(root, { 'docs/prd/orders.md': PRD.replace('API: GET /api/orders/:id\n', '').replace('Page: /orders — Order list\n', 'Page: /orders — Order list <b>x</b> *y*\n') });
    const r = await cli(['--markdown', '--fail-on', 'breaking'], root);
    expect(r.code).toBe(1);
    const md = r.stdout;
    expect(md.split('\n')[0]).toBe('### PRD changes: 0 added, 1 removed, 1 modified, 1 breaking');
    expect(md.indexOf('#### Breaking')).toBeLessThan(md.indexOf('#### Other changes'));
    expect(md).toContain('- **removed** api `GET /api/orders/:id` — `docs/prd/orders.md:6` (`api:/api/orders/:p`)');
    expect(md).toContain('- **modified** page `/orders "Order list <b>x</b> *y*"` — `docs/prd/orders.md:16` (`page:/orders`)');
    expect(md).toContain('  - title "Order list \\<b\\>x\\</b\\> \\*y\\*" (was "Order list")');
  });

  it('usage errors exit 2 and say so plainly; a PRD that cannot be read at a revision exits 1 naming it', async () => {
    const outside = tempProject('prd-nogit-');
    const notGit = await cli([], outside);
    expect(notGit.code).toBe(2);
    expect(notGit.stderr).toMatch(/^prd-orchestrator: .* is not a git repository/);
    const root = repo();
    const missing = await cli(['--root', 'nope'], root);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', `prd-orchestrator: The project root ${path.join(root, 'nope')} does not exist; pass an existing folder as --root\n`]);
    const file = await cli(['--root', 'docs/prd/orders.md'], root);
    expect([file.code, file.stderr]).toEqual([2, `prd-orchestrator: The project root ${path.join(root, 'docs/prd/orders.md')} is a file, not a folder; pass the project's folder as --root\n`]);
    const unknown = await cli(['--base', 'no-such-branch'], root);
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('unknown revision no-such-branch')]);
    const dash = await cli(['--base', '--output=/tmp/x'], root);
    expect(dash.code).toBe(2);
    expect((await cli(['--json', '--markdown'], root)).code).toBe(2);
    expect((await cli(['--fail-on', 'sometimes'], root)).code).toBe(2);
    write(root, { 'docs/prd/bad.md': '---\ntitle: x\n' });
    const bad = await cli([], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^docs\/prd\/bad\.md:1:1 error Frontmatter .* \(at working tree\)$/m);
  });
});

if (!hasRealCorpus) console.log(REAL_CORPUS_NOTICE);

describe('real PRDs (other people’s text)', () => {
  it.runIf(hasRealCorpus)('every task of every real PRD has a unique id; renaming all the files and appending a line changes no task, not even a requirement whose id names its PRD', async () => {
    const root = repo({});
    cpSync(realCorpus, path.join(root, 'docs/prd'), { recursive: true });
    commit(root, 'real PRDs');
    const prds = ['docs/prd/*.md', 'docs/prd/*.txt'];
    const base = await readTasksAtRevision({ root, prds, rev: 'HEAD' });
    expect(base.errors).toEqual([]);
    const ids = base.tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of readdirSync(path.join(root, 'docs/prd')).filter((f) => /\.(?:md|txt)$/.test(f))) {
      const text = readFileSync(path.join(root, 'docs/prd', f));
      writeFileSync(path.join(root, 'docs/prd', `renamed-${f}`), Buffer.concat([text, Buffer.from('\nA closing note.\n')]));
      git(root, 'rm', '-q', `docs/prd/${f}`);
    }
    const head = await readTasksAtRevision({ root, prds });
    expect(head.files.every((f) => f.startsWith('docs/prd/renamed-'))).toBe(true);
    // Requirement ids several PRDs write (FR-01) are qualified with their file (see mergeTasks), so
    // they change with the file's name; diff pairs each with the same written id and sentence.
    expect(head.tasks.filter((t) => t.id!.startsWith('docs/prd/renamed-') && t.id!.includes('#')).length).toBeGreaterThan(0);
    expect(diffTasks(base.tasks, head.tasks).changes).toEqual([]);
  });
});
