import { createHash } from 'node:crypto';
import { z } from 'zod';
import { llmResponseSchema } from './schema.js';

/** What the model is told. Short on purpose: it is sent with every request. */
export const SYSTEM_PROMPT = [
  'Extract build tasks from excerpts of product requirement documents.',
  'Input: units "## U<n>", each with lines "<number>|<text>"; line 0 is the section heading.',
  'Output JSON {"tasks":[...]}, one item per task, each with unit, line (the number of the line that contains its path or name), kind, path, methods, name, fields:',
  '- api: an HTTP endpoint; path as written without host or query; methods: its HTTP methods.',
  '- model: a data entity; name: singular PascalCase; fields: {name,type,optional} when listed, type string|number|boolean|unknown or another model name, [] suffix for lists.',
  '- page: a UI screen; path: its route; name: its title.',
  'Unused properties are "" or []. Skip web URLs, file paths, anything out of scope, legacy or future, and pages only mentioned in prose. A unit without tasks gets no items.',
].join('\n');

/**
 * Changes whenever the prompt or the answer schema changes, so cached answers to an older prompt
 * are never reused.
 */
export const PROMPT_VERSION = `p1-${createHash('sha256')
  .update(SYSTEM_PROMPT)
  .update(JSON.stringify(z.toJSONSchema(llmResponseSchema)))
  .digest('hex')
  .slice(0, 12)}`;

/**
 * The user message of one request.
 * @param bodies unit bodies in request order; they are labelled U1, U2, …
 */
export function renderUserMessage(bodies: readonly string[]): string {
  return bodies.map((body, i) => `## U${i + 1}\n${body}`).join('\n');
}
