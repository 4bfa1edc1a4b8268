import type { PrdError } from './errors.js';
import type { Conflict, PrdWarning, Task } from './types.js';
import type { OrchestrateOptions } from './options.js';

/** What `manifest.json` holds. */
export interface Manifest {
  version: 1;
  generator: 'prd-orchestrator';
  prds: Array<{ file: string; id?: string; title?: string; tasks: number }>;
  tasks: Task[];
  conflicts: Conflict[];
  /** Every generated file (POSIX, relative to outDir), `manifest.json` included. Used to remove stale files. */
  files: string[];
}

export interface OrchestrateResult {
  /** No PRD error, and in `check` mode no drift. */
  success: boolean;
  durationMs: number;
  /** Number of PRD files read. */
  prds: number;
  /** Number of tasks after dedup. */
  tasks: number;
  /** Files written (or, in check/dry-run mode, that would be), POSIX paths relative to the root. */
  filesWritten: string[];
  filesUnchanged: string[];
  filesRemoved: string[];
  /** check mode: files that differ from what would be generated. */
  drift: string[];
  errors: PrdError[];
  warnings: PrdWarning[];
  conflicts: Conflict[];
  manifest: Manifest | undefined;
  /** PRD files read, POSIX paths relative to the root. */
  files: string[];
  /** Present when an LLM extractor ran. */
  llm?: { requests: number; cachedResponses: number; promptTokens: number; wholePrdTokens: number; rejected: number };
}

export declare function orchestrate(options?: OrchestrateOptions): Promise<OrchestrateResult>;
