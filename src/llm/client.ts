import { PrdError } from '../errors.js';
import { redact } from './redact.js';
import { llmResponseSchema, type LlmResponse } from './schema.js';
import { MESSAGE_OVERHEAD_TOKENS } from './tokens.js';

/** Settings of the OpenAI-compatible client. */
export interface ClientSettings {
  model: string;
  baseURL: string | undefined;
  apiKey: string | undefined;
  timeoutMs: number;
  /** Shown in errors instead of the base URL (no credentials). */
  endpoint: string;
  /** Counts the prompt tokens of what is actually sent. */
  countTokens: (text: string) => number;
}

/** Retries the SDK makes on 429, 5xx, timeouts and dropped connections, with its exponential backoff (it honours `retry-after`). */
export const TRANSPORT_RETRIES = 3;

/** Where an error should point: the first unit of the failed request. */
export interface RequestPlace {
  file: string;
  line: number;
}

/** Sends one request and validates the answer; `attempts` counts HTTP requests, retries included. */
export interface LlmClient {
  complete(system: string, user: string, maxTokens: number, place: RequestPlace): Promise<LlmResponse>;
  readonly attempts: number;
  /** Prompt tokens of every HTTP request sent, retries included. */
  readonly promptTokens: number;
}

/**
 * Create a client over the `openai` SDK, imported here and only here, so that runs with the
 * heuristic extractor (or a cache that answers everything) never load it.
 * @param settings model, endpoint, key and timeout
 */
export async function createLlmClient(settings: ClientSettings): Promise<LlmClient> {
  const [{ default: OpenAI }, { zodResponseFormat }] = await Promise.all([import('openai'), import('openai/helpers/zod')]);
  let attempts = 0;
  let promptTokens = 0;
  const client = new OpenAI({
    // Local servers (Ollama, llama.cpp) take any key; the SDK refuses to start without one.
    apiKey: settings.apiKey ?? 'no-key',
    baseURL: settings.baseURL ?? 'https://api.openai.com/v1',
    timeout: settings.timeoutMs,
    maxRetries: TRANSPORT_RETRIES,
    // The SDK's own logging could print request details; our messages say what matters.
    logLevel: 'off',
    // Counting at the fetch level sees the SDK's own retries too.
    fetch: (url, init) => {
      attempts++;
      promptTokens += messageTokens(init?.body, settings.countTokens);
      return fetch(url, init);
    },
  });
  const responseFormat = zodResponseFormat(llmResponseSchema, 'prd_tasks');

  async function once(system: string, user: string, maxTokens: number, place: RequestPlace): Promise<{ ok: true; value: LlmResponse } | { ok: false; problem: string }> {
    let completion;
    try {
      completion = await client.chat.completions.create({
        model: settings.model,
        temperature: 0,
        max_tokens: maxTokens,
        response_format: responseFormat,
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: user },
        ],
      });
    } catch (error) {
      throw transportError(error, error instanceof OpenAI.APIConnectionTimeoutError, settings, place);
    }
    const choice = completion.choices?.[0];
    const content = choice?.message?.content;
    if (typeof content !== 'string' || content.trim() === '') {
      return { ok: false, problem: `no content (finish_reason ${JSON.stringify(choice?.finish_reason ?? null)})` };
    }
    let json: unknown;
    try {
      json = JSON.parse(redact(content, settings.apiKey));
    } catch {
      const cut = choice?.finish_reason === 'length' ? '; the answer was cut at max_tokens, lower llm.batchTokens' : '';
      return { ok: false, problem: `content is not JSON${cut}` };
    }
    const parsed = llmResponseSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, problem: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}` };
    }
    return { ok: true, value: parsed.data };
  }

  return {
    get attempts() {
      return attempts;
    },
    get promptTokens() {
      return promptTokens;
    },
    async complete(system, user, maxTokens, place) {
      // Sampling at temperature 0 is still not fully deterministic on every server: one retry
      // often turns a malformed answer into a valid one; a second failure is a real problem.
      const first = await once(system, user, maxTokens, place);
      if (first.ok) return first.value;
      const second = await once(system, user, maxTokens, place);
      if (second.ok) return second.value;
      throw new PrdError(
        `The model "${settings.model}" at ${settings.endpoint} returned invalid output twice (${redact(second.problem, settings.apiKey)})`,
        {
          file: place.file,
          line: place.line,
          code: 'ELLM',
          hint: 'Use a model and server that support response_format json_schema, or run with --extractor heuristic',
        },
      );
    },
  };
}

/** Tokens of the chat messages in a request body. */
function messageTokens(body: unknown, countTokens: (text: string) => number): number {
  if (typeof body !== 'string') return 0;
  try {
    const { messages } = JSON.parse(body) as { messages?: Array<{ content?: unknown }> };
    return (messages ?? []).reduce((sum, m) => sum + MESSAGE_OVERHEAD_TOKENS + (typeof m.content === 'string' ? countTokens(m.content) : 0), 0);
  } catch {
    return 0;
  }
}

/** An SDK error as a PrdError that names the endpoint and the status, never the key. */
function transportError(error: unknown, timedOut: boolean, settings: ClientSettings, place: RequestPlace): PrdError {
  const e = error as { status?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  let what: string;
  let hint: string;
  if (timedOut) {
    what = `timed out after ${settings.timeoutMs} ms (${TRANSPORT_RETRIES + 1} attempts)`;
    hint = 'Raise llm.timeoutMs, use a faster model, or run with --extractor heuristic';
  } else if (status === 401 || status === 403) {
    what = `was refused (HTTP ${status})`;
    hint = 'Check OPENAI_API_KEY for this endpoint';
  } else if (status === 404) {
    what = 'was not found (HTTP 404)';
    hint = `Check OPENAI_BASE_URL (it usually ends in /v1) and that the model "${settings.model}" exists there`;
  } else if (status !== undefined) {
    what = `failed with HTTP ${status}${status === 429 || status >= 500 ? ` after ${TRANSPORT_RETRIES + 1} attempts` : ''}`;
    hint = status === 429 ? 'The endpoint is rate-limiting; wait, or lower the request rate with a larger llm.batchTokens' : 'Check the server, or run with --extractor heuristic';
  } else {
    what = `could not connect (${TRANSPORT_RETRIES + 1} attempts)`;
    hint = 'Check OPENAI_BASE_URL and that the server is running, or run with --extractor heuristic';
  }
  const detail = typeof e.message === 'string' && e.message !== '' && !timedOut ? `: ${redact(e.message, settings.apiKey).slice(0, 200).replace(/\.+$/, '')}` : '';
  return new PrdError(`The LLM request to ${settings.endpoint} ${what}${detail}`, {
    file: place.file,
    line: place.line,
    code: 'ELLM',
    hint,
    // No `cause`: SDK errors carry response bodies and headers, which a server can fill with what it was sent.
  });
}
