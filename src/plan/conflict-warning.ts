import type { Conflict, PrdWarning } from '../types.js';

/**
 * A merge conflict as a warning located at its first PRD line, so every host prints it the way it
 * prints any other warning: `file:line:col message`. The message still names every line involved.
 * @param conflict what `mergeTasks` found
 */
export function conflictWarning(conflict: Conflict): PrdWarning {
  const at = conflict.sources[0];
  return { file: at?.file ?? '', line: at?.line ?? 1, column: 1, code: 'CONFLICT', message: conflict.message };
}
