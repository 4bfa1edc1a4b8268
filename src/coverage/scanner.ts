/**
 * The coverage scanner session: it finds the project's source files, reads each once, and keeps what it
 * found per file so that `update()` after a save re-reads only the saved files. Hosts hold one session
 * (`coverage` command: one `scan()`; `vite dev`: one `scan()`, then `update()` per save).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { DEFAULT_OUT_DIR } from '../options.js';
import { relativeInside, toPosix } from '../paths.js';
import { createRouteLinker, type RouteLinker } from './link.js';
import { emptyFacts, readSourceFile } from './read-file.js';
import type { FileCoverage } from './match.js';
import type { ApiImplementation, CoverageIndex, FileFacts } from './types.js';

const EXT = '{js,jsx,ts,tsx,mjs,cjs,mts,cts}';

/** Where coverage looks by default: the app's code folders, the Prisma schema and the test files. */
export const DEFAULT_SOURCES: readonly string[] = [
  `src/**/*.${EXT}`,
  `app/**/*.${EXT}`,
  `pages/**/*.${EXT}`,
  `routes/**/*.${EXT}`,
  `server/**/*.${EXT}`,
  'prisma/**/*.prisma',
  `**/*.{test,spec}.${EXT}`,
  `{test,tests,e2e,__tests__}/**/*.${EXT}`,
];

/** Never sources: dependencies, build output, caches, declaration files. The output folder is added per session. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.nx/**', '**/dist/**', '**/.next/**', '**/*.d.ts'];

export interface CoverageScannerOptions {
  /** Project root; globs and the output folder resolve against it. */
  root: string;
  /** Source globs relative to the root. @default DEFAULT_SOURCES */
  src?: readonly string[];
  /** The generated output folder, relative to the root: never a source. @default 'src/generated/prd' */
  outDir?: string;
}

export interface CoverageScanner {
  /** Find and read every source file (a cold scan); forgets what earlier scans found. */
  scan(): Promise<CoverageIndex>;
  /**
   * Re-read only the given files (absolute or relative to the root): changed, added or deleted.
   * Files that are not sources of this session are ignored.
   */
  update(files: readonly string[]): Promise<CoverageIndex>;
  /**
   * Like `update()`, for a matcher session: re-read the given files.
   * @returns the files whose coverage changed: those given that are sources, and those whose routers' endpoints moved (a mount changed)
   */
  updateFiles(files: readonly string[]): Promise<string[]>;
  /** What each file offers the match now (its routers' endpoints mounted), for {@link createCoverageMatcher}. */
  files(): ReadonlyMap<string, FileCoverage>;
  /** Is this file (absolute or relative to the root) one of the session's sources? */
  isSource(file: string): boolean;
  /** The index as last built. */
  index(): CoverageIndex;
}

/** What of a file's facts the mount graph reads. */
const linkFacts = (f: FileFacts): string => JSON.stringify([f.mounts, f.basePaths, f.imports, f.exports]);

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Does the project use Next.js? Then `pages/` is its Pages Router, not a folder of React components. */
function usesNext(root: string): boolean {
  if (['js', 'mjs', 'cjs', 'ts', 'mts'].some((e) => existsSync(path.join(root, `next.config.${e}`)))) return true;
  try {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return ['dependencies', 'devDependencies', 'peerDependencies'].some((k) => pkg[k]?.next !== undefined);
  } catch {
    return false;
  }
}

/**
 * @param options root, source globs, output folder
 * @returns a session; nothing is read before `scan()`
 */
