import path from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_OUT_DIR, DEFAULT_PRDS, DEFAULT_ROADMAP, silentLogger, type Logger } from '../options.js';
import type { StartFs } from './io.js';

/** Options of `start` (CLI flags and generator options map onto these). */
export interface StartOptions {
  /** Roadmap id, e.g. `2.1.1.1`. Optional with `prd`. */
  id?: string;
  /** Project root. @default process.cwd() */
  root?: string;
  /** The PRD to start, relative to the root or absolute; skips the roadmap lookup. */
  prd?: string;
  /** Roadmap file, relative to the root. @default 'docs/roadmap.md' */
  roadmap?: string;
  /** PRD globs searched for a frontmatter `id` when the roadmap does not link the PRD. @default 'docs/prd/**\/*.md' */
  prds?: string | string[];
  /** Owner to set; overrides the roadmap's. */
  owner?: string;
  /** Roles to set, a list or a comma-separated string. @default the roadmap's, else the PRD's, else backend, frontend, qa */
  roles?: string | string[];
  /** QA cases file; `{id}` is the roadmap id, `{name}` the PRD file name without extension. @default 'docs/qa/{id}.cases.md' */
  qaCases?: string;
  /** QA results file, same placeholders. @default 'docs/qa/{id}.results.md' */
  qaResults?: string;
  /** Output folder of the pipeline, relative to the root. @default 'src/generated/prd' */
  outDir?: string;
  /** Compute and report, write nothing. @default false */
  dryRun?: boolean;
  /** Run the pipeline for the PRD after editing it. @default true */
  pipeline?: boolean;
  /** File system; on disk under `root` by default. */
  fs?: StartFs;
  logger?: Logger;
}

export interface NormalizedStartOptions {
  id: string | undefined;
  root: string;
  prd: string | undefined;
  roadmap: string;
  prds: string[];
  owner: string | undefined;
  roles: string[] | undefined;
  qaCases: string;
  qaResults: string;
  outDir: string;
  dryRun: boolean;
  pipeline: boolean;
  fs: StartFs | undefined;
  logger: Logger;
}

export const DEFAULT_QA_CASES = 'docs/qa/{id}.cases.md';
export const DEFAULT_QA_RESULTS = 'docs/qa/{id}.results.md';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ROLE = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/;

function oneLine(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.trim() === '' || /[\u0000-\u001f\u007f]/.test(value)) {
    throw new UsageError(`Option "${name}" is ${JSON.stringify(value)}; expected a non-empty, one-line string`);
  }
  return value.trim();
}

function relativePath(name: string, value: string): string {
  if (path.isAbsolute(value) || value.split(/[\\/]/).includes('..')) {
    throw new UsageError(`Option "${name}" is ${JSON.stringify(value)}; expected a path inside the project root, without ".."`);
  }
  return value.replace(/\\/g, '/');
}

/**
 * Fills the defaults of `start` and validates every option once.
 * @param options what the CLI or generator passed
 * @throws UsageError naming the option, the value and what is allowed
 */
export function normalizeStartOptions(options: StartOptions): NormalizedStartOptions {
  const id = oneLine('id', options.id);
  if (id !== undefined && !ID.test(id)) {
    throw new UsageError(`Roadmap id ${JSON.stringify(id)} is not valid; use letters, digits, "." "-" "_", e.g. 2.1.1.1`);
  }
  const rolesIn = options.roles === undefined ? undefined : Array.isArray(options.roles) ? options.roles : String(options.roles).split(',');
  const roles = rolesIn?.map((r) => (typeof r === 'string' ? r.trim() : r)).filter((r) => r !== '');
  if (roles !== undefined) {
    if (roles.length === 0) throw new UsageError('Option "roles" is empty; expected roles separated by commas, e.g. backend,frontend,qa');
    for (const r of roles) {
      if (typeof r !== 'string' || !ROLE.test(r)) throw new UsageError(`Role ${JSON.stringify(r)} is not valid; use letters, digits, spaces, "." "-" "_" "/"`);
    }
  }
  const qaCases = relativePath('qaCases', oneLine('qaCases', options.qaCases) ?? DEFAULT_QA_CASES);
  const qaResults = relativePath('qaResults', oneLine('qaResults', options.qaResults) ?? DEFAULT_QA_RESULTS);
  if (qaCases === qaResults) throw new UsageError(`Options "qaCases" and "qaResults" are both ${JSON.stringify(qaCases)}; they must name two files`);
  const prds = options.prds === undefined ? [DEFAULT_PRDS] : Array.isArray(options.prds) ? options.prds : [options.prds];
  if (prds.length === 0 || !prds.every((p) => typeof p === 'string' && p !== '')) throw new UsageError(`Option "prds" must be one or more globs; got ${JSON.stringify(options.prds)}`);
  return {
    id,
    root: path.resolve(options.root ?? process.cwd()),
    prd: oneLine('prd', options.prd),
    roadmap: relativePath('roadmap', oneLine('roadmap', options.roadmap) ?? DEFAULT_ROADMAP),
    prds,
    owner: oneLine('owner', options.owner),
    roles: roles as string[] | undefined,
    qaCases,
    qaResults,
    outDir: oneLine('outDir', options.outDir) ?? DEFAULT_OUT_DIR,
    dryRun: options.dryRun === true,
    pipeline: options.pipeline !== false,
    fs: options.fs,
    logger: options.logger ?? silentLogger,
  };
}
