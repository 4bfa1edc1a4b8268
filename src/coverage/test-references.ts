/**
 * What a test file says about tasks: ids in test titles and comments (`FR-002`, a Kiro `2.3`,
 * `api:/orders/:p`), calls (a generated client operation such as `getApiOrders`), and requests to
 * paths (`request(app).get('/api/orders')`, `fetch('/api/orders', { method: 'POST' })`,
 * `app.inject({ method: 'GET', url: '/api/orders' })`, `page.goto('/orders')`).
 */
import { Visitor } from 'oxc-parser';
import { memberCall, objectProperty, propertyName, ROUTER_METHODS, stringValue, type AnyNode, type ParsedSource } from './source.js';
import type { TestReferences } from './types.js';

/** Functions whose first argument is a test's title. */
const TITLE_FUNCTIONS = new Set(['it', 'test', 'describe', 'suite', 'context', 'specify', 'bench']);

/**
 * Words that can be task ids: a QA case id `QA-1f07023c` (see qaCaseId), `FR-002`, `REQ-12`, `FR-002-QA1`,
 * `2.3`, `api:/orders/:p`, `rule:0a1b2c3d4e`.
 */
const ID_TOKEN = /\bQA-[0-9a-f]{8}\b|\b[A-Za-z][A-Za-z0-9_]*-\d+(?:[-.:/#][A-Za-z0-9]+)*|\b\d+(?:\.\d+)+\b|\b(?:api|page|model|rule):[^\s'"`,;)]+/g;

/** Id-like words of a title or comment (this is prose, not source code). */
function idTokens(text: string): string[] {
  return text.match(ID_TOKEN) ?? [];
}

/** A request path from a literal: `/api/orders`, `` `/api/orders/${id}` `` (`:p`), `http://127.0.0.1:3000/api/orders`. */
function requestPath(node: unknown): string | undefined {
  const s = stringValue(node, true);
  if (s === undefined) return undefined;
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  // `${base}/api/orders`: the expression stands for the origin.
  if (s.startsWith(':p/')) return s.slice(2);
  const url = /^https?:\/\/[^/]+(\/.*)?$/.exec(s);
  return url ? (url[1] ?? '/') : undefined;
}

/** The root identifier of a callee: `it`, `it.only`, `test.each([...])` → `it`, `it`, `test`. */
function calleeRoot(node: AnyNode): string | undefined {
  let current: AnyNode | undefined = node;
  while (current) {
    if (current.type === 'Identifier') return current.name as string;
    if (current.type === 'MemberExpression') current = current.object as AnyNode;
    else if (current.type === 'CallExpression') current = current.callee as AnyNode;
    else return undefined;
  }
  return undefined;
}

/**
 * @param source a parsed test file
 * @returns its id tokens, calls and requests, each with its line
 */
export function readTestReferences(source: ParsedSource): TestReferences {
  const refs: TestReferences = { ids: [], calls: [], requests: [] };
  for (const c of source.comments) {
    for (const token of idTokens(c.value)) refs.ids.push({ token, line: source.line(c.start) });
  }
  new Visitor({
    CallExpression(node) {
      const call = node as unknown as AnyNode;
      const line = source.line(call.start);
      const args = call.arguments as AnyNode[];
      const callee = call.callee as AnyNode;
      const name = callee.type === 'Identifier' ? (callee.name as string) : callee.type === 'MemberExpression' ? propertyName(callee.property) : undefined;
      if (name !== undefined) refs.calls.push({ name, line });
      const root = calleeRoot(callee);
      if (root !== undefined && TITLE_FUNCTIONS.has(root)) {
        const title = stringValue(args[0], true);
        if (title !== undefined) for (const token of idTokens(title)) refs.ids.push({ token, line });
      }
      const first = args[0];
      if (first?.type === 'ObjectExpression') {
        // `app.inject({ method: 'GET', url: '/api/orders' })`
        const path = requestPath(objectProperty(first, 'url') ?? objectProperty(first, 'path'));
        const method = stringValue(objectProperty(first, 'method'))?.toUpperCase();
        if (path !== undefined) refs.requests.push({ path, line, ...(method ? { method } : {}) });
        return;
      }
      const path = requestPath(first);
      if (path === undefined) return;
      const m = memberCall(call);
      const verb = m ? ROUTER_METHODS.get(m.name) : undefined;
      const option = stringValue(objectProperty(args[1], 'method'))?.toUpperCase();
      // `fetch(url)` without a method option is a GET.
      const method = verb !== undefined && verb !== '*' ? verb : (option ?? (name === 'fetch' ? 'GET' : undefined));
      refs.requests.push({ path, line, ...(method ? { method } : {}) });
    },
  }).visit(source.program);
  return refs;
}
