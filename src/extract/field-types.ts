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

/** A type from a field's name when the PRD gives none (`total` → number, `placedAt` → string). */
export function inferFieldType(name: string): string {
  if (/^(?:is|has|can|should|allow)[A-Z_]|^(?:enabled|active|deleted|archived|verified|published|visible|read|done|completed|paid)$|(?:Enabled|Active|Flag)$/.test(name)) return 'boolean';
  if (/(?:^id$|Id$|_id$|Ids$|_ids$)/.test(name)) return /s$/.test(name) && !/^id$/.test(name) ? 'string[]' : 'string';
  if (/(?:At|_at|Date|_date|On|Time)$/.test(name)) return 'string';
  if (/(?:^|[a-z_])(?:count|total|amount|price|quantity|qty|number|age|size|score|rate|cost|balance|duration|year|index|rank|weight|height|width|limit|capacity|percentage|minutes|seconds|hours|days)$/i.test(name)) return 'number';
  return 'string';
}
