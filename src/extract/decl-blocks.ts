import { netBraces } from '../strings.js';
import type { ModelField } from '../types.js';
import type { SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';
import { literalUnion } from './field-types.js';
import { splitColumns } from './fields.js';

/** A note that a block is no model: "(not an entity)", "not a table", "not stored". */
export const NOT_A_MODEL_NOTE = /\bnot (?:an? |the |part of the )?(?:entit(?:y|ies)|models?|tables?|records?|data model|persisted|stored)\b/i;
/** A comment that opens by calling what is under it a request's or a response's body: "// Request body for POST /x". */
const PAYLOAD_NOTE = /^\s*(?:\/\/|#|\/?\*+)\s*(?:the\s+)?(?:request|response|reply)\s+(?:body|payload)\b/i;

/**
 * Do the comment lines right above line `i` say the declaration there is no model ("// Request body
 * for POST /x. Not stored, just the payload shape.")?
 */
function notedAsNoModel(lines: readonly string[], i: number): boolean {
  let note = '';
  for (let j = i - 1; j >= 0 && j >= i - 4 && /^\s*(?:\/\/|#|\/?\*)/.test(lines[j]!); j--) note = `${lines[j]!} ${note}`;
  return note !== '' && (NOT_A_MODEL_NOTE.test(note) || PAYLOAD_NOTE.test(note));
}

/** Reads one line of a declaration's body as a field, or gives undefined. */
export type FieldReader = (line: string) => ModelField | undefined;

/** How `readDeclBlocks` reads: the line that closes a declaration, the model name of a declared one, whether one needs a field. */
export interface DeclOptions {
  /** Closes a declaration (`}` alone by default). */
  close?: RegExp;
  /** The model's name from the declared one. */
  rename?: (name: string) => string;
  /** A declaration without a field is no model. */
  fieldsOnly?: boolean;
}

/**
 * The models a block declares one after another: from each line `open` matches (the name in group 1
 * or 2, through `rename`) to the next line `close` matches, each line between read by `field`. What
 * a line opens in braces inside a declaration (a nested object, a method's body) is skipped to its
 * closing brace; a brace alone on the line after the head (C#) opens the declaration itself. A
 * declaration that closes on its own line (`CREATE TABLE x (a int);`, `record Order(String id) {}`,
 * `type Point = { x: number; y: number };`) has its fields between its parentheses or braces.
 */
export function readDeclBlocks(lines: string[], firstLine: number, open: RegExp, field: FieldReader, ctx: SectionContext, out: TaskCollector, how: DeclOptions = {}): void {
  const { close = /^\s*\}/, rename = (n: string) => n } = how;
  const parens = close.source.includes('\\)');
  // A declaration with no field is a model only where the language declares nothing else so (a class may be a service),
  // and only when it declares no method either (`interface ReservationService { cancel(id: string): … }` is a service's).
  const emit = (d: { name: string; line: number; fields: ModelField[]; methods: boolean; noModel: boolean }) => {
    if (!d.noModel && (d.fields.length > 0 || (!how.fieldsOnly && !d.methods))) out.model(ctx, d.line, d.name, d.fields);
  };
  // The block being read, with the names of its fields: a repeated field is looked up, not searched for.
  let current: { name: string; line: number; fields: ModelField[]; names: Set<string>; methods: boolean; noModel: boolean } | undefined;
  // Braces opened inside the declaration and not yet closed; whether its own brace has been seen.
  let depth = 0;
  let braced = true;
  const add = (f: ModelField | undefined) => {
    if (f && current && !current.names.has(f.name)) {
      current.names.add(f.name);
      current.fields.push(f);
    }
  };
  lines.forEach((text, i) => {
    if (!current) {
      const m = open.exec(text);
      if (!m) return;
      current = { name: rename((m[1] ?? m[2])!), line: firstLine + i, fields: [], names: new Set(), methods: false, noModel: i > 0 && notedAsNoModel(lines, i) };
      depth = 0;
      braced = parens || text.includes('{');
      const rest = text.slice(m.index + m[0].length);
      // A one-line SQL table or record: CREATE TABLE x (a int, b text); record Order(String id) {}
      const oneLine = parens ? /\)\s*(?:;|\{\s*\})?\s*$/.test(text) : rest.includes('}') && netBraces(text) <= 0;
      if (oneLine) {
        const inner = parens ? text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')) : rest.slice(0, rest.lastIndexOf('}'));
        for (const part of inner.split(';').flatMap((p) => splitColumns(p))) add(field(part));
        emit(current);
        current = undefined;
      }
      return;
    }
    if (!braced && text.trim() === '{') {
      braced = true;
      return;
    }
    if (depth > 0) {
      depth = Math.max(0, depth + netBraces(text));
      return;
    }
    if (close.test(text)) {
      emit(current);
      current = undefined;
      return;
    }
    // The last component and the parenthesis that closes the list on one line: `int? CriticalityScore);`, `val total: Long) {`.
    const end = parens ? CLOSING_COMPONENT.exec(text) : null;
    if (end) {
      add(field(end[1]!));
      emit(current);
      current = undefined;
      return;
    }
    const f = field(text);
    if (f) add(f);
    else if (text.includes('(') && METHOD_LINE.test(text)) current.methods = true;
    depth = Math.max(0, netBraces(text));
  });
  if (current) emit(current);
}

/** A line that declares a method, not a field: `cancel(id: string): Promise<Hold>;`, `async expire() {`, `get<T>(key: string): T`. */
const METHOD_LINE = /^\s*(?:(?:public|private|protected|static|async|abstract|override)\s+)*[\p{L}_$][\p{L}\p{N}_$]*\??(?:<[^>]*>)?\(/u;

/** A component line that closes its list: the component (group 1), then `)` and maybe `;`, `{}`, `{` or a supertype. */
const CLOSING_COMPONENT = /^(\s*[^()\s][^()]*?)\)\s*(?:;|\{\s*\}?|:\s*[^()]*(?:\(\))?\s*\{?)?\s*$/;

/** A field typed by an alias of the same block gets the alias's type (`fuel: FuelType` → its literal union). */
export function withAlias(field: ModelField | undefined, aliases: Map<string, string>): ModelField | undefined {
  if (!field) return undefined;
  const array = field.type.endsWith('[]');
  const base = array ? field.type.slice(0, -2) : field.type.replace(/ \| null$/, '');
  const alias = aliases.get(base);
  if (alias === undefined) return field;
  if (array) return { ...field, type: alias.includes('|') ? 'unknown[]' : `${alias}[]` };
  return { ...field, type: field.type.endsWith(' | null') && !alias.endsWith('| null') ? `${alias} | null` : alias };
}

/**
 * The head and body of an enum as schema languages and code write it: `enum Species {` (Prisma,
 * GraphQL, TypeScript, Protobuf, C#, Rust), `enum class Visibility {` (Kotlin), `Enum offer_status {`
 * (DBML), `export const enum`, `public enum Plan : int {`, `enum Status: String, Codable {` (Swift).
 * The name is group 1, the body (which holds no braces: an enum with methods or data is code) group 2.
 */
const ENUM_BLOCK = /^[ \t]*(?:(?:export|public|private|internal|declare|const|pub(?:\([\w ]*\))?)[ \t]+)*enum(?:[ \t]+class)?[ \t]+([A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w., \t]*)?\{([^{}]*)\}/gim;
/** What an enum's body holds besides its values: comments, annotations (`@map("dog")`), DBML settings (`[note: '…']`), Rust attributes, Swift's `case`. */
const ENUM_NOISE = /\/\/[^\n]*|#[^\n]*|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/|@\w+(?:\([^()\n]*\))?|\[[^\]\n]*\]|\bcase\b/g;
/**
 * One value of an enum: a name (`DOG`, `like_new`, DBML's `"like new"`), maybe with a string it
 * stands for (`Active = 'active'`, `ACTIVE("active")`: group 3 or 5) or a number (`ACTIVE = 1`).
 */
const ENUM_ENTRY = /([A-Za-z_]\w*|"[^"\n]*")(?:[ \t]*=[ \t]*(?:(['"])([^'"\n]*)\2|-?\d+)|[ \t]*\([ \t]*(['"])([^'"\n]*)\4[ \t]*\))?/g;

