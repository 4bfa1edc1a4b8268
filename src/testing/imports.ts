import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from 'oxc-parser';

/** One import or re-export of a module, as the parser read it. */
export interface ImportEdge {
  /** The specifier as written: `node:fs`, `./merge.js`. */
  specifier: string;
  /** Names imported (`*` for a namespace or `export *`, `default` for a default import). */
  names: string[];
  /** The module file the specifier resolves to, for relative specifiers of a `.ts` file. */
  resolved: string | undefined;
  /** When the module is loaded: with this one (`static`), on demand (`dynamic`), or never (`type`: erased by the compiler). */
  loads: 'static' | 'dynamic' | 'type';
}

/** Every `.ts` file under the folders (absolute), declaration files left out. */
export function sourceFiles(dirs: readonly string[]): string[] {
  return dirs.flatMap((dir) =>
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((f) => !f.split(path.sep).includes('files') && !f.split(path.sep).includes('node_modules')),
  );
}

/**
 * The imports of a TypeScript file — static imports, re-exports and literal dynamic imports, type-only
 * ones included — read with a real parser (oxc-parser), never with a regular expression.
 */
export function importsOf(file: string): ImportEdge[] {
  const source = readFileSync(file, 'utf8');
  const { module, errors } = parseSync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]!.message}`);
  const edge = (specifier: string, names: string[], loads: ImportEdge['loads']): ImportEdge => {
    const resolved = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')) : undefined;
    return { specifier, names, resolved, loads };
  };
  // With verbatimModuleSyntax only `import type …` / `export type …` is erased; `import { type A }` still loads the module.
  const erased = (start: number): boolean => /^(?:import|export)\s+type\b/.test(source.slice(start, start + 40));
  const edges: ImportEdge[] = [];
  for (const i of module.staticImports) {
    edges.push(edge(i.moduleRequest.value, i.entries.map((e) => (e.importName.kind === 'Name' ? e.importName.name! : e.importName.kind === 'Default' ? 'default' : '*')), erased(i.start) ? 'type' : 'static'));
  }
  for (const e of module.staticExports) {
    for (const entry of e.entries) {
      if (entry.moduleRequest) edges.push(edge(entry.moduleRequest.value, [entry.importName.kind === 'Name' ? entry.importName.name! : '*'], erased(e.start) ? 'type' : 'static'));
    }
  }
  for (const d of module.dynamicImports) {
    const literal = /^(['"`])([^'"`]*)\1$/.exec(source.slice(d.moduleRequest.start, d.moduleRequest.end));
    if (literal) edges.push(edge(literal[2]!, ['*'], 'dynamic'));
  }
  return edges;
}

/**
 * The cycles of a directed graph: every strongly connected component of more than one node (Tarjan),
 * and nodes with an edge to themselves. Each cycle's nodes are sorted.
 */
export function graphCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/**
 * What an entry point loads before it runs: the modules reached through static imports (dynamic
 * and type-only ones left out), repository-relative, and the packages they import.
 * @param root the repository root
 * @param entry the entry, relative to the root
 */
export function loadedAtStart(root: string, entry: string): { modules: string[]; packages: string[] } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const e of importsOf(file)) {
      if (e.loads !== 'static') continue;
      if (e.resolved) visit(e.resolved);
      else if (!e.specifier.startsWith('node:')) packages.add(e.specifier.split('/').slice(0, e.specifier.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  visit(path.join(root, entry));
  return { modules: [...seen].map((f) => path.relative(root, f).split(path.sep).join('/')).sort(), packages: [...packages].sort() };
}
