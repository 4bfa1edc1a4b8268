/**
 * Routes registered on routers become endpoints once the prefixes they are mounted under are known:
 * `router.get('/:id')` in `orders.ts`, `app.use('/api/orders', router)` in `app.ts` (same file, or a
 * module it imports directly, ESM or CommonJS) → `GET /api/orders/:id`. A router mounted nowhere serves
 * its routes as written; one mounted twice serves them under both prefixes.
 */
import path from 'node:path';
import { joinRoute } from './source.js';
import type { ApiImplementation, FileFacts } from './types.js';

const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mts', '.mjs', '.cts', '.cjs'];
/** Mount chains longer than this are cycles or generated code; their routes keep the prefixes found so far. */
const MAX_DEPTH = 8;

/** The scanned file a relative import names (`./orders`, `./orders.js` for `orders.ts`, `./orders/index`), if any. */
export function resolveImport(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const stem = base.replace(/\.[cm]?js$/, '');
  for (const candidate of [base, ...EXTENSIONS.map((e) => stem + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)]) {
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

type Node = `${string}\0${string}`;
const node = (file: string, local: string): Node => `${file}\0${local}`;

/** The mount graph of a set of files: a router's endpoints read off it, prefixes memoised. */
export interface RouteLinker {
  /** The endpoints of one file's router routes, prefixes applied, in route order. */
  endpoints(file: FileFacts): ApiImplementation[];
}

/**
 * @param files the facts of every scanned file: their mounts, base paths, imports and exports make the graph
 * @returns the linker; it stays right while no file's mounts, base paths, imports or exports change and no file is added or removed
 */
export function createRouteLinker(files: readonly FileFacts[]): RouteLinker {
  const byFile = new Map(files.map((f) => [f.file, f]));
  const known = new Set(byFile.keys());
  // Who mounts what: child node → [parent node, prefix].
  const parents = new Map<Node, Array<{ parent: Node; prefix: string }>>();
  const basePath = new Map<Node, string>();
  for (const f of files) {
    for (const b of f.basePaths) basePath.set(node(f.file, b.owner), b.prefix);
    if (f.mounts.length === 0) continue;
    const importedAs = new Map(f.imports.map((i) => [i.local, i]));
    for (const m of f.mounts) {
      let child = node(f.file, m.child);
      const imported = importedAs.get(m.child);
      if (imported) {
        const target = resolveImport(f.file, imported.from, known);
        if (!target) continue;
        const exported = byFile.get(target)!.exports.find((e) => e.exported === imported.imported);
        child = node(target, exported?.local ?? imported.imported);
      }
      const list = parents.get(child) ?? [];
      list.push({ parent: node(f.file, m.parent), prefix: m.prefix });
      parents.set(child, list);
    }
  }
  const memo = new Map<Node, string[]>();
  const prefixes = (n: Node, depth: number): string[] => {
    const hit = memo.get(n);
    if (hit) return hit;
    const own = basePath.get(n) ?? '';
    const up = parents.get(n);
    let result: string[];
    if (!up || depth >= MAX_DEPTH) result = [own];
    else result = [...new Set(up.flatMap((p) => prefixes(p.parent, depth + 1).map((outer) => joinRoute(joinRoute(outer, p.prefix), own))))];
    memo.set(n, result);
    return result;
  };
  return {
    endpoints(f) {
      const out: ApiImplementation[] = [];
      for (const r of f.routes) {
        for (const prefix of prefixes(node(f.file, r.owner), 0)) {
          out.push({ method: r.method, path: joinRoute(prefix, r.path), framework: r.framework, file: r.file, line: r.line });
        }
      }
      return out;
    },
  };
}

/**
 * @param files the facts of every scanned file
 * @returns the endpoints of every router route, prefixes applied, in file order
 */
export function linkRoutes(files: readonly FileFacts[]): ApiImplementation[] {
  const withRoutes = files.filter((f) => f.routes.length > 0);
  if (withRoutes.length === 0) return [];
  const linker = createRouteLinker(files);
  return withRoutes.flatMap((f) => linker.endpoints(f));
}
