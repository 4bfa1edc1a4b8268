import type { PageTask } from '../types.js';
import { HEADER, sourcesComment, str } from './code.js';

export function routeParams(route: string): string[] {
  return route.split('/').filter((s) => s.startsWith(':')).map((s) => s.slice(1));
}

/** `pages.ts`: the route table with titles and a typed path builder. */
export function renderPages(pages: PageTask[]): string {
  let out = `${HEADER}\nexport const pages = [\n`;
  for (const p of pages) {
    out += sourcesComment(p.sources, '  ');
    out += `  { route: ${str(p.route)}, title: ${str(p.title)}, params: [${routeParams(p.route).map(str).join(', ')}] },\n`;
  }
  out += `] as const;\n
export type Page = (typeof pages)[number];
export type PageRoute = Page['route'];

/** Fill a route's \`:params\` (URI-encoded). */
export function pagePath(route: PageRoute, params: Record<string, string | number> = {}): string {
  return (route as string).replace(/:([A-Za-z0-9_$]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(\`Missing route parameter "\${name}" for \${route}\`);
    return encodeURIComponent(String(value));
  });
}
`;
  return out;
}