export function createCoverageScanner(options: CoverageScannerOptions): CoverageScanner {
  const root = path.resolve(options.root);
  const src = options.src && options.src.length > 0 ? [...options.src] : [...DEFAULT_SOURCES];
  const outDir = toPosix(path.relative(root, path.resolve(root, options.outDir ?? DEFAULT_OUT_DIR)));
  const ignore = [...ALWAYS_IGNORED, `${outDir}/**`];
  const included = picomatch(src, { dot: false });
  const excluded = picomatch(ignore, { dot: true });
  const facts = new Map<string, FileFacts>();
  // Endpoints of each file's routers, mount prefixes applied, and each file's coverage: kept between updates.
  let linked = new Map<string, ApiImplementation[]>();
  let linker: RouteLinker = createRouteLinker([]);
  const coverage = new Map<string, FileCoverage>();
  let next = false;
  let current: CoverageIndex | undefined;

  const relative = (file: string): string | undefined => relativeInside(root, path.resolve(root, file));
  const isSource = (file: string): boolean => {
    const rel = relative(file);
    return rel !== undefined && included(rel) && !excluded(rel);
  };

  // Synchronous reads: thousands of small files read one by one beat a thread-pool round trip each.
  const readOne = (file: string): FileFacts | undefined => {
    let text: string;
    try {
      text = readFileSync(path.join(root, file), 'utf8');
    } catch {
      return undefined;
    }
    try {
      return readSourceFile(file, text, next);
    } catch (error) {
      // A reader must never take the scan down: the file is reported and counts as having nothing.
      return { ...emptyFacts(file), error: { file, line: 1, message: (error as Error).message } };
    }
  };

  const coverageOf = (f: FileFacts): FileCoverage => {
    const own = linked.get(f.file);
    return { file: f.file, apis: own ? [...f.apis, ...own] : f.apis, pages: f.pages, models: f.models, ...(f.tests ? { tests: f.tests } : {}), ...(f.error ? { error: f.error } : {}) };
  };

  /** Link every router again; the files whose endpoints that changed (compared as text: a few hundred small lists). */
  const relink = (): string[] => {
    const before = linked;
    linked = new Map();
    const all = [...facts.keys()].sort(byName).map((f) => facts.get(f)!);
    linker = createRouteLinker(all);
    for (const f of all) if (f.routes.length > 0) linked.set(f.file, linker.endpoints(f));
    const moved: string[] = [];
    for (const file of new Set([...before.keys(), ...linked.keys()])) {
      if (JSON.stringify(before.get(file) ?? []) !== JSON.stringify(linked.get(file) ?? [])) moved.push(file);
    }
    return moved;
  };

  /** The flat index, in file order: a file's own endpoints, then (after all files) its routers' mounted ones. */
  const build = (): CoverageIndex => {
    const names = [...facts.keys()].sort(byName);
    const index: CoverageIndex = { apis: [], pages: [], models: [], tests: [], errors: [], files: names.length };
    for (const name of names) {
      const f = facts.get(name)!;
      for (const a of f.apis) index.apis.push(a);
      for (const p of f.pages) index.pages.push(p);
      for (const m of f.models) index.models.push(m);
      if (f.tests) index.tests.push({ file: f.file, ...f.tests });
      if (f.error) index.errors.push(f.error);
    }
    for (const name of names) for (const a of linked.get(name) ?? []) index.apis.push(a);
    return index;
  };

  const updateFiles = async (changed: readonly string[]): Promise<string[]> => {
    const saved = new Set<string>();
    // The mount graph stands while no file comes or goes and no saved file changes what links routers.
    let graphChanged = false;
    for (const file of changed) {
      const rel = relative(file);
      if (rel === undefined || !isSource(rel)) continue;
      saved.add(rel);
      const before = facts.get(rel);
      const f = readOne(rel);
      if (f) facts.set(rel, f);
      else facts.delete(rel);
      if (!before || !f || linkFacts(before) !== linkFacts(f)) graphChanged = true;
    }
    if (saved.size === 0) return [];
    current = undefined;
    let moved: string[] = [];
    if (graphChanged) moved = relink();
    else {
      // Only the saved files' own routes moved: read them off the unchanged graph.
      for (const file of saved) {
        const f = facts.get(file)!;
        if (f.routes.length > 0) linked.set(file, linker.endpoints(f));
        else linked.delete(file);
      }
    }
    const touched = new Set([...saved, ...moved]);
    for (const file of touched) {
      const f = facts.get(file);
      if (f) coverage.set(file, coverageOf(f));
      else coverage.delete(file);
    }
    return [...touched].sort();
  };

  return {
    async scan() {
      next = usesNext(root);
      facts.clear();
      coverage.clear();
      current = undefined;
      const files = (await glob(src, { cwd: root, ignore, onlyFiles: true, dot: false, followSymbolicLinks: false })).map(toPosix).sort();
      for (const file of files) {
        const f = readOne(file);
        if (f) facts.set(file, f);
      }
      relink();
      for (const f of facts.values()) coverage.set(f.file, coverageOf(f));
      return (current = build());
    },

    async update(changed) {
      await updateFiles(changed);
      return (current ??= build());
    },

    updateFiles,
    files: () => coverage,
    isSource,
    index: () => (current ??= build()),
  };
}
