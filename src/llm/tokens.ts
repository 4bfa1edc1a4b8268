/** Counts tokens the way OpenAI models do (o200k_base). */
export type TokenCounter = (text: string) => number;

/** Fixed cost of the chat framing of one message (role and separators). */
export const MESSAGE_OVERHEAD_TOKENS = 4;

/**
 * Load gpt-tokenizer lazily: its ranks are large and only the LLM extractor needs them.
 * @returns a token counter
 */
export async function loadTokenCounter(): Promise<TokenCounter> {
  const { countTokens } = await import('gpt-tokenizer');
  return (text) => countTokens(text);
}
