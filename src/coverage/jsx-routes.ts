/**
 * React Router elements: `<Route path="orders" element={…}>` with nested `<Route>`s, paths joined.
 */
import { Visitor } from 'oxc-parser';
import type { ReadContext, SourceReader } from './reader.js';
import { isNode, joinRoute, propertyName, stringValue, type AnyNode } from './source.js';
import { isCatchAll } from './route-objects.js';

/** The literal value of a JSX attribute: `path="x"`, `path={'x'}`, or `true` for a bare `index`. */
function attribute(element: AnyNode, name: string): string | true | undefined {
  for (const a of (element.openingElement as AnyNode).attributes as AnyNode[]) {
    if (a.type !== 'JSXAttribute' || propertyName(a.name) !== name) continue;
    const value = a.value as AnyNode | null;
    if (value === null) return true;
    if (value.type === 'JSXExpressionContainer') return stringValue(value.expression);
    return stringValue(value);
  }
  return undefined;
}

const isRoute = (n: unknown): n is AnyNode => isNode(n) && n.type === 'JSXElement' && propertyName((n.openingElement as AnyNode).name) === 'Route';

export const jsxRoutesReader: SourceReader = {
  mayContain(_file, text) {
    return text.includes('<Route');
  },

  read({ source, facts }: ReadContext) {
    const done = new WeakSet<object>();
    const walk = (element: AnyNode, parent: string) => {
      done.add(element);
      const own = attribute(element, 'path');
      const path = typeof own === 'string' ? (own.startsWith('/') ? joinRoute('', own) : joinRoute(parent, own)) : parent;
      if ((typeof own === 'string' || attribute(element, 'index') !== undefined) && !isCatchAll(path)) {
        facts.pages.push({ path, framework: 'react-router', file: facts.file, line: source.line(element.start) });
      }
      for (const c of element.children as unknown[]) if (isRoute(c)) walk(c, path);
    };
    new Visitor({
      JSXElement(node) {
        if (isRoute(node) && !done.has(node)) walk(node as unknown as AnyNode, '/');
      },
    }).visit(source.program);
  },
};
