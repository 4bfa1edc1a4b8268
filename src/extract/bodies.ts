import type { ApiBody, ApiStatus, HttpMethod } from '../types.js';

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

/**
 * An HTTP status code in a sentence: "returns 409", "responds with a 404", "fails with status 422",
 * "409 Conflict", and a code that opens a clause with its condition ("404 if not found", "…, or 409 on overlap"). Shared by the extractor (an endpoint's own description) and the QA cases (rules).
 */
export const STATUS = /\b(?:return(?:s|ed|ing)?|respond(?:s|ed|ing)?(?:\s+with)?|answer(?:s|ed)?(?:\s+with)?|fail(?:s|ed)?\s+with|reject(?:s|ed)?\s+with|status(?:\s+code)?|http|error|code|with)\s+(?:an?\s+|the\s+)?(?:http\s+|status\s+)?([1-5]\d\d)\b|\b([1-5]\d\d)\s+(?:ok|created|accepted|no content|bad request|unauthori[sz]ed|forbidden|not found|conflict|gone|unprocessable|too many|internal|service unavailable)\b|(?:^|[,;(:]\s*|\b(?:or|and|else|otherwise)\s+)([245]\d\d)\s+(?:if|when|on|for|unless)\b/gi;

/** The codes of a text, each once: a sentence can state several ("Returns 400 or 422 when …"). */
export function statusCodes(text: string): number[] {
  if (!/[1-5]\d\d/.test(text)) return [];
  return [...new Set(Array.from(text.matchAll(STATUS), (m) => Number(m[1] ?? m[2] ?? m[3])))];
}

/** Longest sentence kept with a status. */
const STATUS_TEXT = 200;

/** The status codes an endpoint's description states, each with its sentence ("Returns 404 if the booking is unknown."). */
export function statusesOf(text: string): ApiStatus[] {
  if (!/[1-5]\d\d/.test(text)) return [];
  const out: ApiStatus[] = [];
  for (const raw of text.split(/(?<=[.;!?])\s+/)) {
    const sentence = raw.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
    const clipped = sentence.length > STATUS_TEXT ? `${sentence.slice(0, STATUS_TEXT - 1)}…` : sentence;
    for (const code of statusCodes(sentence)) if (!out.some((s) => s.code === code)) out.push({ code, text: clipped });
  }
  return out;
}

/** Each method's body with the description's statuses added; undefined when there is nothing to say. */
export function withStatuses(bodies: ApiBodies | undefined, methods: readonly HttpMethod[], statuses: ApiStatus[]): ApiBodies | undefined {
  if (statuses.length === 0) return bodies;
  const out: ApiBodies = {};
  for (const m of methods) out[m] = { ...bodies?.[m], statuses };
  return out;
}
