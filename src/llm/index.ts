export { runLlmExtraction, shouldUseLlm } from './run.js';
export { serializeLlmCache, parseLlmCache, cacheKey, LLM_CACHE_FILE } from './cache.js';
export type { LlmCache, LlmCacheEntry } from './cache.js';
export type { LlmRunInput, LlmRunOutput, LlmStats } from './types.js';
export { compressDocument, compactLine } from './compress.js';
export type { PromptUnit } from './compress.js';
export { PROMPT_VERSION, SYSTEM_PROMPT, renderUserMessage } from './prompt.js';
export { describeEndpoint } from './redact.js';
export { formatLlmStats } from './summary.js';
