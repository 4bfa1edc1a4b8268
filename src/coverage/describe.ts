import type { CoverageEntry, Place } from './types.js';

/** What an entry is about, in one line: `GET /api/orders`, `/orders`, `Order`, or the rule's text. */
export function entryLabel(e: CoverageEntry): string {
  if (e.kind === 'api') return `${e.method} ${e.path}`;
  if (e.kind === 'page') return e.path!;
  if (e.kind === 'model') return e.name!;
  return `[${e.level}] ${e.text}`;
}

/** `file:line` */
export function placeText(p: Place): string {
  return `${p.file}:${p.line}`;
}
