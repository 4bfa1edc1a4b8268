import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeTasks } from '../plan/index.js';
import { repoRoot } from '../testing/corpus.js';
import { tempProject } from '../testing/tmp.js';
import type { Task } from '../types.js';
import { renderOutputs } from './render.js';

const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
const at = (line: number) => [{ file: 'docs/prd/shop.md', line, section: '5 API' }];

/** Tasks as the extractor makes them, bodies included: paths that name no model on purpose. */
const tasks: Task[] = [
  { kind: 'model', name: 'MenuItem', fields: [{ name: 'name', type: 'string', optional: false }], sources: at(3) },
  { kind: 'model', name: 'Cart', fields: [{ name: 'items', type: 'MenuItem[]', optional: false }], sources: at(4) },
  { kind: 'model', name: 'Order', fields: [{ name: 'total', type: 'number', optional: false }], sources: at(5) },
  { kind: 'api', path: '/api/menu', methods: ['GET'], bodies: { GET: { response: 'MenuItem[]' } }, sources: at(7) },
  { kind: 'api', path: '/api/checkout', methods: ['POST'], bodies: { POST: { request: 'cart', response: 'Order' } }, sources: at(8) },
  { kind: 'api', path: '/api/session', methods: ['POST'], bodies: { POST: { response: 'Token' } }, sources: at(9) },
  { kind: 'page', route: '/orders/:orderId', title: 'Order', sources: at(11) },
  { kind: 'page', route: '/settings', title: 'Settings', sources: at(12) },
];

/** Generate into a temp project, add `use.ts`, and return what `tsc --strict` says ('' when it compiles). */
function compile(use: string): string {
  const root = tempProject('prd-typed-');
  const out = path.join(root, 'gen');
  mkdirSync(out, { recursive: true });
  for (const [name, text] of renderOutputs({ prds: [{ file: 'docs/prd/shop.md' }], tasks: mergeTasks(tasks).tasks, conflicts: [] })) {
    if (name.endsWith('.ts')) writeFileSync(path.join(out, name), text);
  }
  writeFileSync(path.join(root, 'use.ts'), use);
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, types: [], lib: ['es2022'] }, include: ['gen/*.ts', 'use.ts'] }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', root], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (error) {
    return `${(error as { stdout?: string }).stdout ?? ''}`;
  }
}

const HEAD = "import { createApiClient, pagePath, type Cart, type MenuItem, type Order } from './gen/index.js';\nconst api = createApiClient();\n";

describe('generated code types what the PRD says', () => {
  it('right calls compile: typed page parameters, bodies and results from ApiTask.bodies', () => {
    const use = `${HEAD}export async function f(cart: Cart, orderId: string): Promise<string> {
  const items: MenuItem[] = await api.getApiMenu();
  const order: Order = await api.postApiCheckout(cart);
  const token: unknown = await api.postApiSession();
  return pagePath('/orders/:orderId', { orderId }) + pagePath('/settings') + items.length + order.total + String(token);
}\n`;
    expect(compile(use)).toBe('');
  }, 60_000);

  it('wrong calls fail to compile: a missing route parameter, a wrong body, a wrong result type', () => {
    const use = `${HEAD}export async function f(): Promise<void> {
  pagePath('/orders/:orderId', {});
  pagePath('/orders/:orderId');
  await api.postApiCheckout({ nope: 1 });
  const wrong: Order[] = await api.getApiMenu();
  void wrong;
}\n`;
    const errors = compile(use);
    expect(errors).toMatch(/use\.ts\(4,\d+\): error TS2345: Argument of type '\{\}' is not assignable to parameter of type '\{ orderId: string \| number; \}'/);
    expect(errors).toMatch(/use\.ts\(5,\d+\): error TS2554: Expected 2 arguments, but got 1/);
    expect(errors).toMatch(/use\.ts\(6,\d+\): error TS2353: .*'nope' does not exist in type 'Cart'/);
    expect(errors).toMatch(/use\.ts\(7,\d+\): error TS2322: Type 'MenuItem\[\]' is not assignable to type 'Order\[\]'/);
    expect(errors.match(/error TS/g)).toHaveLength(4);
  }, 60_000);

  it('the manifest records each endpoint\'s bodies', () => {
    const outputs = renderOutputs({ prds: [{ file: 'docs/prd/shop.md' }], tasks: mergeTasks(tasks).tasks, conflicts: [] });
    const manifest = JSON.parse(outputs.get('manifest.json')!) as { tasks: Array<{ path?: string; bodies?: unknown }> };
    expect(manifest.tasks.find((t) => t.path === '/api/checkout')!.bodies).toEqual({ POST: { request: 'cart', response: 'Order' } });
  });

  it('merging two definitions of an endpoint keeps the bodies each one gives', () => {
    const a: Task = { kind: 'api', path: '/api/menu', methods: ['GET'], sources: at(7) };
    const b: Task = { kind: 'api', path: '/api/menu', methods: ['GET', 'POST'], bodies: { GET: { response: 'MenuItem[]' }, POST: { request: 'MenuItem' } }, sources: at(20) };
    const [merged] = mergeTasks([a, b]).tasks;
    expect(merged).toMatchObject({ methods: ['GET', 'POST'], bodies: { GET: { response: 'MenuItem[]' }, POST: { request: 'MenuItem' } } });
    expect(a).not.toHaveProperty('bodies');
  });
});
