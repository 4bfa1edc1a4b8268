import type { NormalizedOptions } from '../options.js';
import type { PrdDocument } from '../prd/index.js';
import type { PrdWarning, Task } from '../types.js';
import { unexplainedUnits } from './auto.js';
import { packBatches } from './batch.js';
import { cacheKey, parseLlmCache, sortCachedTasks, type LlmCache } from './cache.js';
import { createLlmClient, type LlmClient } from './client.js';
import { compressDocument, type PromptUnit } from './compress.js';
import { groundUnit } from './ground.js';
import { taskKey } from '../plan/index.js';
import { PROMPT_VERSION, renderUserMessage, SYSTEM_PROMPT } from './prompt.js';
import { describeEndpoint } from './redact.js';
import type { LlmTask } from './schema.js';
import { loadTokenCounter, MESSAGE_OVERHEAD_TOKENS, type TokenCounter } from './tokens.js';
import type { LlmRunInput, LlmRunOutput } from './types.js';

/** Requests in flight at once: enough to hide latency, few enough not to trip rate limits. */
const CONCURRENCY = 2;

/**
 * Whether the LLM extractor can run with these options.
 * @param options normalized options
 * @returns `use: false` with a one-line `notice` when `llm`/`auto` was asked for but neither an
 *   API key nor a base URL is set (the heuristic extractor runs instead)
 */
export function shouldUseLlm(options: NormalizedOptions): { use: boolean; notice?: string } {
  if (options.extractor === 'heuristic') return { use: false };
  if (!options.llm.apiKey && !options.llm.baseURL) {
    return {
      use: false,
      notice: `--extractor ${options.extractor}: neither OPENAI_API_KEY nor OPENAI_BASE_URL is set, using the heuristic extractor`,
    };
  }
  return { use: true };
}

interface KeyedUnit {
  doc: PrdDocument;
  unit: PromptUnit;
  key: string;
}

/**
 * Run the LLM extractor over parsed PRDs.
 *
 * - `llm`: every section with task signal is sent; the result is the grounded model tasks plus the
 *   heuristic `rule` tasks (rules are sentences the prompt does not carry).
 * - `auto`: only units whose routes or model names the heuristics did not turn into tasks are
 *   sent; the result is the heuristic tasks plus grounded model tasks they did not already have.
 *
 * Units already in the cache are not sent; the rest are packed into requests of at most
 * `llm.batchTokens` prompt tokens. A fully cached run loads neither `openai` nor the network.
 * @param input documents, heuristic tasks, mode, options and the previous cache
 * @returns tasks per file, the cache entries used, counts and warnings
 * @throws PrdError (code `ELLM`) naming the endpoint when a request fails or the model answers invalid output twice
 */
export async function runLlmExtraction(input: LlmRunInput): Promise<LlmRunOutput> {
  const { docs, heuristic, mode, options } = input;
  const { model, apiKey, baseURL, batchTokens, timeoutMs } = options.llm;
  const countTokens = await loadTokenCounter();
  const systemTokens = countTokens(SYSTEM_PROMPT) + 2 * MESSAGE_OVERHEAD_TOKENS;
  // A unit must fit one request next to the system prompt; tiny budgets still send one unit each.
  const unitBudget = Math.max(128, batchTokens - systemTokens);

  const keyed: KeyedUnit[] = [];
  let wholePrdTokens = 0;
  for (const doc of docs) {
    wholePrdTokens += countTokens(doc.text);
    let units = compressDocument(doc, countTokens, unitBudget - 8, undefined, heuristic.get(doc.file) ?? []);
    if (mode === 'auto') units = unexplainedUnits(units, heuristic.get(doc.file) ?? []);
    for (const unit of units) keyed.push({ doc, unit, key: cacheKey(PROMPT_VERSION, model, unit.body) });
  }

  const previous = parseLlmCache(input.cache);
  const answers = new Map<string, LlmTask[]>();
  const pending: KeyedUnit[] = [];
  const seen = new Set<string>();
  let cachedResponses = 0;
  for (const k of keyed) {
    // Identical sections (in one PRD or several) share one answer.
    if (seen.has(k.key)) continue;
    seen.add(k.key);
    const hit = previous?.entries[k.key];
    if (hit) {
      answers.set(k.key, hit.tasks);
      cachedResponses++;
    } else {
      pending.push(k);
    }
  }

  let requests = 0;
  let promptTokens = 0;
  let rejected = 0;
  if (pending.length > 0) {
    const endpoint = describeEndpoint(baseURL);
    const client = await createLlmClient({ model, apiKey, baseURL, timeoutMs, endpoint, countTokens });
    try {
      rejected += await sendAll(client, pending, countTokens, unitBudget, answers);
    } finally {
      requests = client.attempts;
      promptTokens = client.promptTokens;
    }
    options.logger.info(
      `LLM: ${requests} request${requests === 1 ? '' : 's'} to ${endpoint} (${model}), ${cachedResponses} cached, ${promptTokens} prompt tokens for ${wholePrdTokens} PRD tokens`,
    );
  }

  const tasks = new Map<string, Task[]>();
  const warnings: PrdWarning[] = [];
  const modelTasks = new Map<string, Task[]>();
  for (const { doc, unit, key } of keyed) {
    const grounded = groundUnit(doc, unit, answers.get(key) ?? [], apiKey);
    rejected += grounded.rejected;
    warnings.push(...grounded.warnings);
    modelTasks.set(doc.file, [...(modelTasks.get(doc.file) ?? []), ...grounded.tasks]);
  }
  for (const doc of docs) {
    const base = heuristic.get(doc.file) ?? [];
    const fromModel = modelTasks.get(doc.file) ?? [];
    if (mode === 'auto') {
      const known = new Set(base.map(taskKey));
      tasks.set(doc.file, [...base, ...fromModel.filter((t) => !known.has(taskKey(t)))]);
    } else {
      tasks.set(doc.file, [...fromModel, ...base.filter((t) => t.kind === 'rule')]);
    }
  }

  const cache: LlmCache = { version: 1, entries: {} };
  for (const { key } of keyed) cache.entries[key] = { tasks: sortCachedTasks(answers.get(key) ?? []) };
  return {
    tasks,
    cache,
    stats: { requests, cachedResponses, promptTokens, wholePrdTokens, rejected },
    warnings,
  };
}

/**
 * Send the units that have no cached answer, packed into batches, and store each unit's answer.
 * @returns the number of tasks the model tagged with a unit that was not in its request
 */
async function sendAll(
  client: LlmClient,
  pending: readonly KeyedUnit[],
  countTokens: TokenCounter,
  unitBudget: number,
  answers: Map<string, LlmTask[]>,
): Promise<number> {
  const batches = packBatches(pending, (k) => countTokens(k.unit.body) + 8, unitBudget);
  let strays = 0;
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const first = batch.items[0]!;
      const user = renderUserMessage(batch.items.map((k) => k.unit.body));
      // Room for every line of the batch to become a task, bounded so a runaway answer stops.
      const maxTokens = Math.min(8192, 512 + 6 * batch.tokens);
      const response = await client.complete(SYSTEM_PROMPT, user, maxTokens, { file: first.doc.file, line: first.unit.baseLine });
      const byUnit = new Map<string, LlmTask[]>(batch.items.map((_, i) => [`U${i + 1}`, []]));
      for (const { unit, ...task } of response.tasks) {
        const list = byUnit.get(unit.trim().toUpperCase());
        if (list) list.push(task);
        else strays++;
      }
      batch.items.forEach((k, i) => answers.set(k.key, byUnit.get(`U${i + 1}`)!));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batches.length) }, worker));
  return strays;
}
