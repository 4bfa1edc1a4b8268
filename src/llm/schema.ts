import { z } from 'zod';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

const fieldSchema = z.strictObject({
  name: z.string().max(100),
  type: z.string().max(100),
  optional: z.boolean(),
});

/**
 * One task as the model answers it. Flat, with every property required, because that is the
 * shape the most OpenAI-compatible servers (OpenAI strict mode, vLLM, llama.cpp, Ollama) accept.
 * `path` is an API path or a page route; `name` is a model name or a page title.
 */
export const llmTaskSchema = z.strictObject({
  line: z.number().int().min(0).max(1_000_000),
  kind: z.enum(['api', 'model', 'page']),
  path: z.string().max(500),
  methods: z.array(z.enum(HTTP_METHODS)).max(HTTP_METHODS.length),
  name: z.string().max(300),
  fields: z.array(fieldSchema).max(300),
});

/** The response of one request: tasks tagged with the unit (`U1`, `U2`, …) they came from. */
export const llmResponseSchema = z.strictObject({
  tasks: z.array(llmTaskSchema.extend({ unit: z.string().max(16) })).max(5000),
});

export type LlmTask = z.infer<typeof llmTaskSchema>;
export type LlmResponse = z.infer<typeof llmResponseSchema>;
