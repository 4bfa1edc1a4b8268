import path from 'node:path';
import type { ErrorPayload } from 'vite';
import { isPrdError } from '../src/errors.js';
import type { PrdError } from '../src/errors.js';

export const PLUGIN_NAME = 'prd-orchestrator';

/** Lines of context shown above and below the failing PRD line. */
const FRAME_CONTEXT = 2;

/**
 * A code frame in the shape Vite's overlay recognises (`> 12 | text` and a caret line),
 * so it renders as a frame instead of being folded into the message.
 * @param text the PRD text
 * @param line 1-based line of the error
 * @param column 1-based column of the error
 * @returns the frame, or '' when the line is not in the text
 */
export function codeFrame(text: string, line: number, column: number): string {
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - FRAME_CONTEXT);
  const last = Math.min(lines.length, line + FRAME_CONTEXT);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const gutter = String(n).padStart(width);
    out.push(`${n === line ? '>' : ' '} ${gutter} | ${lines[n - 1] ?? ''}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n') + '\n';
}

/**
 * Turn PRD errors into the `err` of a Vite error payload: the first error gives the location
 * (absolute path, so the overlay links it to the editor); the message lists every error as
 * `file:line:col message`.
 * @param errors PRD errors of one run (at least one)
 * @param root project root the error files are relative to
 * @param readText reads a PRD for the code frame; return undefined when it cannot be read
 * @returns the `err` object for `{ type: 'error', err }`
 */
export function toViteError(
  errors: readonly PrdError[],
  root: string,
  readText: (file: string) => string | undefined,
): ErrorPayload['err'] {
  const first = errors[0];
  if (!first) throw new Error('toViteError needs at least one error');
  const file = path.resolve(root, first.file);
  const text = readText(file);
  const more = errors.length > 1 ? `\n(${errors.length - 1} more PRD error${errors.length > 2 ? 's' : ''})` : '';
  return {
    message: errors.map((e) => e.format()).join('\n') + more,
    // The overlay prints `stack` under the frame; a JS stack of the plugin would only mislead.
    stack: '',
    id: file,
    plugin: PLUGIN_NAME,
    pluginCode: first.code,
    loc: { file, line: first.line, column: first.column },
    frame: text === undefined ? '' : codeFrame(text, first.line, first.column),
  };
}

/**
 * The same shape for an unexpected failure (a bug, a disk error): no PRD location to give.
 * @param error what the run threw
 * @param root project root, for a `PrdError` thrown instead of returned
 * @returns the `err` object for `{ type: 'error', err }`
 */
export function toViteInternalError(error: unknown, root: string): ErrorPayload['err'] {
  if (isPrdError(error)) return toViteError([error], root, () => undefined);
  const err = error instanceof Error ? error : new Error(String(error));
  return { message: err.message, stack: err.stack ?? '', plugin: PLUGIN_NAME };
}
