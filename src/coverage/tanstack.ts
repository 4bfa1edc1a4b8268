/**
 * TanStack Router: file routes (`createFileRoute('/orders/$orderId')`, or the file name under `routes/`
 * when the call has no path: `routes/orders.$orderId.tsx`) and code routes (`createRoute({ path })`,
 * joined with a parent route of the same file). Pathless layout segments (`_auth`), groups
 * (`(admin)`) and a trailing `_` drop out; `__root` is not a page.
 */
import { Visitor } from 'oxc-parser';
import type { ReadContext, SourceReader } from './reader.js';
import { joinRoute, objectProperty, propertyName, stringValue, type AnyNode } from './source.js';

/** A TanStack route id → the URL it serves: `/_auth/orders/$id/` → `/orders/$id`. */
function cleanRoute(id: string): string | undefined {
  const segments: string[] = [];
  for (const s of id.split('/')) {
    if (s === '' || s === 'index' || s.startsWith('_') || (s.startsWith('(') && s.endsWith(')'))) {
      if (s === '__root') return undefined;
      continue;
    }
    const segment = s.endsWith('_') ? s.slice(0, -1) : s;
    // `$orderId` → `:orderId`, the notation PRDs and reports use; a bare `$` is a splat.
    segments.push(segment === '$' ? '*' : segment.startsWith('$') ? `:${segment.slice(1)}` : segment);
  }
  return `/${segments.join('/')}`;
}

/** `src/routes/orders.$orderId.tsx` → `/orders/$orderId`; files starting with `-` are not routes. */
function fileRoute(file: string): string | undefined {
  const parts = file.split('/');
  const at = parts.lastIndexOf('routes');
  if (at === -1) return undefined;
  const rest = parts.slice(at + 1);
  rest[rest.length - 1] = rest[rest.length - 1]!.replace(/\.[cm]?[jt]sx?$/, '');
  if (rest.some((p) => p.startsWith('-'))) return undefined;
  const segments = rest.flatMap((p) => p.split('.'));
  if (segments[segments.length - 1] === 'route') segments.pop();
  return cleanRoute(segments.join('/'));
}

export const tanstackReader: SourceReader = {
  mayContain(_file, text) {
    return text.includes('createFileRoute') || text.includes('createRoute');
  },

  read({ source, facts }: ReadContext) {
    const known = new Map<string, string>();
    const add = (route: string | undefined, at: AnyNode) => {
      if (route !== undefined) facts.pages.push({ path: route, framework: 'tanstack-router', file: facts.file, line: source.line(at.start) });
    };
    new Visitor({
      VariableDeclarator(node) {
        const n = node as unknown as AnyNode;
        const init = n.init as AnyNode | null;
        if (init?.type !== 'CallExpression' || propertyName(init.callee) !== 'createRoute') return;
        const options = (init.arguments as AnyNode[])[0];
        const own = stringValue(objectProperty(options, 'path'));
        if (own === undefined) return;
        // `getParentRoute: () => ordersRoute` joins the parent's path when this file declares it.
        const getParent = objectProperty(options, 'getParentRoute');
        const parentName = getParent?.type === 'ArrowFunctionExpression' ? propertyName(getParent.body) : undefined;
        const full = joinRoute((parentName && known.get(parentName)) ?? '', own);
        const name = propertyName(n.id);
        if (name) known.set(name, full);
        add(cleanRoute(full), init);
      },
      CallExpression(node) {
        const n = node as unknown as AnyNode;
        if (propertyName(n.callee) !== 'createFileRoute') return;
        const args = n.arguments as AnyNode[];
        const literal = stringValue(args[0]);
        add(literal !== undefined ? cleanRoute(literal) : fileRoute(facts.file), n);
      },
    }).visit(source.program);
  },
};
