import type { ModelField } from '../types.js';
import type { SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';
import { listOf, literalUnion } from './field-types.js';
import { normalizeModelName, shapesCall } from './names.js';

/**
 * `export const DraftReply = z.object({`, `const UserSchema: z.ZodType<User> = z.object({`: a zod
 * schema opening on its line; `export const Cafe = Type.Object({`: a TypeBox one.
 */
const ZOD_OPEN = /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:z\.object|Type\.Object)\(\s*\{\s*$/;
/** A property of the object: its name and the expression after the colon. */
const ZOD_FIELD = /^\s*([A-Za-z_$][\w$]*)\s*:\s*(.+?)\s*,?\s*(?:\/\/.*)?$/;
/** `z.string()`, `z.enum([`: the start of a zod call. */
const ZOD_CALL = /^z\.(\w+)\(/;
/** A schema referred to by name (`AuthorSchema`, `Author`), maybe with calls after it. */
const SCHEMA_REF = /^([A-Z][\w$]*)(?=\s*(?:\.|$))/;
const ZOD_STRING = new Set(['string', 'date', 'uuid', 'email', 'url', 'iso', 'cuid', 'cuid2', 'ulid', 'datetime']);
const ZOD_NUMBER = new Set(['number', 'bigint', 'int', 'nan']);

/** Does a code block hold a zod or TypeBox object schema? */
export function mayContainZod(value: string): boolean {
  return value.includes('z.object(') || value.includes('Type.Object(');
}

/**
 * Models a block declares as zod object schemas, as TypeScript projects write them in a PRD:
 * `export const DraftReply = z.object({ id: z.string().uuid(), status: z.enum(["a", "b"]), … })`.
 * A `Schema` suffix is no part of the model's name; a nested object is a field of type `unknown`
 * whose own properties are not the model's.
 */
export function readZodSchemas(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  let current: { name: string; line: number; fields: ModelField[]; names: Set<string> } | undefined;
  // Brackets opened by a property that spans lines (a nested object, an enum list), and the lines it has so far.
  let depth = 0;
  let spanning: string[] = [];
  lines.forEach((text, i) => {
    if (!current) {
      const m = ZOD_OPEN.exec(text);
      const name = m ? normalizeModelName(m[1]!.replace(/Schema$/, '') || m[1]!) : undefined;
      if (name) current = { name, line: firstLine + i, fields: [], names: new Set() };
      depth = 0;
      return;
    }
    if (depth > 0) {
      depth += balance(text);
      if (spanning.length > 0) spanning.push(text.replace(/\/\/.*$/, '').trim());
      // A TypeBox property written over several lines (`status: Type.Union([` … `]),`) is read as one line.
      if (depth <= 0 && spanning.length > 0) {
        const f = zodField(spanning.join(' '));
        if (f) current.fields[current.fields.length - 1] = f;
        spanning = [];
      }
      return;
    }
    if (/^\s*\}\s*\)/.test(text)) {
      // `CreateRecipeInput = z.object(…)` validates a call's body: no record of its own.
      if (!shapesCall(current.name)) out.model(ctx, current.line, current.name, current.fields);
      current = undefined;
      return;
    }
    const open = balance(text);
    if (open > 0) {
      // `meta: z.object({` over several lines: a field whose shape is its own.
      const m = /^\s*([A-Za-z_$][\w$]*)\s*:/.exec(text);
      if (m && !current.names.has(m[1]!)) {
        current.names.add(m[1]!);
        current.fields.push({ name: m[1]!, type: text.includes('z.enum(') ? 'string' : text.includes('z.array(') ? 'unknown[]' : 'unknown', optional: false });
        if (TYPEBOX_SPANNING.test(text)) spanning = [text.replace(/\/\/.*$/, '').trim()];
      }
      depth = open;
      return;
    }
    const f = zodField(text);
    if (f && !current.names.has(f.name)) {
      current.names.add(f.name);
      current.fields.push(f);
    }
  });
  if (current && !shapesCall(current.name)) out.model(ctx, current.line, current.name, current.fields);
}

/** Opening minus closing brackets of a line, outside quotes. */
function balance(text: string): number {
  let n = 0;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') n++;
    else if (ch === ')' || ch === ']' || ch === '}') n--;
  }
  return n;
}

