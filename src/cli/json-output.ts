import type { Task } from '../types.js';

/**
 * Tasks serialised per piece: about 110 KB of text, so the output is never one string and each
 * piece's string and bytes die young, before the heap grows to hold them. Whole processes, `extract
 * --json` to /dev/null, 7 pairs, medians, 256 against 4,096 a piece: peak RSS 235.9 against 245.3 MiB
 * on the 10 MB dense corpus (wall ×0.986), 201.8 against 206.7 MiB on the one 5 MB dense PRD (wall
 * ×0.976), 144.9 against 151.1 MiB on the 10 MB sparse corpus (wall ×0.994).
 */
export const TASKS_PER_PIECE = 256;
const OPEN = '{\n  "tasks": [\n';
const CLOSE = '\n  ]\n}';
const SEPARATOR = Buffer.from(',\n');
const END = Buffer.from(`${CLOSE}\n`);

/**
 * The UTF-8 bytes of `JSON.stringify({ tasks }, null, 2)` and a newline, in pieces to write one
 * after another: tens of MB of output for a large PRD set are never built as one string and then
 * copied again to be written. Each piece is that same call on a slice of the tasks, encoded once;
 * its first and last lines (ASCII, so bytes and characters agree) are cut off as a view, so every
 * task is serialised once, by `JSON.stringify` itself, at its own depth. Cutting the text instead
 * and joining it to its neighbours copied each piece twice more before it was encoded: 290–356 →
 * 166–232 ms for the one 5 MB dense PRD, in process.
 */
export function* tasksJson(tasks: readonly Task[]): Generator<Uint8Array> {
  if (tasks.length === 0) {
    yield Buffer.from('{\n  "tasks": []\n}\n');
    return;
  }
  for (let i = 0; i < tasks.length; i += TASKS_PER_PIECE) {
    const json = Buffer.from(JSON.stringify({ tasks: tasks.slice(i, i + TASKS_PER_PIECE) }, null, 2));
    if (i > 0) yield SEPARATOR;
    yield json.subarray(i === 0 ? 0 : OPEN.length, json.length - CLOSE.length);
    if (i + TASKS_PER_PIECE >= tasks.length) yield END;
  }
}
