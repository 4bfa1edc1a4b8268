/**
 * Next.js file conventions. App Router: `app/**\/route.ts` exports `GET`, `POST`, … and `app/**\/page.tsx`
 * is a page; `[id]` and `[...slug]` are parameters, `(group)` and `@slot` folders drop out, `_private`
 * folders are not routes; under `src/app` too. Pages Router (only in a Next.js project): `pages/api/**` are
 * endpoints (their methods from `req.method` checks, else every method), other `pages/**` files are pages.
 */
import { Visitor } from 'oxc-parser';
import type { ReadContext, SourceReader } from './reader.js';
import { memberCall, propertyName, stringValue, type AnyNode } from './source.js';

const HTTP_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const ROUTE_FILE = /^route\.(?:[cm]?[jt]s)$/;
const PAGE_FILE = /^page\.(?:[jt]sx?)$/;
const PAGES_EXT = /\.(?:[jt]sx?)$/;

/** The folders after `app/` or `src/app/`, or undefined when the file is not in an app folder. */
function routerFolders(file: string, folder: 'app' | 'pages'): string[] | undefined {
  const parts = file.split('/');
  const at = parts[0] === folder ? 1 : parts[0] === 'src' && parts[1] === folder ? 2 : -1;
  return at === -1 ? undefined : parts.slice(at);
}

/** App Router folders → route, or undefined for a private or intercepting folder. */
function appRoute(folders: string[]): string | undefined {
  const segments: string[] = [];
  for (const f of folders) {
    if (f.startsWith('_') || f.startsWith('(.')) return undefined;
    if ((f.startsWith('(') && f.endsWith(')')) || f.startsWith('@')) continue;
    segments.push(f);
  }
  return `/${segments.join('/')}`;
}

/** The line of the module's default export, else 1. */
function defaultExportLine(context: ReadContext): number {
  for (const e of context.source.module.staticExports) {
    for (const entry of e.entries) if (entry.exportName.kind === 'Default') return context.source.line(entry.start);
  }
  return 1;
}

/** Methods a Pages Router API handler checks: `req.method === 'POST'`, `case 'GET':` in a `switch (req.method)`. */
function checkedMethods(context: ReadContext): string[] {
  const found = new Set<string>();
  const isMethod = (n: unknown) => propertyName((n as AnyNode | undefined)?.type === 'MemberExpression' ? (n as AnyNode).property : undefined) === 'method';
  const add = (value: string | undefined) => {
    if (value && HTTP_EXPORTS.has(value.toUpperCase())) found.add(value.toUpperCase());
  };
  new Visitor({
    BinaryExpression(node) {
      const n = node as unknown as AnyNode;
      if (n.operator !== '===' && n.operator !== '==') return;
      if (isMethod(n.left)) add(stringValue(n.right));
      else if (isMethod(n.right)) add(stringValue(n.left));
    },
    SwitchStatement(node) {
      const n = node as unknown as AnyNode;
      if (!isMethod(n.discriminant)) return;
      for (const c of n.cases as AnyNode[]) add(stringValue(c.test));
    },
    CallExpression(node) {
      // `['GET', 'POST'].includes(req.method)`
      const n = node as unknown as AnyNode;
      const m = memberCall(n);
      if (m?.name !== 'includes' || m.object.type !== 'ArrayExpression' || !isMethod((n.arguments as unknown[])[0])) return;
      for (const e of m.object.elements as unknown[]) add(stringValue(e));
    },
  }).visit(context.source.program);
  return [...found].sort();
}

export const nextReader: SourceReader = {
  mayContain(file, _text, next) {
    return file.startsWith('app/') || file.startsWith('src/app/') || (next && (file.startsWith('pages/') || file.startsWith('src/pages/')));
  },

  read(context: ReadContext) {
    const { facts, source } = context;
    const app = routerFolders(facts.file, 'app');
    if (app) {
      const name = app[app.length - 1]!;
      const route = appRoute(app.slice(0, -1));
      if (route === undefined) return;
      if (ROUTE_FILE.test(name)) {
        for (const e of source.module.staticExports) {
          for (const entry of e.entries) {
            const exported = entry.exportName.name;
            if (entry.exportName.kind === 'Name' && exported && HTTP_EXPORTS.has(exported)) {
              facts.apis.push({ method: exported, path: route, framework: 'next-app', file: facts.file, line: source.line(entry.start) });
            }
          }
        }
      } else if (PAGE_FILE.test(name)) {
        facts.pages.push({ path: route, framework: 'next-app', file: facts.file, line: defaultExportLine(context) });
      }
      return;
    }
    const pages = context.next ? routerFolders(facts.file, 'pages') : undefined;
    if (!pages || !PAGES_EXT.test(pages[pages.length - 1]!)) return;
    const segments = [...pages.slice(0, -1), pages[pages.length - 1]!.replace(PAGES_EXT, '')];
    if (segments.some((s) => s.startsWith('_')) || segments.length === 1 && /^(?:404|500)$/.test(segments[0]!)) return;
    if (segments[segments.length - 1] === 'index') segments.pop();
    const route = `/${segments.join('/')}`;
    const line = defaultExportLine(context);
    if (segments[0] === 'api') {
      const methods = checkedMethods(context);
      for (const method of methods.length > 0 ? methods : ['*']) facts.apis.push({ method, path: route, framework: 'next-pages', file: facts.file, line });
    } else {
      facts.pages.push({ path: route, framework: 'next-pages', file: facts.file, line });
    }
  },
};
