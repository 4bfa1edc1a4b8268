import { createHash } from 'node:crypto';
import { z } from 'zod';
import { llmTaskSchema, type LlmTask } from './schema.js';

const cacheSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string().regex(/^[0-9a-f]{64}$/), z.object({ tasks: z.array(llmTaskSchema) })),
});

/**
 * Model answers by content: the key hashes the prompt version, the model and one unit's
 * compressed text, so the file is valid on any machine and after any cache restore.
 */
export type LlmCache = z.infer<typeof cacheSchema>;
export type LlmCacheEntry = LlmCache['entries'][string];

/** The file name of the cache inside `outDir`. */
export const LLM_CACHE_FILE = 'llm-cache.json';

/**
 * Key of one unit's answer.
 * @param promptVersion `PROMPT_VERSION`
 * @param model model name
 * @param body the unit's compressed text
 */
export function cacheKey(promptVersion: string, model: string, body: string): string {
  return createHash('sha256').update(JSON.stringify([promptVersion, model, body])).digest('hex');
}

/**
 * Validate a cache read from disk. Anything that is not a cache of this version is ignored:
 * the worst outcome of a bad cache file is a new request, never a wrong task.
 * @param value what `JSON.parse` returned (or undefined)
 * @returns the cache, or undefined when it is missing or invalid
 */
export function parseLlmCache(value: unknown): LlmCache | undefined {
  const parsed = cacheSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Tasks of one entry in a fixed order, so equal answers give equal bytes. */
export function sortCachedTasks(tasks: readonly LlmTask[]): LlmTask[] {
  const key = (t: LlmTask) => JSON.stringify([t.line, t.kind, t.path, t.name, t.methods, t.fields]);
  return [...tasks].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/**
 * The cache file's text: sorted keys, two-space indent, trailing newline. Deterministic, so
 * `writeIfChanged` skips it when nothing changed.
 * @param cache the cache `runLlmExtraction` returned
 */
export function serializeLlmCache(cache: LlmCache): string {
  const entries: Record<string, LlmCacheEntry> = {};
  for (const key of Object.keys(cache.entries).sort()) entries[key] = { tasks: sortCachedTasks(cache.entries[key]!.tasks) };
  return JSON.stringify(sortKeys({ version: 1, entries }), null, 2) + '\n';
}
