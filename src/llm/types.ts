import type { NormalizedOptions } from '../options.js';
import type { PrdDocument } from '../prd/index.js';
import type { PrdWarning, Task } from '../types.js';
import type { LlmCache } from './cache.js';

/** What `orchestrate()` hands the LLM extractor. */
export interface LlmRunInput {
  /** Parsed PRDs. */
  docs: PrdDocument[];
  /** Heuristic tasks per `doc.file`, before dedup. */
  heuristic: Map<string, Task[]>;
  mode: 'llm' | 'auto';
  options: NormalizedOptions;
  /** The previous cache as read from `<outDir>/llm-cache.json` (JSON.parse'd, unvalidated), or undefined. */
  cache: unknown;
}

/** Counts for the run summary. */
export interface LlmStats {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Units answered from the cache. */
  cachedResponses: number;
  /** Prompt tokens sent (system and user messages of every request, retries included), by gpt-tokenizer. */
  promptTokens: number;
  /** Tokens of the whole text of every PRD, by gpt-tokenizer: the baseline prompt tokens compare to. */
  wholePrdTokens: number;
  /** Model tasks dropped because the line they cite does not contain their path or name. */
  rejected: number;
}

/** What the LLM extractor gives back. */
export interface LlmRunOutput {
  /** Final tasks per `doc.file` (see `runLlmExtraction`). */
  tasks: Map<string, Task[]>;
  /** The entries this run used: write `serializeLlmCache(cache)` to `<outDir>/llm-cache.json`. */
  cache: LlmCache;
  stats: LlmStats;
  warnings: PrdWarning[];
}
