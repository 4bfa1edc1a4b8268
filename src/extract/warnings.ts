import type { PrdWarning, Task } from '../types.js';

/**
 * Warnings about the tasks of one PRD: an endpoint the PRD names without its HTTP method (and
 * gives no method anywhere else in the file) is listed in the manifest but left out of the typed
 * client; the warning says where it is and how to write it.
 * @param tasks the tasks `extractTasks` returned for one document
 */
export function extractWarnings(tasks: readonly Task[]): PrdWarning[] {
  const withMethod = new Set<string>();
  for (const t of tasks) if (t.kind === 'api' && t.methods.length > 0) withMethod.add(t.path);
  const warnings: PrdWarning[] = [];
  const warned = new Set<string>();
  for (const t of tasks) {
    if (t.kind !== 'api' || t.methods.length > 0 || withMethod.has(t.path) || warned.has(t.path)) continue;
    warned.add(t.path);
    const at = t.sources[0]!;
    warnings.push({
      file: at.file,
      line: at.line,
      column: 1,
      code: 'WNOMETHOD',
      message: `Endpoint ${t.path} has no HTTP method: it is listed in the manifest but left out of the typed client. Write the method before the path, e.g. \`POST ${t.path}\``,
    });
  }
  return warnings;
}
