import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qaCaseId, ruleFingerprint, taskId } from '../plan/index.js';
import { clientOperations } from '../render/index.js';
import { tempProject } from '../testing/tmp.js';
import type { Task } from '../types.js';
import { createCoverageScanner, matchCoverage } from './index.js';

function write(root: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

const src = (file: string, line: number) => [{ file, line, section: 'S' }];
const ORDERS: Task = { kind: 'api', path: '/api/orders/:orderId', methods: ['GET', 'PUT'], sources: src('docs/prd/a.md', 3) };
const RULE: Task = { kind: 'rule', text: 'The system must keep totals positive.', level: 'must', sources: src('docs/prd/a.md', 9) };

describe('coverage scanner session', () => {
  it('never reads the output folder, dist or node_modules; reports a file it cannot parse and goes on', async () => {
    const root = tempProject('prd-cov-');
    write(root, 'src/server.ts', "import express from 'express';\nconst app = express();\napp.get('/api/orders/:id', (req, res) => res.end());\n");
    write(root, 'src/generated/prd/api.ts', "import express from 'express';\napp.get('/api/generated', (req, res) => res.end());\n");
    write(root, 'src/custom-out/x.ts', "import express from 'express';\napp.get('/api/custom', (req, res) => res.end());\n");
    write(root, 'dist/server.js', "import express from 'express';\napp.get('/api/built', (req, res) => res.end());\n");
    write(root, 'node_modules/x/src/a.ts', "import express from 'express';\napp.get('/api/dep', (req, res) => res.end());\n");
    write(root, 'src/broken.ts', "import express from 'express';\napp.get('/api/x', (req, res) => {\n");
    const index = await createCoverageScanner({ root }).scan();
    expect(index.apis.map((a) => a.path)).toEqual(['/api/custom', '/api/orders/:id']);
    expect(index.errors).toEqual([expect.objectContaining({ file: 'src/broken.ts', line: 3 })]);
    const custom = await createCoverageScanner({ root, outDir: 'src/custom-out' }).scan();
    expect(custom.apis.map((a) => a.path)).toEqual(['/api/generated', '/api/orders/:id']);
  });

  it('update() re-reads only the files named: an edit, an addition and a deletion show; other files keep what was read', async () => {
    const root = tempProject('prd-cov-');
    write(root, 'src/a.ts', "import express from 'express';\nconst app = express();\napp.get('/api/a', h);\n");
    write(root, 'src/b.ts', "import express from 'express';\nconst app = express();\napp.get('/api/b', h);\n");
    const scanner = createCoverageScanner({ root });
    expect((await scanner.scan()).apis.map((a) => a.path)).toEqual(['/api/a', '/api/b']);
    write(root, 'src/a.ts', "import express from 'express';\nconst app = express();\napp.post('/api/a2', h);\n");
    // b.ts changes on disk but is not named: the session keeps what it read.
    write(root, 'src/b.ts', '');
    write(root, 'src/c.ts', "import express from 'express';\nconst app = express();\napp.get('/api/c', h);\n");
    const after = await scanner.update([path.join(root, 'src/a.ts'), 'src/c.ts', 'README.md']);
    expect(after.apis.map((a) => `${a.method} ${a.path}`)).toEqual(['POST /api/a2', 'GET /api/b', 'GET /api/c']);
    rmSync(path.join(root, 'src/c.ts'));
    expect((await scanner.update(['src/c.ts'])).apis.map((a) => a.path)).toEqual(['/api/a2', '/api/b']);
    expect(scanner.isSource(path.join(root, 'src/x.tsx'))).toBe(true);
    expect(scanner.isSource(path.join(root, 'src/generated/prd/api.ts'))).toBe(false);
    expect(scanner.isSource(path.join(root, '..', 'elsewhere.ts'))).toBe(false);
  });

  it('tests count by id in a title or comment (a longer id such as FR-002-QA1 cites FR-002), by client operation, by request path and method', async () => {
    const root = tempProject('prd-cov-');
    const op = clientOperations([ORDERS as Extract<Task, { kind: 'api' }>]).find((o) => o.method === 'PUT')!.name;
    write(
      root,
      'tests/orders.test.ts',
      [
        `// rule:${ruleFingerprint(RULE.text)} is checked below`,
        "it('FR-002-QA1 models an order', () => {});",
        `it('updates', async () => { await client.${op}({ orderId: 1 }); });`,
        "it('reads', async () => { await request(app).get('/api/orders/7'); });",
        "it('FR-007 keeps the EXIF date', () => {});",
        '',
      ].join('\n'),
    );
    const index = await createCoverageScanner({ root }).scan();
    const model: Task & { id: string } = { id: 'FR-002', kind: 'model', name: 'Order', fields: [], sources: src('docs/prd/a.md', 5) };
    const other: Task & { id: string } = { id: 'FR-00', kind: 'model', name: 'Other', fields: [], sources: src('docs/prd/a.md', 6) };
    // A requirement id that two PRDs write is qualified with its PRD (see mergeTasks); a test cites it as FR-007.
    const qualified: Task & { id: string } = { id: 'specs/002-photos/spec.md#FR-007', kind: 'rule', text: 'Photos MUST keep their EXIF date.', level: 'must', sources: src('specs/002-photos/spec.md', 8) };
    const result = matchCoverage([ORDERS, model, other, RULE, qualified], index);
    const tests = Object.fromEntries(result.entries.map((e) => [`${e.id} ${e.method ?? ''}`.trim(), e.tests.map((t) => t.line)]));
    expect(tests).toEqual({ 'api:/api/orders/:p GET': [4], 'api:/api/orders/:p PUT': [3], 'FR-002': [2], 'FR-00': [], [`rule:${ruleFingerprint(RULE.text)}`]: [1], 'specs/002-photos/spec.md#FR-007': [5] });
    expect(result.untestedMust).toEqual([]);
    expect(result.summary.rule).toEqual({ total: 2, tested: 2 });
  });

  it('tests count by QA case id (QA- and 8 hex digits) in a title or comment: an endpoint by its per-method or task-level case, a page, model and rule by theirs', async () => {
    const root = tempProject('prd-cov-');
    const api = taskId(ORDERS);
    const page: Task = { kind: 'page', route: '/orders', title: 'Orders', sources: src('docs/prd/a.md', 4) };
    const model: Task = { kind: 'model', name: 'Order', fields: [], sources: src('docs/prd/a.md', 5) };
    const stray = qaCaseId('not a task');
    write(
      root,
      'tests/qa.test.ts',
      [
        `it('${qaCaseId(api, 'PUT')} updates an order', () => {});`,
        `// ${qaCaseId(taskId(RULE))}: totals stay positive`,
        `test('${qaCaseId(taskId(page))} shows the orders page', () => {});`,
        `it('checks ${qaCaseId(taskId(model))}', () => {});`,
        `it('${stray} cites nothing', () => {});`,
        '',
      ].join('\n'),
    );
    write(root, 'tests/api.test.ts', `// ${qaCaseId(api)} is the endpoint's case\n`);
    const result = matchCoverage([ORDERS, page, model, RULE], await createCoverageScanner({ root }).scan());
    const tests = Object.fromEntries(result.entries.map((e) => [`${e.id} ${e.method ?? ''}`.trim(), e.tests.map((t) => `${t.file}:${t.line}`)]));
    expect(tests).toEqual({
      // The GET case is not cited: only the task-level case counts for GET.
      [`${api} GET`]: ['tests/api.test.ts:1'],
      [`${api} PUT`]: ['tests/api.test.ts:1', 'tests/qa.test.ts:1'],
      'page:/orders': ['tests/qa.test.ts:3'],
      'model:order': ['tests/qa.test.ts:4'],
      [taskId(RULE)]: ['tests/qa.test.ts:2'],
    });
    expect(result.untestedMust).toEqual([]);
  });

  it('matches routes across notations and counts an all-methods handler for every method; an unknown method is an orphan', async () => {
    const root = tempProject('prd-cov-');
    write(root, 'src/app.ts', "import express from 'express';\nconst app = express();\napp.all('/api/orders/{id}', h);\napp.patch('/api/orders/:x', h);\n");
    const result = matchCoverage([ORDERS], await createCoverageScanner({ root }).scan());
    expect(result.entries.map((e) => `${e.status} ${e.method}`)).toEqual(['implemented GET', 'implemented PUT']);
    expect(result.orphans).toEqual([{ kind: 'api', method: 'PATCH', path: '/api/orders/:x', file: 'src/app.ts', line: 4 }]);
    expect(result.percent).toBe(100);
  });
});
