import type { ExtractorKind } from '../src/options.js';
import { insidePath } from '../src/paths.js';

/** Options of the Nx plugin, as written in `nx.json` under `plugins[].options`. */
export interface PrdNxPluginOptions {
  /** Name of the inferred target that generates. @default 'orchestrate' */
  targetName?: string;
  /** Name of the inferred drift-check target (writes nothing, fails when generated files differ). @default 'orchestrate-check' */
  checkTargetName?: string;
  /** Name of the inferred coverage target (which PRD tasks the code implements and tests). @default 'prd-coverage' */
  coverageTargetName?: string;
  /** Folder the coverage target writes its report to (index.html, coverage.json), relative to the project root. @default 'coverage/prd' */
  coverageDir?: string;
  /**
   * Source globs the coverage target reads, relative to each project root (the executor's `src`). They are also its
   * Nx inputs, so a change under them reruns it. No `..`, no absolute path, no `!` pattern.
   * @default src/, app/, pages/, routes/, server/, prisma/ and test files (src/coverage DEFAULT_SOURCES)
   */
  coverageSrc?: string[];
  /** Glob(s) of PRD files, relative to each project root. A project holding a match gets the targets. @default 'docs/prd/**\/*.md' */
  prds?: string | string[];
  /** Output folder of derived files, relative to the project root. @default 'src/generated/prd' */
  outDir?: string;
  /** Roadmap file, relative to the project root. @default 'docs/roadmap.md' */
  roadmap?: string;
  /** Workspace folder with template overrides, relative to the workspace root. @default 'tools/prd-templates' */
  templates?: string;
  /** Task extractor. @default 'heuristic' */
  extractor?: ExtractorKind;
  /**
   * npm packages whose installed version is part of the task hash. Nx finds them in the lockfile, so a workspace that
   * links prd-orchestrator (`file:`, no lockfile entry) sets `[]` and runs `nx reset` after changing it.
   * @default ['prd-orchestrator']
   */
  externalDependencies?: string[];
}

export type NormalizedPrdNxPluginOptions = Required<Omit<PrdNxPluginOptions, 'prds' | 'coverageSrc'>> & {
  prds: string[];
  /** The coverage target's source globs; undefined: the scanner's defaults. */
  coverageSrc: string[] | undefined;
};

const EXTRACTORS: readonly ExtractorKind[] = ['heuristic', 'llm', 'auto'];
const PLUGIN = 'prd-orchestrator/plugin';

function text(name: keyof PrdNxPluginOptions, value: unknown, fallback: string): string {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new Error(`${PLUGIN}: option "${name}" in nx.json must be a non-empty string; got ${JSON.stringify(value)}`);
  }
  return value;
}

function pathOption(name: keyof PrdNxPluginOptions, value: unknown, fallback: string): string {
  const result = insidePath(text(name, value, fallback));
  if (result === undefined) {
    throw new Error(`${PLUGIN}: option "${name}" in nx.json must be a folder or file path inside the project, without "..", not absolute; got ${JSON.stringify(value)}`);
  }
  return result;
}

/** `coverageSrc`: undefined, or globs inside the project (a `!` pattern would be an input Nx excludes but the scanner reads). */
function coverageSources(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((g) => typeof g === 'string')) {
    throw new Error(`${PLUGIN}: option "coverageSrc" in nx.json must be a list of globs relative to the project root, such as ["lib/**/*.ts"]; got ${JSON.stringify(value)}`);
  }
  if (value.length === 0) throw new Error(`${PLUGIN}: option "coverageSrc" in nx.json must list at least one glob, such as "lib/**/*.ts" (leave it out for the default folders)`);
  return value.map((glob: string) => {
    const result = glob.startsWith('!') ? undefined : insidePath(glob);
    if (result === undefined) {
      throw new Error(`${PLUGIN}: option "coverageSrc" in nx.json must hold globs inside the project, without ".."; not absolute, not negated with "!"; got ${JSON.stringify(glob)}`);
    }
    return result;
  });
}

/**
 * Fill defaults and validate the plugin options once. Throws an error naming the option and the allowed values.
 * @param options the `options` object of the plugin entry in nx.json
 * @returns complete options
 */
export function normalizePluginOptions(options: PrdNxPluginOptions | undefined): NormalizedPrdNxPluginOptions {
  const o = options ?? {};
  const prdList = o.prds === undefined ? ['docs/prd/**/*.md'] : Array.isArray(o.prds) ? o.prds : [o.prds];
  if (prdList.length === 0) {
    throw new Error(`${PLUGIN}: option "prds" in nx.json must list at least one glob, such as "docs/prd/**/*.md"`);
  }
  const prds = prdList.map((glob) => pathOption('prds', glob, ''));
  const extractor = o.extractor ?? 'heuristic';
  if (!EXTRACTORS.includes(extractor)) {
    throw new Error(`${PLUGIN}: option "extractor" in nx.json is ${JSON.stringify(extractor)}; expected one of ${EXTRACTORS.map((e) => `"${e}"`).join(', ')}`);
  }
  const targetName = text('targetName', o.targetName, 'orchestrate');
  const checkTargetName = text('checkTargetName', o.checkTargetName, 'orchestrate-check');
  if (targetName === checkTargetName) {
    throw new Error(`${PLUGIN}: options "targetName" and "checkTargetName" in nx.json are both ${JSON.stringify(targetName)}; give them different names`);
  }
  const coverageTargetName = text('coverageTargetName', o.coverageTargetName, 'prd-coverage');
  if (coverageTargetName === targetName || coverageTargetName === checkTargetName) {
    throw new Error(`${PLUGIN}: option "coverageTargetName" in nx.json is ${JSON.stringify(coverageTargetName)}, the name of another inferred target; give it its own name`);
  }
  const externalDependencies = o.externalDependencies ?? ['prd-orchestrator'];
  if (!Array.isArray(externalDependencies) || !externalDependencies.every((name) => typeof name === 'string' && name !== '')) {
    throw new Error(`${PLUGIN}: option "externalDependencies" in nx.json must be a list of npm package names, such as ["prd-orchestrator"]; got ${JSON.stringify(externalDependencies)}`);
  }
  return {
    coverageSrc: coverageSources(o.coverageSrc),
    targetName,
    checkTargetName,
    coverageTargetName,
    coverageDir: pathOption('coverageDir', o.coverageDir, 'coverage/prd'),
    prds,
    outDir: pathOption('outDir', o.outDir, 'src/generated/prd'),
    roadmap: pathOption('roadmap', o.roadmap, 'docs/roadmap.md'),
    templates: pathOption('templates', o.templates, 'tools/prd-templates'),
    extractor,
    externalDependencies,
  };
}
