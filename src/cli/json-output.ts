import type { Task } from '../types.js';

/** About how many characters a piece holds: large enough that writes stay few, small enough that the output is never one string. */
const PIECE = 1 << 16;
const INDENT = '    ';

/**
 * The text of `JSON.stringify({ tasks }, null, 2)` and a newline, in pieces to write one after
 * another. Each task is serialised once, at its depth: tens of MB of output for a large PRD set
 * are never built as one string and then copied again to be written.
 */
export function* tasksJson(tasks: readonly Task[]): Generator<string> {
  if (tasks.length === 0) {
    yield '{\n  "tasks": []\n}\n';
    return;
  }
  let piece = '{\n  "tasks": [\n';
  const last = tasks.length - 1;
  for (let i = 0; i <= last; i++) {
    // JSON strings hold no raw line breaks: every '\n' of the indented text starts a line to indent.
    piece += `${INDENT}${JSON.stringify(tasks[i], null, 2).replaceAll('\n', `\n${INDENT}`)}${i < last ? ',' : ''}\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}  ]\n}\n`;
}
