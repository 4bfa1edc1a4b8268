/**
 * Route object trees, as React Router (`createBrowserRouter([...])`, `useRoutes([...])`) and Vue Router
 * (`createRouter({ routes: [...] })`) write them: `{ path, element | Component | component | lazy, children }`.
 * Child paths join their parent's unless absolute; catch-alls (`*`, `/:pathMatch(.*)*`) are not pages.
 */
import { Visitor } from 'oxc-parser';
import type { ReadContext, SourceReader } from './reader.js';
import { isNode, joinRoute, objectProperty, stringValue, type AnyNode } from './source.js';
import type { Framework } from './types.js';

const VIEW_KEYS = ['element', 'Component', 'component', 'components', 'lazy'];

/** `*`, `**`, `/:pathMatch(.*)*`: a not-found route, not a page. */
export function isCatchAll(path: string): boolean {
  return path.split('/').some((s) => s === '*' || s === '**' || s.includes('(.*)'));
}

const hasView = (o: AnyNode) => VIEW_KEYS.some((k) => objectProperty(o, k) !== undefined);

/** Does this array hold route objects: at least one object with a literal `path` and a view or children? */
function isRouteArray(node: AnyNode): boolean {
  return (node.elements as unknown[]).some((e) => isNode(e) && e.type === 'ObjectExpression' && stringValue(objectProperty(e, 'path')) !== undefined && (hasView(e) || objectProperty(e, 'children') !== undefined));
}

export const routeObjectsReader: SourceReader = {
  mayContain(_file, text) {
    return text.includes('path') && (text.includes('element') || text.includes('omponent') || text.includes('lazy'));
  },

  read({ source, facts, imports }: ReadContext) {
    const framework: Framework = imports.has('vue-router') ? 'vue-router' : 'react-router';
    const done = new WeakSet<object>();
    const walk = (array: AnyNode, parent: string) => {
      done.add(array);
      for (const e of array.elements as unknown[]) {
        if (!isNode(e) || e.type !== 'ObjectExpression') continue;
        const own = stringValue(objectProperty(e, 'path'));
        const full = own === undefined ? parent : own.startsWith('/') ? joinRoute('', own) : joinRoute(parent, own);
        const index = (objectProperty(e, 'index') as AnyNode | undefined)?.value === true;
        if ((own !== undefined || index) && hasView(e) && !isCatchAll(full)) {
          facts.pages.push({ path: full, framework, file: facts.file, line: source.line(e.start) });
        }
        const children = objectProperty(e, 'children');
        if (children?.type === 'ArrayExpression') walk(children, full);
      }
    };
    new Visitor({
      ArrayExpression(node) {
        const n = node as unknown as AnyNode;
        if (!done.has(n) && isRouteArray(n)) walk(n, '/');
      },
    }).visit(source.program);
  },
};
