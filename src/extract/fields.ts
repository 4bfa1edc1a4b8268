import type { ModelField } from '../types.js';
import { codeValues, literalUnion, normalizeFieldType, notedField, opensEnum, readFieldNotes, readTypeText } from './field-types.js';

const FIELD_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
/** A field name with hyphens between its words, as some PRDs write them (`bsn-hash`, `e-mail`). */
const KEBAB_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:-[\p{L}\p{N}_$]+)+$/u;
/** A field name only code writes: `id`, `userId`, `created_at`. */
export const CODE_NAME = /^id$|[a-z0-9][A-Z]|[a-z]_[a-z]/;
/** A field name as code writes it in ASCII, maybe marked optional: `ownerId`, `paid_at`, `memo?`. */
export const ASCII_FIELD_NAME = /^[A-Za-z_$][\w$]*\??$/;
/** A field that identifies a record: `id`, `passId`, `pass_id`, `uuid`. */
export const ID_FIELD = /^(?:id|uuid|[a-z][A-Za-z0-9]*Id|[a-z][a-z0-9_]*_id)$/;
/**
 * A sentence that introduces an entity by its bold name: "A **Patient** is the person receiving
 * care", "Each **Appointment** belongs to one patient", "Finally, a **ReminderTemplate** holds…",
 * "Un **Proveedor** es…". An article (one word before it and a comma may open the sentence), the
 * bold name, then a verb of being or having.
 */
export const INTRODUCED_MODEL =
  /(?:^|[.;!?]\s+)(?:\p{L}+,\s+)?(?:[Ee]ach|[Ee]very|[Aa]n?|[Tt]he|[Oo]ne|[Uu]n[ae]?|[Uu]ma?|[Ee]ine?|[Ee]en|[Cc]ada|[Cc]haque|[Jj]ede[rs]?|[Ee]lke?|[Oo]gni)\s+(?:\*\*|__)(\p{Lu}[\p{L}\p{N}_]*)(?:\*\*|__)\s+(?:is|are|belongs|holds|has|records|stores|keeps|represents|describes|tracks|links|contains|captures|groups|references|es|est|ist|é|è|tiene|contiene|pertenece|a|contient|appartient|hat|enthält|gehört|heeft|bevat|hoort|tem|contém|pertence|ha)(?![\p{L}\p{N}])/u;
/** `PK:`, `FK:`, `UK:` before a field: what kind of key it is. */
const KEY_PREFIX = /^(?:PK|FK|UK)\s*[:：]\s*/;
/** A key written as how it is made, not as a name: `PK: cuid`, `PK: uuid`, `PK: serial`. */
const GENERATED_KEY = /^(?:cuid2?|uuid(?:v[47])?|ulid|nanoid|guid|serial|bigserial|auto(?:-?increment)?|identity|int(?:eger)?|bigint)$/i;
/** `name->target`, `name -> Target`, `name → Target` (with a note after it, perhaps): a reference. */
const REFERENCE = /^([^\s>→-]+)\s*(?:->|→)\s*([\p{L}_$][\p{L}\p{N}_$]*)(?:\s*\(.*\))?$/u;

/**
 * `total: number`, `total (decimal)`, `total?`, `` `total` `` → a field, or undefined when it is not one.
 * @param kebab a hyphenated name (`bsn-hash`) is a field name too, kept as written (where the list is plainly one of fields)
 */
