import type { ModelField } from '../types.js';

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
    const all = t.split('|').map((p) => p.trim());
    const nullable = all.some((p) => /^null$/i.test(p));
    const parts = all.filter((p) => p !== '' && !/^(?:null|undefined)$/i.test(p));
    let base: string;
    if (parts.length > 0 && parts.every((p) => /^(['"]).*\1$/.test(p))) base = literalUnion(parts.map((p) => p.slice(1, -1)));
    else if (parts.length > 0 && parts.every((p) => /^-?\d+(?:\.\d+)?$/.test(p))) base = 'number';
    else if (parts.length === 1) base = normalizeFieldType(parts[0]!);
    else {
      const mapped = [...new Set(parts.map((p) => normalizeFieldType(p)))];
      base = mapped.length === 1 ? mapped[0]! : 'unknown';
    }
    return nullable && base !== 'unknown' ? `${base} | null` : base;
  }
  if (/^(['"]).*\1$/.test(t)) return 'string';
  t = t.replace(/\s+(?:not null|null|primary key|unique|default\b.*|references\b.*|pk|fk|@.*)$/i, '').trim();
  if (STRING.test(t)) return 'string';
  if (NUMBER.test(t)) return 'number';
  if (BOOLEAN.test(t)) return 'boolean';
  if (UNKNOWN.test(t)) return 'unknown';
  if (/^[A-Z][A-Za-z0-9]*$/.test(t) && t.length <= 64) return t;
  return 'unknown';
}

/**
 * A union of string literals as TypeScript writes it: `"pending" | "approved"` (JSON quoting, so
 * any text is a valid literal). One member is just `string`; a list too long to be an enum is too.
 */
export function literalUnion(values: string[]): string {
  const members = [...new Set(values.map((v) => v.trim()).filter((v) => v !== '' && v.length <= 64))];
  if (members.length < 2 || members.length > 32) return 'string';
  return members.map((v) => JSON.stringify(v)).join(' | ');
}

/** What a field's notes say: its type (as written), optional, nullable. */
export interface FieldNotes {
  type?: string;
  optional: boolean;
  nullable: boolean;
}

const ENUM_NOTE = /^(?:enum(?:eration)?|one of|either|values?|allowed(?: values)?|uno de|um de|l'un de|eins von)\s*[:：]?\s*(.+)$/i;
const SLASH_LIST = /^[\p{L}\p{N}_-]+(?:\s*\/\s*[\p{L}\p{N}_-]+)+$/u;
const IGNORED_NOTE = /^(?:required|mandatory|unique|indexed|index|pk|fk|uk|primary key|foreign key|not null|read-?only|immutable|generated|auto(?:-?increment)?|serial|computed|(?:fk|references?|→|->)\b.*|.*\bkey\b.*)$/i;
const DEFAULT_NOTE = /^(?:default(?:s to)?|defaults?\s*[:=]?|por defecto|padrão)\s*[:=]?\s*(.+)$/i;

/**
 * Read the notes a PRD writes beside a field name, in parentheses or a type cell:
 * `(uuid)`, `(pending/approved/rejected)`, `(enum: A, B)`, `one of A, B`, `(text, nullable)`,
 * `(optional, user id)`, `(integer, default 1)`. An enum becomes a union of string literals, a
 * default gives its value's type when no type is written.
 */
export function readFieldNotes(notes: string): FieldNotes {
  const result: FieldNotes = { optional: false, nullable: false };
  let rest = notes.replace(/[`*]/g, '').trim();
  const enumNote = ENUM_NOTE.exec(rest) ?? /(?:^|[,;]\s*)(?:enum|one of)\s*[:：]?\s*(.+)$/i.exec(rest);
  if (enumNote) {
    const values = enumNote[1]!.split(/\s*(?:,|\/|\||\bor\b)\s*/).map((v) => v.replace(/^['"]|['"]$/g, '').replace(/[.)]+$/, ''));
    result.type = literalUnion(values);
    rest = rest.slice(0, enumNote.index);
  }
  let fallback: string | undefined;
  for (const raw of rest.split(/\s*[,;]\s*/)) {
    const part = raw.trim();
    if (part === '') continue;
    if (/^(?:optional|opcional|facultatif|optionnel)$/i.test(part)) result.optional = true;
    else if (/^(?:nullable|null|may be null|can be null|anulable)$/i.test(part)) result.nullable = true;
    else if (IGNORED_NOTE.test(part)) continue;
    else if (DEFAULT_NOTE.test(part)) fallback ??= valueType(DEFAULT_NOTE.exec(part)![1]!);
    else if (result.type === undefined && SLASH_LIST.test(part) && !BOOLEAN.test(part)) result.type = literalUnion(part.split('/'));
    else if (result.type === undefined) {
      // "user id", "ISO date": the last word of a phrase names the type.
      const word = normalizeFieldType(part) === 'unknown' && part.includes(' ') && !UNKNOWN.test(part) ? part.split(/\s+/).pop()! : part;
      if (normalizeFieldType(word) !== 'unknown' || UNKNOWN.test(word)) result.type = word;
    }
  }
  result.type ??= fallback;
  return result;
}

/** The type of a written value: `24` → number, `true` → boolean, `"x"` → string. */
function valueType(value: string): string | undefined {
  const v = value.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(v)) return 'number';
  if (/^(?:true|false)$/i.test(v)) return 'boolean';
  if (/^(['"]).*\1$/.test(v)) return 'string';
  return undefined;
}

/**
 * A field from its name and what the PRD writes about it: the written type with its notes applied,
 * or, when none is written, the type its name suggests (marked `inferred`), `| null` when nullable.
 */
export function notedField(name: string, notes: FieldNotes, optional: boolean): ModelField {
  const written = notedType(notes);
  if (written !== undefined) return { name, type: written, optional };
  const guessed = inferFieldType(name);
  return { name, type: notes.nullable ? `${guessed} | null` : guessed, optional, inferred: true };
}

/** A field type with its notes applied: normalised, `| null` when nullable. */
export function notedType(notes: FieldNotes): string | undefined {
  if (notes.type === undefined) return undefined;
  const t = notes.type.includes('"') ? notes.type : normalizeFieldType(notes.type);
  return notes.nullable && t !== 'unknown' && !t.endsWith('| null') ? `${t} | null` : t;
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
