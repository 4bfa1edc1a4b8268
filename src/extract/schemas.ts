import type { ModelField } from '../types.js';
import type { SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';
import { literalUnion, normalizeFieldType } from './field-types.js';

/**
 * Tables as web frameworks declare them in code: a Rails migration's `create_table`, a Laravel
 * migration's `Schema::create`, an Ecto `schema`, a Mongoose `Schema` and a Sequelize model. Each
 * table or schema is one model; a column's type is mapped to the closed set of field types, an
 * inline enum to the union of its values, and what the framework says of null to `| null`.
 */

/** A column type word of Rails, Laravel, Ecto, Mongoose or Sequelize, as a field type. */
function columnType(word: string): string {
  const w = word.replace(/^(?:DataTypes|Sequelize|Schema\.Types|mongoose\.Schema\.Types|mongoose\.Types|Types|Ecto)\./, '').replace(/\(.*\)$/, '');
  if (/^(?:string|text|citext|uuid|char|varchar|binary_id|email|url|ipaddress|macaddress|inet|objectid|mediumtext|longtext|tinytext|ulid|date|datetime|datetimetz|time|timetz|timestamp|timestamptz|timestamps?|naive_datetime|naive_datetime_usec|utc_datetime|utc_datetime_usec|year)$/i.test(w)) return 'string';
  if (/^(?:integer|int|bigint|biginteger|smallint|smallinteger|tinyint|tinyinteger|mediuminteger|unsignedbiginteger|unsignedinteger|unsignedsmallinteger|unsignedtinyinteger|float|double|decimal|unsigneddecimal|numeric|real|number|id|increments|bigincrements|foreignid|serial|bigserial)$/i.test(w)) return 'number';
  if (/^(?:boolean|bool)$/i.test(w)) return 'boolean';
  return normalizeFieldType(w);
}

/** `enum status: { draft: 0, sent: 1 }`, `enum :status, [:draft, :sent]`, `enum :status, { draft: "draft" }`: a Rails enum, the column in group 1 or 2, its values in group 3. */
const RAILS_ENUM = /^\s*enum\s+(?:(\w+):|:(\w+)\s*,)\s*([[{][^\]}]*[\]}])/;