export function parseFieldItem(raw: string, kebab = false): ModelField | undefined {
  let text = raw.replace(/[`*]/g, '').trim();
  if (text === '') return undefined;
  // Key notation: `PK: cuid` (the id, a generated key), `PK: code`, `FK: employeeId->employeeNumber`.
  const key = KEY_PREFIX.exec(text);
  if (key) {
    text = text.slice(key[0].length);
    if (GENERATED_KEY.test(text)) return notedField('id', { type: normalizeFieldType(text), optional: false, nullable: false }, false);
  }
  // A reference: `skillId->code`, `assignedById -> User`, `trainings → TrainingRecord`. The field is
  // the name before the arrow; a model after it is the field's type (a list of them for a plural name).
  const ref = REFERENCE.exec(text);
  if (ref) {
    if (!FIELD_NAME.test(ref[1]!)) return undefined;
    const target = ref[2]!;
    if (/^[\p{Lu}]/u.test(target) && !/(?:Id|_id|ID)$/.test(ref[1]!)) {
      const many = /[^s]s$/.test(ref[1]!) && !/[^s]s$/.test(target);
      return notedField(ref[1]!, { type: many ? `${target}[]` : target, optional: false, nullable: false }, false);
    }
    text = ref[1]!;
  }
  let optional = false;
  let nullable = false;
  let type: string | undefined;
  const paren = /^(.+?)\s*\(([^)]*)\)\s*$/.exec(text);
  if (paren) {
    text = paren[1]!.trim();
    const notes = readFieldNotes(paren[2]!);
    optional = notes.optional;
    nullable = notes.nullable;
    type = notes.type;
    // `` `status` (`pending`, `accepted`) ``: values in code marks in the parentheses are an enum's.
    const values = raw.includes('`') && (type === undefined || type === 'string') ? codeValues(raw.slice(raw.indexOf('('))) : undefined;
    if (values) type = literalUnion(values);
  }
  const colon = /^([^:\s]+)\s*[:：]\s*(.+)$/.exec(text);
  if (colon) {
    text = colon[1]!;
    // `string?`, `string, nullable`, `string, one of a, b`: the type with its notes.
    const written = readTypeText(colon[2]!);
    // `status: string (one of a, b)`: the enum in parentheses is the more precise type.
    if (type === undefined || !type.includes('"')) type = written.type;
    if (written.optional) optional = true;
    if (written.nullable) nullable = true;
  } else {
    const spaced = /^(\S+)\s+(\S.*)$/.exec(text);
    if (spaced && /^(?:pk|fk|unique|primary key|indexed|required|optional|nullable)$/i.test(spaced[2]!)) {
      if (/optional|nullable/i.test(spaced[2]!)) optional = true;
      text = spaced[1]!;
    } else if (spaced) {
      // "statut parmi en_attente, retiree" (joined by joinEnumValues): the values are the type.
      const listed = spaced[2]!.includes(',') && opensEnum(spaced[2]!) ? readFieldNotes(spaced[2]!).type : undefined;
      if (listed?.startsWith('"')) return notedField(spaced[1]!, { type: listed, optional, nullable }, optional);
      // "name type" (SQL-ish); a longer phrase is prose, not a field.
      if (spaced[2]!.split(/\s+/).length > 2) return undefined;
      text = spaced[1]!;
      type = spaced[2]!;
    }
  }
  if (text.endsWith('?')) {
    optional = true;
    text = text.slice(0, -1);
  }
  if (type && /\?$/.test(type.trim())) optional = true;
  if (!(FIELD_NAME.test(text) || (kebab && KEBAB_NAME.test(text))) || text.length > 128 || /^(?:PK|FK|UK|IDX)$/.test(text)) return undefined;
  return notedField(text, { type, optional, nullable }, optional);
}

/**
 * The fields of a list whose every item is one field named as code names one, lower-case first
 * (`id, plate, zoneCode`), or undefined: an item that is a phrase or a capitalised word ("Ana, Bo")
 * makes it no such list.
 */
export function codeFieldList(list: string): ModelField[] | undefined {
  const fields = parseFieldList(list);
  if (fields.length !== splitFieldList(list).filter((x) => x.trim() !== '').length || !fields.every((f) => /^[a-z_]/.test(f.name))) return undefined;
  return fields;
}

/**
 * A comma/semicolon separated field list (`id, customerId, total`).
 * @param kebab hyphenated names (`bsn-hash`) are fields too (see `parseFieldItem`)
 */
export function parseFieldList(raw: string, kebab = false): ModelField[] {
  const out: ModelField[] = [];
  const seen = new Set<string>();
  const dotted = raw.includes('·') ? dottedFieldList(raw) : undefined;
  const split = dotted ?? splitFieldList(raw);
  for (const item of dotted || !raw.includes('`') ? split : joinEnumValues(split)) {
    const field = parseFieldItem(item.replace(/[.。]$/, ''), kebab);
    if (field && !seen.has(field.name)) {
      seen.add(field.name);
      out.push(field);
    }
  }
  return out;
}

/** A field in code marks, then the words before its first value in code marks: `` `status` one of `draft` ``, `` `statut` parmi `en_attente` ``. */
const ENUM_OPENING = /^\s*`[\p{L}_$][\p{L}\p{N}_$]*`\s+([^`]+?)\s*`[^`]+`\s*$/u;
/** A piece of a field list that is only a value in code marks, maybe with "or" before or between: `` `sent` ``, `` `sent` ou `paid` ``. */
const CODE_VALUE = /^\s*(?:(?:or|ou|o|oder|atau|hoặc|of)\s+)?`[^`]+`(?:\s+(?:or|ou|o|oder|atau|hoặc|of)\s+`[^`]+`)?\s*\.?\s*$/;

/**
 * The pieces of a field list with an enum's values joined back to their field: a field whose values
 * follow a word that says so, each in code marks (`` `status` one of `draft`, `sent`, `paid` ``), was cut at
 * each comma. A value that has notes of its own (`` `createdAt` (date) ``) is the next field.
 */
function joinEnumValues(pieces: string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const piece of pieces) {
    if (open && CODE_VALUE.test(piece)) {
      out[out.length - 1] += `, ${piece.trim()}`;
      continue;
    }
    const lead = ENUM_OPENING.exec(piece);
    open = lead !== null && opensEnum(`${lead[1]!} x`);
    out.push(piece);
  }
  return out;
}

/** An item of a list cut by middle dots: a name in code marks, then its type as written (`` `birthDate` date, nullable ``). */
const DOTTED_ITEM = /^\s*`([\p{L}_$][\p{L}\p{N}_$]*\??)`\s+(\S.*?)\s*$/u;
/** Values a bar separates in parentheses: `(DRAFT | SENT | PAID)`. */
const ENUM_VALUES = /^\(\s*[A-Za-z_][\w-]*(?:\s*\|\s*[A-Za-z_][\w-]*)+\s*\)$/;
/** An item of such a list written as a Prisma field in code marks, its notes after it: `` `sentAt DateTime?` ``, `` `status Status` (DRAFT | SENT) ``. */
const DOTTED_PRISMA_ITEM = /^\s*`([\p{L}_$][\p{L}\p{N}_$]*)\s+(\p{Lu}[\p{L}\p{N}_]*(?:\[\])?)(\??)`\s*(\([^()]*\))?\s*$/u;

/**
 * The items of a field list cut by middle dots, each a code-marked name and its type, whose type
 * text may hold commas (`` `id` string · `species` one of dog, cat · `birthDate` date, nullable ``),
 * or a Prisma field in code marks (`` `id String` · `sentAt DateTime?` ``), as `name: type`;
 * undefined unless every item is such a one, two at least.
 */
export function dottedFieldList(raw: string): string[] | undefined {
  const items = raw.split('·').filter((x) => x.trim() !== '');
  if (items.length < 2) return undefined;
  const out: string[] = [];
  for (const item of items) {
    // Prisma's `?` says the column may be null, not that the field may be left out.
    const prisma = DOTTED_PRISMA_ITEM.exec(item);
    if (prisma) {
      // `` `status Status` (DRAFT | SENT) ``: the enum's values after it are the field's type.
      const values = prisma[4] && ENUM_VALUES.test(prisma[4]) ? literalUnion(prisma[4].slice(1, -1).split('|')) : undefined;
      out.push(`${prisma[1]!}: ${values ?? prisma[2]!}${!values && prisma[4] ? ` ${prisma[4]}` : ''}${prisma[3] ? ', nullable' : ''}`);
      continue;
    }
    const m = DOTTED_ITEM.exec(item);
    if (!m) return undefined;
    out.push(`${m[1]!}: ${m[2]!}`);
  }
  return out;
}

/**
 * The items of a field list: cut at each word `and` and at each comma or semicolon that is not in a
 * note, that is, not followed by a `)` before the next `(` (`status (one of a, b), total`). The
 * same pieces as `raw.split(/[,;](?![^(]*\))|\band\b/)` in one pass, where that pattern looked
 * ahead to the end of the line from every comma: a separator waits until the next parenthesis
 * (or the end of the text) tells whether it cuts.
 */
export function splitFieldList(raw: string): string[] {
  return splitOutsideNotes(raw, true);
}

/** The columns of a one-line `CREATE TABLE x (a int, b varchar(40))`: `text.split(/,(?![^(]*\))/)` in one pass (see {@link splitFieldList}). */
export function splitColumns(text: string): string[] {
  return splitOutsideNotes(text, false);
}

/** "And" in the known languages other than English, between spaces, before a code mark: ` y \``, ` och \``, ` и \``. */
const AND_BEFORE_CODE = /^ (?:y|e|et|und|en|i|oraz|och|ve|и|і|та|và|dan) `/;

/** A letter, digit or `_`: what `\b` tells from other characters (no `u` flag). */
const isWordChar = (c: string | undefined) => c !== undefined && /^\w$/.test(c);

/**
 * Cut `raw` at each comma (and semicolon and word `and`, and "and" of another language before a code
 * mark, when `fieldList`) that has no `)` after it
 * before the next `(`. One left-to-right pass: commas seen since the last parenthesis are kept
 * pending; a `)` turns them into text, a `(` or the end of the text makes them cuts.
 */
function splitOutsideNotes(raw: string, fieldList: boolean): string[] {
  const cuts: Array<{ from: number; to: number; cuts: boolean }> = [];
  let pending: Array<{ cuts: boolean }> = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    // Chinese and Japanese lists cut at the ideographic comma (`reportId、listingId`) or a full-width one.
    if (c === ',' || (fieldList && (c === ';' || c === '、' || c === '，' || c === '；'))) {
      const cut = { from: i, to: i + 1, cuts: true };
      cuts.push(cut);
      pending.push(cut);
    } else if (c === '(' || c === ')') {
      if (c === ')') for (const cut of pending) cut.cuts = false;
      pending = [];
    } else if (fieldList && c === 'a' && raw.startsWith('and', i) && !isWordChar(raw[i - 1]) && !isWordChar(raw[i + 3])) {
      cuts.push({ from: i, to: i + 3, cuts: true });
      i += 2;
    } else if (fieldList && c === ' ' && (raw[i - 1] === ')' || raw[i - 1] === '`')) {
      // `` `phone` (texto) y `acceptsCards` ``: "and" of another language between two fields in code marks.
      const and = AND_BEFORE_CODE.exec(raw.slice(i, i + 8));
      if (and) {
        const cut = { from: i, to: i + and[0].length - 1, cuts: true };
        cuts.push(cut);
        pending.push(cut);
        i += and[0].length - 2;
      }
    }
  }
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    if (!cut.cuts) continue;
    pieces.push(raw.slice(start, cut.from));
    start = cut.to;
  }
  pieces.push(raw.slice(start));
  return pieces;
}
