import type { ApiBody, HttpMethod } from '../types.js';

/** What each method of an endpoint takes and returns. */
export type ApiBodies = Partial<Record<HttpMethod, ApiBody>>;

/** `Order`, `Order[]`, `[Order]`, `list of Order`, `an array of Orders`, `Array<Order>`: a model name, `[]` for a list. */
const LIST_OF = /^(?:(?:a|an|the)\s+)?(?:list|array|collection|page|set)\s+of\s+(?:(?:the|all)\s+)?([A-Z][A-Za-z0-9]*)$/i;
const MODEL = /^[A-Z][A-Za-z0-9]{0,63}$/;
const WRAPPED = /^(?:Array|List)<\s*([A-Z][A-Za-z0-9]*)\s*>$|^\[\s*([A-Z][A-Za-z0-9]*)\s*\]$|^([A-Z][A-Za-z0-9]*)\[\]$/;

/**
 * A body type as a cell or phrase writes it, or undefined when it names no model (`JSON`,
 * `204 No Content`, a sentence). Plural model names in a list phrase are made singular.
 */
export function bodyType(raw: string): string | undefined {
  const t = raw.replace(/[`*_]/g, '').trim().replace(/\.$/, '');
  if (t === '' || /^(?:json|none|void|empty|no content|n\/a|-|—|object|string|text|html|id)$/i.test(t)) return undefined;
  const wrapped = WRAPPED.exec(t);
  if (wrapped) return `${wrapped[1] ?? wrapped[2] ?? wrapped[3]}[]`;
  const list = LIST_OF.exec(t);
  if (list) return `${singular(list[1]!)}[]`;
  return MODEL.test(t) && !/^[A-Z]+$/.test(t) ? t : undefined;
}

function singular(name: string): string {
  return name.length > 3 && name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name;
}
