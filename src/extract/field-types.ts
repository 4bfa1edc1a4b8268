const STRING = /^(?:string|str|text|varchar|nvarchar|char|character(?: varying)?|uuid|guid|email|url|uri|date|datetime|date-?time|timestamp|timestamptz|time|enum|id|objectid|cuid|citext|slug|phone|password|hash|ulid|iso ?8601|isodate|localdate|instant|zoneddatetime)(?:\s*\(.*\))?$/i;
const NUMBER = /^(?:number|num|int|integer|int2|int4|int8|smallint|bigint|tinyint|float|float4|float8|double(?: precision)?|decimal|numeric|real|money|currency|serial|bigserial|long|short|byte|u?int(?:8|16|32|64)|f(?:32|64)|percent(?:age)?|count)(?:\s*\(.*\))?$/i;
const BOOLEAN = /^(?:boolean|bool|bit|flag|yes\/no|true\/false)$/i;
const UNKNOWN = /^(?:json|jsonb|object|any|unknown|map|record|dict|dictionary|hash ?map|blob|bytea|bytes|binary|buffer|file|image|geometry|point|mixed)$/i;

/**
 * Map a PRD's type word to the closed set the generated code uses: `string`, `number`, `boolean`,
 * `unknown`, a model reference (a PascalCase identifier, checked against the models at render
 * time), or one of these followed by `[]`.
 * @param raw the type as written (`varchar(40)`, `Int?`, `string[]`, `List<Order>`, `'a' | 'b'`)
 */
export function normalizeFieldType(raw: string): string {
  let t = raw.trim().replace(/[`*]/g, '').replace(/[!?]+$/, '').trim();
  if (t === '') return 'unknown';
  const array =
    /^(?:array|list|set|vec|sequence)\s*<\s*(.+)\s*>$/i.exec(t) ??
    /^(.+?)\s*\[\s*\]$/.exec(t) ??
    /^(?:array|list) of\s+(.+)$/i.exec(t) ??
    /^\[\s*(.+?)\s*\]$/.exec(t);
  if (array) {
    const inner = normalizeFieldType(array[1]!);
    return inner.endsWith('[]') ? 'unknown[]' : `${inner}[]`;
  }
  if (t.includes('|')) {
    const parts = t.split('|').map((p) => p.trim()).filter((p) => p !== '' && !/^(?:null|undefined)$/i.test(p));
    if (parts.length > 0 && parts.every((p) => /^(['"]).*\1$/.test(p))) return 'string';
    if (parts.length > 0 && parts.every((p) => /^-?\d+(?:\.\d+)?$/.test(p))) return 'number';
    if (parts.length === 1) return normalizeFieldType(parts[0]!);
    const mapped = [...new Set(parts.map((p) => normalizeFieldType(p)))];
    return mapped.length === 1 ? mapped[0]! : 'unknown';
  }
  t = t.replace(/\s+(?:not null|null|primary key|unique|default\b.*|references\b.*|pk|fk|@.*)$/i, '').trim();
  if (STRING.test(t)) return 'string';
  if (NUMBER.test(t)) return 'number';
  if (BOOLEAN.test(t)) return 'boolean';
  if (UNKNOWN.test(t)) return 'unknown';
  if (/^[A-Z][A-Za-z0-9]*$/.test(t) && t.length <= 64) return t;
  return 'unknown';
}

const NUMBER_WORDS = new Set('count total amount price quantity qty number num age size score rate cost balance duration year index rank weight height width length limit capacity percentage percent minutes seconds hours days months ms latitude longitude lat lng lon position order sort priority version cents'.split(' '));
const BOOLEAN_WORDS = new Set('enabled disabled active visible hidden complete completed verified deleted archived published public private required approved paid done read locked blocked default primary'.split(' '));

/** A type from a field's name when the PRD gives none (`total` → number, `placedAt` → string, `isActive` → boolean). */
export function inferFieldType(name: string): string {
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  if (/^(?:is|has|can|should|allow|allows)$/.test(first) && parts.length > 1) return 'boolean';
  if (BOOLEAN_WORDS.has(last)) return 'boolean';
  if (last === 'ids') return 'string[]';
  if (last === 'id' || last === 'uuid' || last === 'key') return 'string';
  if (/^(?:at|date|on|time|timestamp)$/.test(last) && parts.length > 1) return 'string';
  if (NUMBER_WORDS.has(last) && !(last === 'number' && parts.length > 1 && /^(?:phone|account|card|tax|vat|order|serial|employee|invoice|reference|ref)$/.test(parts[parts.length - 2]!))) return 'number';
  return 'string';
}