/**
 * The enums a block declares, each as the union of its values: `enum EventStatus { DRAFT ON_SALE }`
 * (on one line or several, in any language ENUM_BLOCK reads), a value's string when it names one
 * (`Active = 'active'` → `"active"`). A body with anything but values and separators is no enum.
 */
export function blockEnums(value: string): Map<string, string> {
  const enums = new Map<string, string>();
  if (!/enum/i.test(value)) return enums;
  for (const m of value.matchAll(ENUM_BLOCK)) {
    const values: string[] = [];
    const rest = m[2]!.replace(ENUM_NOISE, ' ').replace(ENUM_ENTRY, (_, name: string, _q, said?: string, _p?: string, called?: string) => {
      values.push(said ?? called ?? name.replace(/^"|"$/g, ''));
      return ' ';
    });
    if (values.length >= 2 && /^[\s,;]*$/.test(rest)) enums.set(m[1]!, literalUnion(values));
  }
  return enums;
}

/** A field reader that gives a field typed by an enum of its block that enum's union (see `withAlias`). */
export function withEnums(field: FieldReader, enums: Map<string, string>): FieldReader {
  return enums.size > 0 ? (line) => withAlias(field(line), enums) : field;
}

/** A comment's text that only lists values: quoted (`'morning' | 'evening'`, `"a", "b"`) or constants (`ACTIVE, DAMAGED, IN_REPAIR`, `LOW | HIGH`). */
const QUOTED_VALUES = /^(?:(['"])[^'"\n]*\1[ \t]*(?:[|,/][ \t]*|or[ \t]+)?)+$/;
const CONSTANT_VALUES = /^[A-Z][A-Z0-9_]*(?:[ \t]*[,|/][ \t]*[A-Z][A-Z0-9_]*)+[ \t]*$/;

/**
 * A field typed by a named type its block does not declare (an enum defined elsewhere), whose line's
 * comment lists the values (`private VehicleStatus status;   // ACTIVE, DAMAGED, RETIRED`,
 * `slot: DeliverySlot;  // 'morning' | 'evening'`), gets their union; any other comment says nothing.
 */
export function withCommentValues(field: FieldReader): FieldReader {
  return (line) => {
    const f = field(line);
    const at = f ? line.indexOf('//') : -1;
    if (!f || at === -1) return f;
    const nullable = f.type.endsWith(' | null');
    const base = nullable ? f.type.slice(0, -7) : f.type;
    if (!/^[A-Z][A-Za-z0-9_]*$/.test(base)) return f;
    const comment = line.slice(at + 2).trim().replace(/[.;]$/, '');
    let values: string[] | undefined;
    if (CONSTANT_VALUES.test(comment)) values = comment.split(/[,|/]/).map((v) => v.trim());
    else if (QUOTED_VALUES.test(comment)) values = [...comment.matchAll(/(['"])([^'"\n]*)\1/g)].map((v) => v[2]!);
    if (!values || values.length < 2) return f;
    const union = literalUnion(values);
    return { ...f, type: nullable ? `${union} | null` : union };
  };
}
