/**
 * One source file → its facts: every reader whose `mayContain` says yes reads the one parsed AST.
 * Test files are read only for test references: an app a test builds is not an implementation.
 */
import { drizzleReader } from './drizzle.js';
import { jsxRoutesReader } from './jsx-routes.js';
import { nestReader } from './nest.js';
import { nextReader } from './next.js';
import { readPrismaModels } from './prisma.js';
import type { SourceReader } from './reader.js';
import { routeObjectsReader } from './route-objects.js';
import { serverRoutesReader } from './server-routes.js';
import { importedNames, importSpecifiers, parseSource } from './source.js';
import { tanstackReader } from './tanstack.js';
import { readTestReferences } from './test-references.js';
import { tsModelsReader } from './ts-models.js';
import type { FileFacts } from './types.js';

const READERS: readonly SourceReader[] = [nextReader, serverRoutesReader, nestReader, routeObjectsReader, jsxRoutesReader, tanstackReader, tsModelsReader, drizzleReader];

const TEST_FILE = /(?:^|\/)(?:__tests__|tests?|e2e|cypress)\/|\.(?:test|spec|e2e)\.[cm]?[jt]sx?$/;

/** Is this (POSIX, root-relative) path a test file: `*.test.ts`, `*.spec.tsx`, or under `test/`, `tests/`, `e2e/`, `__tests__/`? */
export function isTestFile(file: string): boolean {
  return TEST_FILE.test(file);
}

/** Empty facts for a file. */
export function emptyFacts(file: string): FileFacts {
  return { file, apis: [], pages: [], models: [], routes: [], mounts: [], basePaths: [], imports: [], exports: [] };
}

/**
 * @param file POSIX path relative to the project root
 * @param text the file's content
 * @param next whether the project uses Next.js (its `pages/` folder is then the Pages Router)
 * @returns what the file implements, mounts, exports and (for a test file) references
 */
export function readSourceFile(file: string, text: string, next: boolean): FileFacts {
  const facts = emptyFacts(file);
  if (file.endsWith('.prisma')) {
    facts.models = readPrismaModels(file, text);
    return facts;
  }
  const test = isTestFile(file);
  const readers = test ? [] : READERS.filter((r) => r.mayContain(file, text, next));
  if (!test && readers.length === 0) return facts;
  const source = parseSource(file, text);
  if (!('program' in source)) {
    facts.error = { file, line: source.line, message: source.message };
    return facts;
  }
  if (test) {
    facts.tests = readTestReferences(source);
    return facts;
  }
  const imports = importSpecifiers(source);
  facts.imports = importedNames(source);
  for (const e of source.module.staticExports) {
    for (const entry of e.entries) {
      if (entry.moduleRequest !== null) continue;
      const exported = entry.exportName.kind === 'Default' ? 'default' : entry.exportName.name;
      const local = entry.localName.name ?? (entry.exportName.kind === 'Default' ? 'default' : undefined);
      if (exported && local) facts.exports.push({ exported, local });
    }
  }
  for (const reader of readers) reader.read({ source, facts, imports, next });
  return facts;
}
