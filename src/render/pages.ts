import type { PageTask } from '../types.js';
import { HEADER, propertyKey, sourcesComment, str } from './code.js';

export function routeParams(route: string): string[] {
  return route.split('/').filter((s) => s.startsWith(':')).map((s) => s.slice(1));
}

/**
 * A route's parameters as a TypeScript object type (`{ orderId: string | number }`, `{}` for none):
 * the names `pagePath` fills at run time, read with the same pattern.
 */
function paramsType(route: string): string {
  const params = [...new Set(Array.from(route.matchAll(/:([A-Za-z0-9_$]+)/g), (m) => m[1]!))];
  return params.length === 0 ? '{}' : `{ ${params.map((p) => `${propertyKey(p)}: string | number`).join('; ')} }`;
}

/**
 * `pages.ts`: the route table with titles and a typed path builder. `pagePath` takes each route's
 * own parameter object, so a missing parameter is a compile error rather than a runtime throw.
 */
export function renderPages(pages: PageTask[]): string {
  let out = `${HEADER}\nexport const pages = [\n`;
  for (const p of pages) {
    out += sourcesComment(p.sources, '  ');
    out += `  { route: ${str(p.route)}, title: ${str(p.title)}, params: [${routeParams(p.route).map(str).join(', ')}] },\n`;
  }
  out += `] as const;\n
export type Page = (typeof pages)[number];
export type PageRoute = Page['route'];

/** The parameters of each route: \`pagePath\` requires exactly these. */
export interface PageParams {
`;
  for (const route of new Set(pages.map((p) => p.route))) out += `  ${str(route)}: ${paramsType(route)};\n`;
  out += `}

/**
 * Fill a route's \`:params\` (URI-encoded). A route with parameters needs all of them; one without
 * takes none: \`pagePath('/orders/:orderId', { orderId })\`, \`pagePath('/settings')\`.
 */
export function pagePath<R extends PageRoute>(route: R, ...args: keyof PageParams[R] extends never ? [params?: PageParams[R]] : [params: PageParams[R]]): string {
  const params = (args[0] ?? {}) as Record<string, string | number>;
  return (route as string).replace(/:([A-Za-z0-9_$]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(\`Missing route parameter "\${name}" for \${route}\`);
    return encodeURIComponent(String(value));
  });
}
`;
  return out;
}
