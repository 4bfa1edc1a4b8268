import type { Task } from '../types.js';
import type { PromptUnit } from './compress.js';
import { nameKey } from './ground.js';
import { normalizeApiPath } from '../extract/index.js';

/**
 * `auto` mode asks the model only about units whose signal the heuristics left unexplained:
 * a route that is neither a heuristic API path nor a page route, or a defined model name that is
 * not a heuristic model.
 * @param units the document's prompt units
 * @param heuristic the heuristic tasks of the same document
 * @returns the units to send
 */
export function unexplainedUnits(units: readonly PromptUnit[], heuristic: readonly Task[]): PromptUnit[] {
  const routes = new Set<string>();
  const names = new Set<string>();
  for (const t of heuristic) {
    if (t.kind === 'api') routes.add(normalizeApiPath(t.path) ?? t.path);
    else if (t.kind === 'page') routes.add(normalizeApiPath(t.route) ?? t.route);
    else if (t.kind === 'model') names.add(nameKey(t.name));
  }
  return units.filter(
    (u) =>
      u.routes.some((r) => {
        const canonical = normalizeApiPath(r);
        return canonical !== undefined && !routes.has(canonical);
      }) || u.names.some((n) => !names.has(nameKey(n))),
  );
}