/** A TypeBox property that spans lines and is still one type: a union or a list, not an object of its own. */
const TYPEBOX_SPANNING = /:\s*Type\.(?:Optional\(\s*Type\.)?(?:Union|Array)\(/;

/** One property line: `status: z.enum(["generated", "sent"]),`, `editedBody: z.string().nullable(),`, `cycles: Type.Integer(),`. */
function zodField(line: string): ModelField | undefined {
  const m = ZOD_FIELD.exec(line);
  if (!m) return undefined;
  if (m[2]!.startsWith('Type.')) return typeboxField(m[1]!, m[2]!);
  const expr = m[2]!;
  const type = zodType(expr);
  if (type === undefined) return undefined;
  const nullable = /\.(?:nullable|nullish)\(\)/.test(expr);
  const optional = /\.(?:optional|nullish)\(\)/.test(expr);
  return { name: m[1]!, type: nullable && type !== 'unknown' ? `${type} | null` : type, optional };
}

/**
 * The type of a zod expression: `z.string()…` string, `z.number()` number, `z.enum([…])` a union of
 * its values, `z.array(x)` or `x.array()` a list, a schema's name that model. Undefined when the
 * expression is no zod at all.
 */
function zodType(written: string): string | undefined {
  // `z.coerce.number()` is `z.number()` that converts its input first.
  const expr = written.startsWith('z.coerce.') ? `z.${written.slice(9)}` : written;
  const call = ZOD_CALL.exec(expr);
  if (!call) {
    const ref = SCHEMA_REF.exec(expr);
    if (!ref) return undefined;
    const name = normalizeModelName(ref[1]!.replace(/Schema$/, '') || ref[1]!) ?? 'unknown';
    return /\.array\(\)/.test(expr) ? `${name}[]` : name;
  }
  const args = argsOf(expr, call[0].length);
  const rest = expr.slice(call[0].length + args.length + 1);
  const kind = call[1]!;
  let type: string;
  if (ZOD_STRING.has(kind)) type = 'string';
  else if (ZOD_NUMBER.has(kind)) type = 'number';
  else if (kind === 'boolean') type = 'boolean';
  else if (kind === 'enum' || kind === 'literal' || kind === 'union') {
    const values = [...args.matchAll(/["']([^"'\n]*)["']/g)].map((v) => v[1]!);
    type = kind === 'literal' && values.length === 0 ? (/^\s*-?\d/.test(args) ? 'number' : 'boolean') : values.length > 0 && (kind !== 'union' || !args.includes('z.') || /^\s*\[\s*(?:z\.literal\([^)]*\)\s*,?\s*)+\]\s*$/.test(args)) ? literalUnion(values) : 'unknown';
  } else if (kind === 'array') type = listOf(zodType(args.trim()) ?? 'unknown').replace(/^unknown\[\]\[\]$/, 'unknown[]');
  else type = 'unknown';
  return /^\.array\(\)/.test(rest) || /\)\.array\(\)/.test(rest) ? listOf(type) : type;
}

/** A TypeBox property: `Type.Optional(x)` is optional, a union with `Type.Null()` nullable. */
function typeboxField(name: string, expr: string): ModelField | undefined {
  const optional = /^Type\.Optional\(/.test(expr);
  const type = typeboxType(optional ? argsOf(expr, 14).trim() : expr);
  return type === undefined ? undefined : { name, type, optional };
}

/** TypeBox's kinds of value by the type each is. */
const TYPEBOX_KINDS: Record<string, string> = { String: 'string', Integer: 'number', Number: 'number', BigInt: 'number', Boolean: 'boolean', Null: 'null', Date: 'string', Any: 'unknown', Unknown: 'unknown', Object: 'unknown', Record: 'unknown' };

/**
 * The type of a TypeBox expression: `Type.String({ format: "uuid" })` string, `Type.Integer()`
 * number, `Type.Literal("held")` that value, `Type.Union([…])` its members (string literals only: a
 * union of them), `Type.Array(x)` a list, `Type.Ref(Cafe)` or a schema's name that model. Undefined
 * when it is no TypeBox.
 */
function typeboxType(expr: string): string | undefined {
  const call = /^Type\.(\w+)\(/.exec(expr);
  if (!call) {
    const ref = SCHEMA_REF.exec(expr);
    return ref ? normalizeModelName(ref[1]!.replace(/Schema$/, '') || ref[1]!) : undefined;
  }
  const args = argsOf(expr, call[0].length).trim();
  const kind = call[1]!;
  if (kind === 'Literal') return /^["']/.test(args) ? JSON.stringify(args.slice(1, -1)) : /^-?\d/.test(args) ? 'number' : 'boolean';
  if (kind === 'Array') return `${typeboxType(args) ?? 'unknown'}[]`;
  if (kind === 'Ref') return typeboxType(args);
  if (kind === 'Union' && args.startsWith('[')) {
    const members = topLevel(args.slice(1, args.lastIndexOf(']'))).map((m) => typeboxType(m) ?? 'unknown');
    const literals = members.filter((m) => m.startsWith('"'));
    const rest = [...new Set(members.filter((m) => !m.startsWith('"')))];
    const head = literals.length > 0 ? literalUnion(literals.map((l) => JSON.parse(l) as string)) : undefined;
    return [...(head !== undefined ? [head] : []), ...rest].join(' | ') || 'unknown';
  }
  return TYPEBOX_KINDS[kind] ?? 'unknown';
}

/** The comma-separated items of a list, at its own level only (`Type.String(), Type.Literal("a")`). */
function topLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(list.slice(from).trim());
  return out.filter((m) => m !== '');
}

/** The text between a call's opening parenthesis (at `from`) and its matching close. */
function argsOf(expr: string, from: number): string {
  let depth = 1;
  for (let i = from; i < expr.length; i++) {
    const ch = expr[i];
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (depth === 0) return expr.slice(from, i);
  }
  return expr.slice(from);
}
