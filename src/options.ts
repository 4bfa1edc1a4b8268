import { statSync } from 'node:fs';
import path from 'node:path';
import { escapePath } from 'tinyglobby';
import { UsageError } from './errors.js';
import { relativeInside } from './paths.js';
import type { PrdWarning } from './types.js';

export type ExtractorKind = 'heuristic' | 'llm' | 'auto';
export type RunMode = 'write' | 'check' | 'dry-run';

export interface LlmOptions {
  /** Model name sent to the endpoint. @default process.env.PRD_ORCHESTRATOR_MODEL ?? 'gpt-4o-mini' */
  model?: string;
  /** OpenAI-compatible base URL. @default process.env.OPENAI_BASE_URL */
  baseURL?: string;
  /** API key. @default process.env.OPENAI_API_KEY */
  apiKey?: string;
  /** Upper bound of prompt tokens per request when batching. @default 6000 */
  batchTokens?: number;
  /** Request timeout in ms. @default 60000 */
  timeoutMs?: number;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Options of `orchestrate()`. Every host passes these through `normalizeOptions` once. */
export interface OrchestrateOptions {
  /** Project root; PRD globs, `outDir` and `roadmap` resolve against it. @default process.cwd() */
  root?: string;
  /** Glob(s) of PRD files, relative to `root`; a folder stands for the `.md` files under it. @default 'docs/prd/**\/*.md' */
  prds?: string | string[];
  /** Explicit PRD files (relative to `root` or absolute); when set, `prds` is ignored. */
  files?: string[];
  /** Output folder for derived files, relative to `root`. @default 'src/generated/prd' */
  outDir?: string;
  /** `write` writes, `check` compares and writes nothing, `dry-run` reports and writes nothing. @default 'write' */
  mode?: RunMode;
  /** Task extractor. `llm` needs `OPENAI_API_KEY` or `OPENAI_BASE_URL` (or `llm.apiKey` / `llm.baseURL`). @default 'heuristic' */
  extractor?: ExtractorKind;
  llm?: LlmOptions;
  /**
   * Let a run whose PRD globs match no file remove the outputs of the previous run. Without it,
   * such a run keeps every output and fails: a mistyped glob must not wipe the generated code. @default false
   */
  allowEmpty?: boolean;
  /** Roadmap file, relative to `root`. @default 'docs/roadmap.md' */
  roadmap?: string;
  /** Read and extract PRDs in a worker pool: `true`, `false`, or `'auto'` (only when the work pays for it; never while watching). @default 'auto' */
  pool?: boolean | 'auto';
  logger?: Logger;
  /**
   * Keep what this run read (per file, per section, per output) for the next run in the same
   * process, so a save re-reads only what changed. Hosts that run repeatedly (\`vite dev\`) set it;
   * one-shot runs should not pay for the memory. @default false
   */
  watch?: boolean;
}

export interface NormalizedOptions {
  root: string;
  prds: string[];
  files: string[] | undefined;
  outDir: string;
  /** `outDir` resolved to an absolute path. */
  outDirAbs: string;
  mode: RunMode;
  extractor: ExtractorKind;
  llm: Required<Pick<LlmOptions, 'model' | 'batchTokens' | 'timeoutMs'>> & Pick<LlmOptions, 'baseURL' | 'apiKey'>;
  roadmap: string;
  pool: boolean | 'auto';
  logger: Logger;
  watch: boolean;
  allowEmpty: boolean;
}

export const DEFAULT_PRDS = 'docs/prd/**/*.md';
export const DEFAULT_OUT_DIR = 'src/generated/prd';
export const DEFAULT_ROADMAP = 'docs/roadmap.md';

const MODES: readonly RunMode[] = ['write', 'check', 'dry-run'];
const EXTRACTORS: readonly ExtractorKind[] = ['heuristic', 'llm', 'auto'];

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Option "${name}" is ${JSON.stringify(value)}; expected one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
}

function stringList(name: string, value: unknown, fallback: string[]): string[] {
  if (value === undefined || value === null) return fallback;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((v) => typeof v === 'string' && v.length > 0)) {
    throw new UsageError(`Option "${name}" must be a non-empty string or list of strings; got ${JSON.stringify(value)}`);
  }
  return list as string[];
}

