import type { LlmStats } from './types.js';

/**
 * One line for a run summary: requests, cache hits, prompt tokens against the whole-PRD baseline, rejected tasks.
 * @param stats `OrchestrateResult.llm`
 * @returns e.g. `LLM: 1 request, 3 cached, 1007 prompt tokens for 52427 PRD tokens (1.9%), 0 rejected`
 */
export function formatLlmStats(stats: LlmStats): string {
  const share = stats.wholePrdTokens > 0 ? ` (${((100 * stats.promptTokens) / stats.wholePrdTokens).toFixed(1)}%)` : '';
  return `LLM: ${stats.requests} request${stats.requests === 1 ? '' : 's'}, ${stats.cachedResponses} cached, ${stats.promptTokens} prompt tokens for ${stats.wholePrdTokens} PRD tokens${share}, ${stats.rejected} rejected`;
}