/** The enums a Rails model declares, by column, each as the union of its keys (the values the app reads and writes). */
export function railsEnums(lines: string[]): Map<string, string> {
  const enums = new Map<string, string>();
  for (const line of lines) {
    const m = line.includes('enum') ? RAILS_ENUM.exec(line) : null;
    if (!m) continue;
    const values = [...m[3]!.matchAll(/(?:^|[[{,])\s*:?["']?(\w+)["']?(?=\s*(?::(?!:)|=>|,|[\]}]))/g)].map((v) => v[1]!);
    if (values.length >= 2) enums.set((m[1] ?? m[2])!, literalUnion(values));
  }
  return enums;
}

/** `class Manuscript < ApplicationRecord`: a Rails model's class, its name (maybe in a module, `Shop::Order`) in group 2. */
const RAILS_MODEL_CLASS = /^(\s*)class\s+((?:[A-Z]\w*::)*[A-Z]\w*)\s*<\s*(?:ApplicationRecord|ActiveRecord::Base)\b/;

/** The brackets a line opens less those it closes. */
function netBrackets(text: string): number {
  let n = 0;
  for (const ch of text) n += ch === '{' || ch === '[' ? 1 : ch === '}' || ch === ']' ? -1 : 0;
  return n;
}

/** The table Rails gives a model by convention: its name in snake case, plural (`Review` → `reviews`, `WorkCategory` → `work_categories`). */
function railsTable(model: string): string {
  const snake = model.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (/[^aeiou]y$/.test(snake)) return `${snake.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(snake)) return `${snake}es`;
  return `${snake}s`;
}

/**
 * The enums the Rails models of a PRD declare, wherever they stand (the migration that creates the
 * column is often quoted in another block): `enum :status, { submitted: "submitted", … }` in `class
 * Manuscript < ApplicationRecord`, an enum's hash going on over the lines up to its closing bracket
 * (8 at most). Keyed `table.column`, the table named as Rails names a model's (see railsTable).
 */
export function railsModelEnums(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!text.includes('enum') || !(text.includes('ApplicationRecord') || text.includes('ActiveRecord::Base'))) return found;
  const lines = text.split('\n');
  let model: { name: string; indent: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const head = line.includes('class') ? RAILS_MODEL_CLASS.exec(line) : null;
    if (head) {
      model = { name: railsTable(head[2]!.split('::').pop()!), indent: head[1]!.length };
      continue;
    }
    if (!model) continue;
    if (/^\s*end\b/.test(line) && line.length - line.trimStart().length <= model.indent) {
      model = undefined;
      continue;
    }
    if (!/^\s*enum\b/.test(line)) continue;
    let joined = line;
    let depth = netBrackets(line);
    for (let j = i + 1; depth > 0 && j < lines.length && j <= i + 8; j++) {
      joined += ` ${lines[j]!.trim()}`;
      depth += netBrackets(lines[j]!);
    }
    for (const [column, union] of railsEnums([joined])) found.set(`${model.name}.${column}`, union);
  }
  return found;
}

/** `create_table :invoices do |t|`, `create_table "line_items", id: :uuid do |t|`: the table in group 1. */
const RAILS_TABLE = /^\s*create_table\s+[:"']([A-Za-z_]\w*)["']?(?:[^d\n]|d(?!o\s*\|))*do\s*\|\s*(\w+)\s*\|\s*$/;
/** `t.string :number, null: false`, `t.references :customer, type: :uuid`: the type in group 2, the column in group 3, the options in group 4. */
const RAILS_COLUMN = /^\s*(\w+)\.([a-z_]+)\s+[:"']([A-Za-z_]\w*)["']?\s*(?:,([^#]*))?(?:#.*)?$/;

/**
 * The tables of a Rails migration (`create_table :invoices do |t|` … `end`): a column without
 * `null: false` may hold null, as in the database; `t.references :customer` is `customer_id`,
 * `t.timestamps` gives `created_at` and `updated_at`, `array: true` a list.
 * @param enums the enums of the block, by column
 * @param modelEnums the enums the PRD's model classes declare, by `table.column` (see railsModelEnums)
 * @returns whether the block created a table
 */
export function readRailsMigration(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector, enums: ReadonlyMap<string, string> = new Map(), modelEnums: ReadonlyMap<string, string> = new Map()): boolean {
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const table = RAILS_TABLE.exec(lines[i]!);
    if (!table) continue;
    const fields: ModelField[] = [{ name: 'id', type: /\bid:\s*:uuid\b/.test(lines[i]!) ? 'string' : 'number', optional: false }];
    if (/\bid:\s*false\b/.test(lines[i]!)) fields.pop();
    const fieldLines = fields.map(() => firstLine + i);
    // The enums its model's class declares in another block: `manuscripts.status` for `class Manuscript`.
    const model = modelEnums.size > 0 ? table[1]! : undefined;
    let j = i + 1;
    for (; j < lines.length && !/^\s*end\b/.test(lines[j]!); j++) {
      const text = lines[j]!;
      if (new RegExp(`^\\s*${table[2]}\\.timestamps\\b`).test(text)) {
        for (const name of ['created_at', 'updated_at']) {
          fields.push({ name, type: 'string', optional: false });
          fieldLines.push(firstLine + j);
        }
        continue;
      }
      const c = RAILS_COLUMN.exec(text);
      if (!c || c[1] !== table[2] || c[2] === 'index') continue;
      const options = c[4] ?? '';
      const reference = /^(?:references|belongs_to)$/.test(c[2]!);
      const name = reference ? `${c[3]}_id` : c[3]!;
      let type = reference ? (/\btype:\s*:uuid\b/.test(options) ? 'string' : 'number') : (enums.get(name) ?? (model !== undefined ? modelEnums.get(`${model}.${name}`) : undefined) ?? (c[2] === 'column' ? columnType(/^\s*:(\w+)/.exec(options)?.[1] ?? '') : columnType(c[2]!)));
      if (/\barray:\s*true\b/.test(options)) type = type === 'unknown' ? 'unknown[]' : `${type}[]`;
      const required = /\bnull:\s*false\b/.test(options);
      fields.push({ name, type: required || type === 'unknown' ? type : `${type} | null`, optional: false });
      fieldLines.push(firstLine + j);
    }
    out.model(ctx, firstLine + i, table[1]!, fields, fieldLines);
    found = true;
    i = j;
  }
  return found;
}

/**
 * The fields of one table as a migration's column calls give them, each with its block line: `add`
 * keeps the first column of a name (a `timestamps()` call after an explicit `created_at` adds none).
 */
function tableFields(firstLine: number): { fields: ModelField[]; fieldLines: number[]; add: (name: string, type: string, line: number) => void } {
  const fields: ModelField[] = [];
  const fieldLines: number[] = [];
  const add = (name: string, type: string, line: number) => {
    if (fields.some((f) => f.name === name)) return;
    fields.push({ name, type, optional: false });
    fieldLines.push(firstLine + line);
  };
  return { fields, fieldLines, add };
}

/** `Schema::create('tickets', function (Blueprint $table) {`: the table in group 1, the variable in group 2. */
const LARAVEL_TABLE = /Schema::create\(\s*['"]([A-Za-z_]\w*)['"]\s*,\s*(?:static\s+)?(?:function\s*\(\s*(?:Blueprint\s+)?\$(\w+)\s*\)|fn\s*\(\s*(?:Blueprint\s+)?\$(\w+)\s*\)\s*=>)/;
/** `$table->string('title', 120)->nullable();`: the method in group 1, its arguments in group 2, the calls after it in group 3. */
const LARAVEL_COLUMN = /^\s*\$(\w+)->(\w+)\(/;

/**
 * The tables of a Laravel migration (`Schema::create('tickets', function (Blueprint $table) {`):
 * a column is not null unless `->nullable()` says so; `$table->id()` is `id`, `timestamps()` and
 * `softDeletes()` their nullable columns, `enum('priority', ['low', 'high'])` the union.
 */
export function readLaravelMigration(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): boolean {
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const table = LARAVEL_TABLE.exec(lines[i]!);
    if (!table) continue;
    const variable = table[2] ?? table[3]!;
    const { fields, fieldLines, add } = tableFields(firstLine);
    let j = i + 1;
    for (; j < lines.length && !/^\s*\}\s*\)\s*;/.test(lines[j]!); j++) {
      const c = columnCall(LARAVEL_COLUMN, lines[j]!);
      if (!c || c[1] !== variable) continue;
      const method = c[2]!;
      const args = c[3]!;
      const nullable = /->nullable\(\s*(?:true)?\s*\)/.test(c[4]!);
      if (method === 'timestamps' || method === 'timestampsTz' || method === 'nullableTimestamps') {
        add('created_at', 'string | null', j);
        add('updated_at', 'string | null', j);
        continue;
      }
      if (method === 'softDeletes' || method === 'softDeletesTz') {
        add('deleted_at', 'string | null', j);
        continue;
      }
      if (method === 'id' || method === 'increments' || method === 'bigIncrements') {
        add(/^\s*['"](\w+)['"]/.exec(args)?.[1] ?? 'id', 'number', j);
        continue;
      }
      const name = /^\s*['"](\w+)['"]/.exec(args)?.[1];
      if (!name || /^(?:index|unique|primary|foreign|dropColumn|renameColumn|rememberToken|morphs|nullableMorphs)$/.test(method)) continue;
      let type: string;
      if (method === 'enum' || method === 'set') {
        const values = [...(/\[([^\]]*)\]/.exec(args)?.[1] ?? '').matchAll(/['"]([^'"]*)['"]/g)].map((v) => v[1]!);
        type = method === 'set' ? 'string[]' : literalUnion(values);
      } else if (/^(?:json|jsonb)$/.test(method)) type = 'unknown';
      else if (/^(?:foreignUuid|foreignUlid)$/.test(method)) type = 'string';
      else type = columnType(method);
      add(name, nullable && type !== 'unknown' ? `${type} | null` : type, j);
    }
    out.model(ctx, firstLine + i, table[1]!, fields, fieldLines);
    found = true;
    i = j;
  }
  return found;
}

/** `schema "posts" do`, `embedded_schema do` after `defmodule Blog.Post do`: the source in group 1. */
const ECTO_SCHEMA = /^\s*schema\s+"([A-Za-z_]\w*)"\s+do\s*$/;
/** `field :status, Ecto.Enum, values: [:draft, :published]`: the name in group 1, the type in group 2, the options in group 3. */
const ECTO_FIELD = /^\s*field\s+:(\w+)\s*(?:,\s*(\{[^}]*\}|[\w.]+|:\w+))?\s*(?:,([^#]*))?(?:#.*)?$/;

/**
 * The schemas of Ecto (`schema "posts" do` … `end`): `field :title, :string`, an `Ecto.Enum` the
 * union of its `values:`, `belongs_to :author, User` the model it points at, `timestamps()` its two
 * columns. Ecto fields may be nil unless validated: the types are left as written.
 */
export function readEctoSchemas(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): boolean {
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    const schema = ECTO_SCHEMA.exec(lines[i]!);
    if (!schema) continue;
    const fields: ModelField[] = [];
    const fieldLines: number[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*end\b/.test(lines[j]!); j++) {
      const text = lines[j]!;
      if (/^\s*timestamps\b/.test(text)) {
        for (const name of ['inserted_at', 'updated_at']) {
          fields.push({ name, type: 'string', optional: false });
          fieldLines.push(firstLine + j);
        }
        continue;
      }
      const relation = /^\s*(belongs_to|has_many|has_one|many_to_many)\s+:(\w+)\s*,\s*([A-Z][\w.]*)/.exec(text);
      if (relation) {
        const model = relation[3]!.split('.').pop()!;
        fields.push({ name: relation[2]!, type: /^(?:has_many|many_to_many)$/.test(relation[1]!) ? `${model}[]` : model, optional: false });
        fieldLines.push(firstLine + j);
        continue;
      }
      const f = ECTO_FIELD.exec(text);
      if (!f) continue;
      const written = (f[2] ?? ':string').replace(/^:/, '');
      let type: string;
      if (written === 'Ecto.Enum') type = literalUnion([...(/values:\s*\[([^\]]*)\]/.exec(f[3] ?? '')?.[1] ?? '').matchAll(/:(\w+)/g)].map((v) => v[1]!));
      else if (written.startsWith('{')) {
        const inner = /^\{\s*:array\s*,\s*:?(\w+)\s*\}$/.exec(written);
        type = inner ? `${columnType(inner[1]!)}[]` : 'unknown';
      } else type = /^(?:map|json|jsonb)$/.test(written) ? 'unknown' : columnType(written);
      fields.push({ name: f[1]!, type, optional: false });
      fieldLines.push(firstLine + j);
    }
    out.model(ctx, firstLine + i, schema[1]!, fields, fieldLines);
    found = true;
    i = j;
  }
  return found;
}

/** A JavaScript object literal's entries at its top level, as `[key, value text]`, from the `{` at `open`; undefined when it does not close. */
function objectEntries(text: string, open: number): { entries: Array<[string, string]>; end: number } | undefined {
  const entries: Array<[string, string]> = [];
  let depth = 0;
  let start = open + 1;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === '{' || c === '[' || c === '(') depth++;
    else if (c === '}' || c === ']' || c === ')') {
      depth--;
      if (depth === 0) {
        const last = entry(text.slice(start, i));
        if (last) entries.push(last);
        return { entries, end: i };
      }
    } else if (c === ',' && depth === 1) {
      const e = entry(text.slice(start, i));
      if (e) entries.push(e);
      start = i + 1;
    }
  }
  return undefined;
}

/** `key: value` (the key maybe quoted) of an object literal's entry. */
function entry(raw: string): [string, string] | undefined {
  const m = /^\s*(?:\/\/[^\n]*\n\s*)*(?:(['"])([^'"\n]+)\1|([A-Za-z_$][\w$]*))[ \t]*:([\s\S]*)$/.exec(raw);
  return m ? [(m[2] ?? m[3])!, m[4]!.trim()] : undefined;
}

/** The text of one key of an object literal's value (`{ type: String, required: true }` → `String` for `type`). */
function keyOf(value: string, key: string): string | undefined {
  if (!value.startsWith('{')) return undefined;
  return objectEntries(value, 0)?.entries.find(([k]) => k === key)?.[1];
}

/** The quoted strings of an array literal or call's arguments: `['open', 'paid']`, `ENUM('a', 'b')`. */
function quoted(text: string): string[] {
  return [...text.matchAll(/(['"])([^'"\n]*)\1/g)].map((v) => v[2]!);
}

/** A Mongoose or Sequelize type (`String`, `Schema.Types.ObjectId`, `DataTypes.STRING(40)`, `DataTypes.ENUM('a', 'b')`, `[String]`), as a field type. */
function jsSchemaType(raw: string): string {
  const t = raw.trim();
  const list = /^\[([\s\S]*)\]$/.exec(t) ?? /^(?:DataTypes|Sequelize)\.ARRAY\(([\s\S]*)\)$/.exec(t);
  if (list) {
    const member = list[1]!.trim();
    const inner = member.startsWith('{') ? jsFieldType(member) : jsSchemaType(member);
    return inner === '' || inner.endsWith('[]') || inner.includes('|') ? 'unknown[]' : `${inner}[]`;
  }
  const enumCall = /^(?:DataTypes|Sequelize)\.ENUM\(([\s\S]*)\)$/.exec(t);
  if (enumCall) return literalUnion(quoted(enumCall[1]!));
  const name = t.replace(/\(.*\)$/s, '').split('.').pop()!;
  if (/^(?:ObjectId|UUID|UUIDV4|UUIDV1|DATEONLY|CHAR|TEXT|CITEXT|STRING)$/i.test(name)) return 'string';
  if (/^(?:Decimal128|BigInt|Double|Int32)$/.test(name)) return 'number';
  if (/^(?:Mixed|Map|Buffer|Object|JSON|JSONB|BLOB|HSTORE|GEOMETRY)$/i.test(name)) return 'unknown';
  return columnType(name);
}

/** The type of a field object (`{ type: String, enum: [...], ref: 'User' }`), or of a value that is the type itself. */
function jsFieldType(value: string): string {
  if (!value.startsWith('{')) return jsSchemaType(value);
  const type = keyOf(value, 'type');
  if (type === undefined) return 'unknown';
  const ref = keyOf(value, 'ref');
  const target = ref !== undefined ? quoted(ref)[0] : undefined;
  if (target !== undefined && /^[A-Z]\w*$/.test(target)) return /^\s*\[/.test(type) ? `${target}[]` : target;
  const values = keyOf(value, 'enum') ?? keyOf(value, 'values');
  const listed = values !== undefined ? quoted(values) : [];
  return listed.length >= 2 ? literalUnion(listed) : jsSchemaType(type);
}

/**
 * `const OrderSchema = new mongoose.Schema({`, `sequelize.define('User', {`, `User.init({`: where a
 * schema's object starts; the variable (group 1) or the model's name (group 2, 3).
 */
const JS_SCHEMA = /(?:(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*)?new\s+(?:mongoose\.)?Schema\s*(?:<[^>()]*>)?\(\s*\{|\b(?:sequelize|Sequelize|db)\.define\(\s*['"]([A-Za-z_]\w*)['"]\s*,\s*\{|\b([A-Z]\w*)\.init\(\s*\{/g;

/**
 * The models a block declares as Mongoose schemas (`new Schema({ … })`, named by the variable
 * without its `Schema` suffix or by the `model('Order', …)` call that registers it) or Sequelize
 * models (`sequelize.define('User', { … })`, `User.init({ … })`). A Mongoose path is optional
 * unless `required: true` or it has a `default` (`default: null` holds null); a Sequelize column may hold null unless `allowNull: false`. An `enum`
 * or `ENUM('a', 'b')` is the union of its values, a `ref: 'User'` that model, a nested object
 * without a `type` unknown.
 */
export function readJsSchemas(value: string, firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  const registered = new Map<string, string>();
  for (const m of value.matchAll(/\bmodel\(\s*['"]([A-Za-z_]\w*)['"]\s*,\s*([A-Za-z_$][\w$]*)/g)) registered.set(m[2]!, m[1]!);
  // Lines are counted from the last schema on; a schema inside another's object is read with it.
  let counted = 0;
  let line = firstLine;
  let after = 0;
  for (const m of value.matchAll(JS_SCHEMA)) {
    if (m.index < after) continue;
    const mongoose = m[2] === undefined && m[3] === undefined;
    const name = mongoose ? (m[1] !== undefined ? (registered.get(m[1]) ?? m[1].replace(/Schema$/i, '')) : undefined) : (m[2] ?? m[3])!;
    // `Sentry.init({ … })` configures a library: `X.init` is a model only where `class X extends Model` stands.
    if (m[3] !== undefined && !new RegExp(`\\bclass\\s+${m[3]}\\s+extends\\s+Model\\b`).test(value)) continue;
    const parsed = objectEntries(value, m.index + m[0].length - 1);
    // An object that never closes holds the rest of the block: nothing after it is read.
    if (!parsed) return;
    after = parsed.end;
    if (!name) continue;
    for (let i = value.indexOf('\n', counted); i !== -1 && i < m.index; i = value.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    const fields: ModelField[] = [];
    for (const [key, raw] of parsed.entries) {
      const v = raw.trim();
      const type = jsFieldType(v);
      if (mongoose) {
        // A path with a default always holds a value once saved: `default: null` is a nullable one.
        const keys = v.startsWith('{') ? objectEntries(v, 0)?.entries : undefined;
        const fallback = keys?.find(([k]) => k === 'default')?.[1].trim();
        const nullable = fallback === 'null' && type !== 'unknown' && !type.endsWith(' | null');
        const required = keys?.find(([k]) => k === 'required')?.[1].trim() === 'true';
        fields.push({ name: key, type: nullable ? `${type} | null` : type, optional: fallback === undefined && !required });
      }
      else {
        const required = /^false$/.test(keyOf(v, 'allowNull')?.trim() ?? '') || /^true$/.test(keyOf(v, 'primaryKey')?.trim() ?? '');
        fields.push({ name: key, type: required || type === 'unknown' ? type : `${type} | null`, optional: false });
      }
    }
    // `new Schema({ … }, { timestamps: true })`: Mongoose keeps `createdAt` and `updatedAt`.
    if (mongoose && /^\s*,\s*\{[^{}]*\btimestamps\s*:\s*true\b/.test(value.slice(parsed.end + 1, parsed.end + 200))) {
      for (const stamp of ['createdAt', 'updatedAt']) if (!fields.some((f) => f.name === stamp)) fields.push({ name: stamp, type: 'string', optional: false });
    }
    if (fields.length > 0) out.model(ctx, line, name, fields);
  }
}

/**
 * A column call (`$table->string('title')->nullable();`, `table.uuid('id').primary()`, `text('bio').notNull()`):
 * `head` matches up to its opening parenthesis (the receiver in group 1, the method in group 2);
 * gives them with the arguments (group 3) up to the matching parenthesis, and the calls after it (group 4).
 */
function columnCall(head: RegExp, text: string): [string, string, string, string, string] | undefined {
  const m = head.exec(text);
  if (!m) return undefined;
  const open = m[0].length - 1;
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return [m[0], m[1]!, m[2]!, text.slice(open + 1, i), text.slice(i + 1)];
  }
  return undefined;
}

/** `pgEnum('role', ['admin', 'member'])` bound to a name: `export const roleEnum = pgEnum(…)`; the name in group 1, the values in group 2. */
const DRIZZLE_ENUM = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:pgEnum|mysqlEnum)\(\s*['"][^'"\n]*['"]\s*,\s*\[([^\]]*)\]/g;
/** `export const users = pgTable('users', {`: the table in group 1. */
const DRIZZLE_TABLE = /\b(?:pg|mysql|sqlite|singlestore)Table\(\s*['"]([A-Za-z_]\w*)['"]\s*,\s*\{/g;
/** A Drizzle column: its builder (`uuid`, `varchar`, `roleEnum`) in group 1, its arguments in group 2, the calls after it in group 3. */
const DRIZZLE_COLUMN = /^\s*()([A-Za-z_$][\w$]*)\(/;

/**
 * The tables of a Drizzle schema (`pgTable('users', { … })`, `mysqlTable`, `sqliteTable`): a column
 * may hold null unless `.notNull()` or `.primaryKey()`; `.array()` is a list; a column built by an
 * enum of the block (`roleEnum('role')`), `mysqlEnum('s', ['a', 'b'])` or a text column with its
 * values (`text('s', { enum: ['a', 'b'] })`) is the union of its values.
 */
export function readDrizzleTables(value: string, firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  const enums = new Map<string, string>();
  for (const m of value.matchAll(DRIZZLE_ENUM)) enums.set(m[1]!, literalUnion(quoted(m[2]!)));
  let counted = 0;
  let line = firstLine;
  let after = 0;
  for (const m of value.matchAll(DRIZZLE_TABLE)) {
    if (m.index < after) continue;
    const parsed = objectEntries(value, m.index + m[0].length - 1);
    if (!parsed) return;
    after = parsed.end;
    for (let i = value.indexOf('\n', counted); i !== -1 && i < m.index; i = value.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    const fields: ModelField[] = [];
    for (const [key, raw] of parsed.entries) {
      const c = columnCall(DRIZZLE_COLUMN, raw);
      if (!c) continue;
      const builder = c[2]!;
      const calls = c[4]!;
      // `text('status', { enum: ['draft', 'live'] })`: a string column limited to the values listed.
      const listed = /^(?:text|varchar|char)$/.test(builder) ? /\benum\s*:\s*\[([^\]]*)\]/.exec(c[3]!) : null;
      const values = listed ? quoted(listed[1]!) : [];
      let type = enums.get(builder) ?? (builder === 'mysqlEnum' ? literalUnion(quoted(/\[([^\]]*)\]/.exec(c[3]!)?.[1] ?? '')) : values.length > 0 ? literalUnion(values) : drizzleType(builder));
      if (/\.\s*array\(/.test(calls)) type = type.includes('|') || type === 'unknown' ? 'unknown[]' : `${type}[]`;
      const required = /\.\s*(?:notNull|primaryKey)\(/.test(calls) || /^(?:serial|bigserial|smallserial)$/.test(builder);
      fields.push({ name: key, type: required || type === 'unknown' ? type : `${type} | null`, optional: false });
    }
    if (fields.length > 0) out.model(ctx, line, m[1]!, fields);
  }
}

/** A Drizzle column builder as a field type. */
function drizzleType(builder: string): string {
  if (/^(?:doublePrecision|double|mediumint|smallserial|bigserial|serial)$/.test(builder)) return 'number';
  if (/^(?:interval|datetime|cidr|inet|macaddr)$/.test(builder)) return 'string';
  if (/^(?:json|jsonb|blob|customType|bytea)$/.test(builder)) return 'unknown';
  return columnType(builder);
}

/** `knex.schema.createTable('projects', (table) => {`, `.createTable('x', function (t) {`: the table in group 1, the variable in group 2 or 3. */
const KNEX_TABLE = /\.createTable\(\s*['"]([A-Za-z_]\w*)['"]\s*,\s*(?:(?:async\s+)?\(?\s*(\w+)\s*\)?\s*=>|function\s*\(\s*(\w+)\s*\))\s*\{/;
/** `table.string('name', 80).notNullable();`: the variable in group 1, the method in group 2, its arguments in group 3, the calls after it in group 4. */
const KNEX_COLUMN = /^\s*(\w+)\.(\w+)\(/;

/**
 * The tables of a Knex migration (`knex.schema.createTable('projects', (table) => {`): a column may
 * hold null unless `.notNullable()`; `increments` is a number key, `enu`/`enum` the union of its
 * values, `timestamps()` its two columns.
 */
export function readKnexMigration(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  for (let i = 0; i < lines.length; i++) {
    const table = KNEX_TABLE.exec(lines[i]!);
    if (!table) continue;
    const variable = table[2] ?? table[3]!;
    const { fields, fieldLines, add } = tableFields(firstLine);
    let j = i + 1;
    for (; j < lines.length && !/^\s*\}\s*\)/.test(lines[j]!); j++) {
      const c = columnCall(KNEX_COLUMN, lines[j]!);
      if (!c || c[1] !== variable) continue;
      const method = c[2]!;
      if (method === 'timestamps') {
        add('created_at', 'string', j);
        add('updated_at', 'string', j);
        continue;
      }
      const name = /^\s*['"](\w+)['"]/.exec(c[3]!)?.[1];
      if (!name || /^(?:index|unique|primary|foreign|dropColumn|renameColumn|comment|engine|charset|collate|inherits)$/.test(method)) continue;
      let type: string;
      if (method === 'enu' || method === 'enum') type = literalUnion(quoted(/\[([^\]]*)\]/.exec(c[3]!)?.[1] ?? ''));
      else if (/^(?:increments|bigIncrements|bigInteger|tinyint|smallint|mediumint|double)$/.test(method)) type = 'number';
      else if (/^(?:json|jsonb|binary|specificType|geometry|geography|point)$/.test(method)) type = 'unknown';
      else type = columnType(method);
      const required = /\.\s*(?:notNullable|primary)\(/.test(c[4]!) || /^(?:increments|bigIncrements)$/.test(method);
      add(name, required || type === 'unknown' ? type : `${type} | null`, j);
    }
    out.model(ctx, firstLine + i, table[1]!, fields, fieldLines);
    i = j;
  }
}