/**
 * A PRD pattern as the file search takes it: a folder stands for the Markdown files under it, an
 * existing file for itself (escaped, so `[id].md` is a name, not a character class), anything else
 * is a glob. Paths come out relative to the root, so absolute and `../` arguments work too.
 */
function prdPattern(root: string, pattern: string): string {
  const abs = path.resolve(root, pattern);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    return pattern;
  }
  const rel = path.relative(root, abs).split(path.sep).join('/');
  if (!isDir) return escapePath(rel);
  return rel === '' ? '**/*.md' : `${escapePath(rel)}/**/*.md`;
}

/**
 * Fill defaults and validate once, at the edge. Throws `UsageError` naming the option and the allowed values.
 * @param options what the host or user passed
 * @returns a complete, typed options object
 */
export function normalizeOptions(options: OrchestrateOptions = {}): NormalizedOptions {
  const root = path.resolve(options.root ?? process.cwd());
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  if (typeof outDir !== 'string' || outDir.trim() === '') {
    throw new UsageError(`Option "outDir" must be a folder path relative to the root; got ${JSON.stringify(outDir)}`);
  }
  const outDirAbs = path.resolve(root, outDir);
  const outDirRel = relativeInside(root, outDirAbs);
  if (outDirRel === undefined) {
    throw new UsageError(`Option "outDir" (${JSON.stringify(outDir)}) must be a folder inside the root ${root}, not the root itself or outside it`);
  }
  const pool = options.pool ?? 'auto';
  if (pool !== true && pool !== false && pool !== 'auto') {
    throw new UsageError(`Option "pool" is ${JSON.stringify(pool)}; expected true, false or "auto"`);
  }
  const llm = options.llm ?? {};
  const batchTokens = llm.batchTokens ?? 6000;
  if (!Number.isInteger(batchTokens) || batchTokens < 256) {
    throw new UsageError(`Option "llm.batchTokens" is ${JSON.stringify(batchTokens)}; expected a whole number of at least 256`);
  }
  const baseURL = llm.baseURL ?? process.env.OPENAI_BASE_URL;
  const apiKey = llm.apiKey ?? process.env.OPENAI_API_KEY;
  const extractor = oneOf('extractor', options.extractor, EXTRACTORS, 'heuristic');
  // `auto` asked for help where it is available and falls back quietly; `llm` asked for the model itself.
  if (extractor === 'llm' && !baseURL && !apiKey) {
    throw new UsageError(
      'Extractor "llm" needs an OpenAI-compatible endpoint, but neither OPENAI_API_KEY nor OPENAI_BASE_URL is set. Set one of them (OPENAI_BASE_URL alone for a local server such as Ollama), or use --extractor auto or heuristic',
    );
  }
  return {
    root,
    prds: stringList('prds', options.prds, [DEFAULT_PRDS]).map((p) => prdPattern(root, p)),
    files: options.files === undefined ? undefined : stringList('files', options.files, []),
    outDir: outDirRel,
    outDirAbs,
    mode: oneOf('mode', options.mode, MODES, 'write'),
    extractor,
    llm: {
      model: llm.model ?? process.env.PRD_ORCHESTRATOR_MODEL ?? 'gpt-4o-mini',
      baseURL,
      apiKey,
      batchTokens,
      timeoutMs: llm.timeoutMs ?? 60_000,
    },
    roadmap: options.roadmap ?? DEFAULT_ROADMAP,
    pool,
    logger: options.logger ?? silentLogger,
    watch: options.watch === true,
    allowEmpty: options.allowEmpty === true,
  };
}

/**
 * Fails unless `root` is an existing folder: a mistyped root must not look like a project without PRDs.
 * @param root absolute project root
 * @param name how the user spelled the option (`--root`, `root`)
 * @throws UsageError naming the folder and the fix
 */
export function checkRoot(root: string, name = 'root'): void {
  let isDir = false;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    throw new UsageError(`The project root ${root} does not exist; pass an existing folder as ${name}`);
  }
  if (!isDir) throw new UsageError(`The project root ${root} is a file, not a folder; pass the project's folder as ${name}`);
}

export type { PrdWarning };
