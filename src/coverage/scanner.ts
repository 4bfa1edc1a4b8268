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
import { linkRoutes } from './link.js';
import { emptyFacts, readSourceFile } from './read-file.js';
import type { CoverageIndex, FileFacts } from './types.js';

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
  /** Is this file (absolute or relative to the root) one of the session's sources? */
  isSource(file: string): boolean;
  /** The index as last built. */
  index(): CoverageIndex;
}

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
  let next = false;
  let current: CoverageIndex = { apis: [], pages: [], models: [], tests: [], errors: [], files: 0 };

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

  const build = (): CoverageIndex => {
    const all = [...facts.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const index: CoverageIndex = { apis: [], pages: [], models: [], tests: [], errors: [], files: all.length };
    for (const f of all) {
      for (const a of f.apis) index.apis.push(a);
      for (const p of f.pages) index.pages.push(p);
      for (const m of f.models) index.models.push(m);
      if (f.tests) index.tests.push({ file: f.file, ...f.tests });
      if (f.error) index.errors.push(f.error);
    }
    for (const a of linkRoutes(all)) index.apis.push(a);
    current = index;
    return index;
  };

  return {
    async scan() {
      next = usesNext(root);
      facts.clear();
      const files = (await glob(src, { cwd: root, ignore, onlyFiles: true, dot: false, followSymbolicLinks: false })).map(toPosix).sort();
      for (const file of files) {
        const f = readOne(file);
        if (f) facts.set(file, f);
      }
      return build();
    },

    async update(changed) {
      let touched = false;
      for (const file of changed) {
        const rel = relative(file);
        if (rel === undefined || !isSource(rel)) continue;
        touched = true;
        const f = readOne(rel);
        if (f) facts.set(rel, f);
        else facts.delete(rel);
      }
      return touched ? build() : current;
    },

    isSource,
    index: () => current,
  };
}
