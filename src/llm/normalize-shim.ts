/**
 * Stand-ins for the normalisers `src/extract/` will export, so that model tasks get the same
 * canonical forms as heuristic ones. Replaced by re-exports once the extractor lands.
 */

const PARAM = /^(?::([A-Za-z_][A-Za-z0-9_]*)|\{([A-Za-z_][A-Za-z0-9_]*)\}|\[(?:\.\.\.)?([A-Za-z_][A-Za-z0-9_]*)\]|<([A-Za-z_][A-Za-z0-9_]*)>)$/;
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Canonical API path: no host, query or fragment, parameters written `:name`, no trailing slash.
 * @param path a path as a PRD or a model wrote it
 * @returns the canonical path, or undefined when it is not a usable path
 */
export function normalizeApiPath(path: string): string | undefined {
  let p = path.trim().replace(/^`|`$/g, '');
  const url = /^https?:\/\/[^/]+(\/.*)?$/i.exec(p);
  if (url) p = url[1] ?? '/';
  p = p.replace(/[?#].*$/, '').replace(/:$/, '');
  if (!p.startsWith('/')) return undefined;
  const segments = p.split('/').filter((s) => s !== '');
  const out: string[] = [];
  for (const segment of segments) {
    const param = PARAM.exec(segment);
    if (param) out.push(`:${param[1] ?? param[2] ?? param[3] ?? param[4]}`);
    else if (SEGMENT.test(segment) && segment !== '.' && segment !== '..') out.push(segment);
    else return undefined;
  }
  return '/' + out.join('/');
}

/** Canonical UI route; the same rules as API paths. */
export function normalizeRoute(route: string): string | undefined {
  return normalizeApiPath(route);
}

/**
 * PascalCase model name from what a PRD or a model wrote (`order_lines` → `OrderLines`).
 * @returns the name, or undefined when nothing identifier-like is left
 */
export function normalizeModelName(name: string): string | undefined {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(joined) ? joined : undefined;
}

const STRING = new Set(['string', 'str', 'text', 'uuid', 'id', 'date', 'datetime', 'timestamp', 'time', 'email', 'url', 'varchar', 'char', 'enum']);
const NUMBER = new Set(['number', 'int', 'integer', 'float', 'double', 'decimal', 'bigint', 'numeric', 'money', 'long', 'real']);
const BOOLEAN = new Set(['boolean', 'bool']);

/**
 * A field type from the closed set: string, number, boolean, unknown, a model name, or one of those with `[]`.
 * @param type what a PRD or a model wrote (`uuid`, `Int`, `String[]`, `List<Order>`)
 */
export function normalizeFieldType(type: string): string {
  let t = type.trim().replace(/[?!]$/, '');
  let array = false;
  const generic = /^(?:list|array|set)\s*<\s*(.+?)\s*>$/i.exec(t);
  if (generic) {
    t = generic[1]!;
    array = true;
  } else if (t.endsWith('[]')) {
    t = t.slice(0, -2);
    array = true;
  }
  const lower = t.toLowerCase().replace(/\(.*\)$/, '');
  let base: string;
  if (STRING.has(lower)) base = 'string';
  else if (NUMBER.has(lower)) base = 'number';
  else if (BOOLEAN.has(lower)) base = 'boolean';
  else if (/^[A-Z][A-Za-z0-9]*$/.test(t)) base = t;
  else base = 'unknown';
  return array ? `${base}[]` : base;
}
