import type { Task } from '../types.js';

/** Tasks serialised per piece: a few hundred KB of text, so writes stay few and the output is never one string. */
const BATCH = 512;
const OPEN = '{\n  "tasks": [\n';
const CLOSE = '\n  ]\n}';

/**
 * The text of `JSON.stringify({ tasks }, null, 2)` and a newline, in pieces to write one after
 * another: tens of MB of output for a large PRD set are never built as one string and then copied
 * again to be written. Each piece is that same call on a slice of the tasks, without its first and
 * last lines, so every task is serialised once, by `JSON.stringify` itself, at its own depth.
 */
export function* tasksJson(tasks: readonly Task[]): Generator<string> {
  if (tasks.length === 0) {
    yield '{\n  "tasks": []\n}\n';
    return;
  }
  for (let i = 0; i < tasks.length; i += BATCH) {
    const json = JSON.stringify({ tasks: tasks.slice(i, i + BATCH) }, null, 2);
    const body = json.slice(OPEN.length, json.length - CLOSE.length);
    yield `${i === 0 ? OPEN : ',\n'}${body}${i + BATCH >= tasks.length ? `${CLOSE}\n` : ''}`;
  }
}
