import type { ModelField } from '../types.js';
import type { SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';
import { blockEnums, readDeclBlocks, withCommentValues, withEnums, type FieldReader } from './decl-blocks.js';
import { literalUnion, normalizeFieldType } from './field-types.js';
import { singularize } from './names.js';

/**
 * Records as typed languages declare them: Kotlin data classes, Java records and classes, C#
 * records, classes and structs, Swift structs and classes, Rust structs. A field's type is mapped
 * by `codeType`; an enum of the block is inlined as its union of values.
 */

/** The languages whose classes and records `readClassBlocks` reads, by the fence's language. */
export type ClassLanguage = 'kotlin' | 'java' | 'csharp' | 'swift' | 'rust';

/** `data class Delivery(` (annotations and modifiers before it allowed). */
const KOTLIN_DATA_CLASS = /^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private)\s+)?data\s+class\s+([A-Z]\w*)\s*(?:<[^>]*>)?\s*\(/;

/** The language of a block whose classes are models: by its fence, or a Kotlin `data class` in a block without one. */
export function classLanguage(lang: string, value: string): ClassLanguage | undefined {
  if (/^(?:kotlin|kt|kts)$/.test(lang) || (lang === '' && value.includes('data class') && /^\s*data\s+class\s+[A-Z]\w*\s*\(/m.test(value))) return 'kotlin';
  if (lang === 'java') return 'java';
  if (/^(?:cs|csharp|c#)$/.test(lang)) return 'csharp';
  if (lang === 'swift') return 'swift';
  if (/^(?:rust|rs)$/.test(lang)) return 'rust';
  return undefined;
}

/** Type names of the JVM, .NET, Swift and Rust that `normalizeFieldType` does not know by itself. */
const CODE_TYPES = new Map<string, string>(Object.entries({
  String: 'string', Char: 'string', Character: 'string', str: 'string', LocalDateTime: 'string', OffsetDateTime: 'string', LocalTime: 'string', DateTimeOffset: 'string', DateOnly: 'string', TimeOnly: 'string', NaiveDate: 'string', NaiveDateTime: 'string', NaiveTime: 'string', TimeSpan: 'string',
  Int: 'number', Long: 'number', Short: 'number', Byte: 'number', Double: 'number', Float: 'number', BigDecimal: 'number', BigInteger: 'number', i8: 'number', i16: 'number', i32: 'number', i64: 'number', i128: 'number', isize: 'number', u128: 'number', usize: 'number',
  Boolean: 'boolean', Bool: 'boolean', bool: 'boolean',
  Any: 'unknown', Object: 'unknown', JsonNode: 'unknown', Value: 'unknown', JsonElement: 'unknown',
}));
/** Generic types whose one argument is the element of a list: `List<T>`, `Vec<T>`, `IEnumerable<T>`. */
const LIST_WRAPPER = /^(?:List|MutableList|ArrayList|LinkedList|Set|MutableSet|HashSet|TreeSet|SortedSet|Collection|Iterable|Array|Vec|VecDeque|BTreeSet|IEnumerable|ICollection|IList|IReadOnlyList|IReadOnlyCollection|ImmutableList|Seq)$/;
/** Generic types that say the value may be missing: `Option<T>`, `Optional<T>`, `Nullable<T>`. */
const NULL_WRAPPER = /^(?:Option|Optional|Nullable)$/;
/** `Name<Args>`: a generic type, its name (maybe qualified) in group 1 and its arguments in group 2. */
const GENERIC = /^([\w.:]+)\s*<(.+)>$/;

/** A list of a type: `T[]`, or `unknown[]` when the element is a list or a union itself. */
function listOf(inner: string): string {
  return inner.endsWith('[]') || inner.includes('|') ? 'unknown[]' : `${inner}[]`;
}

/**
 * A type as typed languages write it, as a field type: `List<String>`, `Vec<Uuid>`, `[String]`,
 * `Option<DateTime<Utc>>`, `Instant?`, `&str`, `chrono::NaiveDate`; a map is `unknown`.
 * @returns the type and whether the value may be null (`T?`, `Option<T>`, `Optional<T>`)
 */
export function codeType(raw: string): { type: string; nullable: boolean } {
  let t = raw.trim().replace(/^&(?:'\w+\s+)?(?:mut\s+)?/, '');
  const marked = t.endsWith('?');
  if (marked) t = t.slice(0, -1).trim();
  const generic = GENERIC.exec(t);
  if (generic) {
    const outer = generic[1]!.split(/::|\./).pop()!;
    if (NULL_WRAPPER.test(outer)) {
      const inner = codeType(generic[2]!).type;
      return { type: inner, nullable: inner !== 'unknown' };
    }
    if (LIST_WRAPPER.test(outer)) return { type: listOf(codeType(generic[2]!).type), nullable: marked };
    // `DateTime<Utc>` is a DateTime; `Map<K, V>` and other generics hold no one type.
    t = generic[2]!.includes(',') ? 'Map' : outer;
  }
  // Swift: `[String]` is a list, `[String: Int]` a dictionary.
  const swift = /^\[([^\]]*)\]$/.exec(t);
  if (swift) return swift[1]!.includes(':') ? { type: 'unknown', nullable: false } : { type: listOf(codeType(swift[1]!).type), nullable: marked };
  if (t.endsWith('[]')) return { type: listOf(codeType(t.slice(0, -2)).type), nullable: marked };
  const name = t.split(/::|\./).pop()!;
  const type = CODE_TYPES.get(name) ?? normalizeFieldType(name);
  return { type, nullable: marked && type !== 'unknown' };
}

/** A field of a name and a written type, `| null` when the type says so. */
function typedField(name: string, raw: string, optional = false, nullable = false): ModelField {
  const t = codeType(raw);
  return { name, type: (t.nullable || nullable) && t.type !== 'unknown' ? `${t.type} | null` : t.type, optional };
}

/** A constructor property of a Kotlin data class: `val eta: Instant?`, `var tags: List<String> = emptyList()`. */
/** An Exposed table object: `object Donors : Table("donors") {`, `object Users : UUIDTable() {`, `IntIdTable("users")` (group 1 its name). */
const EXPOSED_TABLE = /^\s*(?:(?:internal|private|public)\s+)?object\s+([A-Z]\w*)\s*:\s*(?:Table|IntIdTable|LongIdTable|UUIDTable|UIntIdTable|ULongIdTable|CompositeIdTable)\s*\([^)]*\)\s*\{\s*$/;
/** A column of an Exposed table: `val weightKg = decimal("weight_kg", 5, 2).nullable()` (name in group 1, column function in 2, its arguments in 3, the rest in 4). */
const EXPOSED_COLUMN = /^\s*(?:(?:private|internal|public)\s+)?val\s+([A-Za-z_]\w*)\s*(?::\s*Column<[^=]*>\s*)?=\s*([A-Za-z_]\w*)\s*(?:<[^>(]*>)?\s*\(([^)]*)\)(.*)$/;
/** What each Exposed column function stores, as a TypeScript type. */
const EXPOSED_TYPES: Record<string, string> = {
  varchar: 'string', text: 'string', char: 'string', mediumText: 'string', largeText: 'string', uuid: 'string', reference: 'string', optReference: 'string',
  date: 'string', datetime: 'string', timestamp: 'string', timestampWithTimeZone: 'string', time: 'string', duration: 'string', json: 'unknown', jsonb: 'unknown',
  integer: 'number', long: 'number', short: 'number', byte: 'number', ubyte: 'number', ushort: 'number', uinteger: 'number', ulong: 'number', decimal: 'number', double: 'number', float: 'number',
  bool: 'boolean',
};

/**
 * A column of an Exposed table as a field: its Kotlin property's name, the type its column function
 * stores (an enumeration of an enum class the block declares is that enum's values), `| null` when
 * `.nullable()` (or an `optReference`). The table's `primaryKey` and anything else is none.
 */
function exposedField(line: string, enums: Map<string, string>): ModelField | undefined {
  const m = EXPOSED_COLUMN.exec(line);
  if (!m) return undefined;
  const [, name, fn, args, rest] = m as unknown as [string, string, string, string, string];
  let type = EXPOSED_TYPES[fn];
  if (fn === 'enumeration' || fn === 'enumerationByName') type = enums.get(/(\w+)::class/.exec(args)?.[1] ?? '') ?? 'string';
  if (type === undefined) return undefined;
  const nullable = /\.nullable\(\)/.test(rest) || fn === 'optReference';
  return { name, type: nullable ? `${type} | null` : type, optional: false };
}

function kotlinField(line: string): ModelField | undefined {
  const m = /^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:override|private|internal|public|protected)\s+)*(?:val|var)\s+([A-Za-z_]\w*)\s*:\s*([A-Za-z_][\w.]*(?:<\s*[A-Za-z_][\w.]*\??\s*>)?\??)\s*(=[^,]*)?,?\s*$/.exec(line);
  return m ? typedField(m[1]!, m[2]!, m[3] !== undefined) : undefined;
}

/** Annotations or attributes before a declaration: `@Id `, `@Column(nullable = false) `, `[Required] `. */
const ANNOTATIONS = String.raw`(?:(?:@\w+(?:\([^)]*\))?|\[[^\]]*\])\s+)*`;
/** A type as Java and C# write it before a name: `String`, `List<LineItem>`, `byte[]`, `decimal?`. */
const JAVA_TYPE = String.raw`([\w.]+(?:\s*<[^;=(){}]*>)?(?:\[\])?\??)`;
/** `record Order(` (Java, C#): a record's components in parentheses, one a line or all on the line. */
const RECORD_OPEN = new RegExp(String.raw`^\s*${ANNOTATIONS}(?:(?:public|protected|private|internal|static|final|sealed|partial)\s+)*record(?:\s+(?:class|struct))?\s+([A-Z]\w*)(?:<[^>]*>)?\s*\(`);
/** A record component: `String id,`, `@Nullable Instant paidAt`, `decimal? Total`. */
const RECORD_COMPONENT = new RegExp(String.raw`^\s*(${ANNOTATIONS})${JAVA_TYPE}\s+(\w+)\s*,?\s*(?:\/\/.*)?$`);
/** `public class Order {`, `@Entity public class Order extends Base {`, C#'s `public sealed class Order : Entity` (its brace maybe on the next line). */
const CLASS_OPEN = new RegExp(String.raw`^\s*${ANNOTATIONS}(?:(?:public|protected|private|internal|abstract|final|sealed|partial|static)\s+)*(?:class|struct|record(?:\s+(?:class|struct))?)\s+([A-Z]\w*)(?:<[^>]*>)?(?:\s+(?:extends|implements)\s+[^{(]+|\s*:\s*[^{(]+)?\s*\{?\s*$`);
/** A Java field with its modifiers (`private String id;`, `private final List<Item> items = new ArrayList<>();`); no static field. */
const JAVA_FIELD = new RegExp(String.raw`^\s*(${ANNOTATIONS})(?:(?:private|protected|public|final|transient|volatile)\s+)+${JAVA_TYPE}\s+(\w+)\s*(?:=[^;]*)?;`);
/** A C# property: `public string Id { get; set; }`, `public required DateTime? PaidAt { get; init; }`. */
const CS_PROPERTY = new RegExp(String.raw`^\s*(${ANNOTATIONS})(?:(?:public|internal|protected|required|virtual|override)\s+)+${JAVA_TYPE}\s+(\w+)\s*\{\s*(?:get|init|set)\b`);

/** Java's primitive types: never null. */
const JAVA_PRIMITIVE = /^(?:int|long|short|byte|char|boolean|double|float)$/;

/**
 * A Java or C# record component, field or property (groups: annotations, type, name): a nullable
 * annotation (`@Nullable`) makes it `T | null`, and so does JPA's `@Column` without
 * `nullable = false` (its default), unless the field is the `@Id`, is marked not null, or is of a primitive type.
 */
function componentField(m: RegExpExecArray | null): ModelField | undefined {
  if (!m) return undefined;
  const notes = m[1]!;
  const args = notes.includes('@Column') ? /@Column\b(\([^)]*\))?/.exec(notes) : null;
  const column = !!args && !/\bnullable\s*=\s*false\b/.test(args[1] ?? '') && !/@(?:Id|NotNull|NonNull|NotBlank|NotEmpty)\b/.test(notes) && !JAVA_PRIMITIVE.test(m[2]!);
  return typedField(m[3]!, m[2]!, false, column || /@Nullable\b/.test(notes));
}

/** `struct Order: Codable {`, `final class Session {` (Swift). */
const SWIFT_OPEN = /^\s*(?:(?:public|internal|final|private)\s+)*(?:struct|class)\s+([A-Z]\w*)(?:<[^>]*>)?(?:\s*:\s*[^{]+)?\s*\{\s*$/;
/** A stored property: `let id: UUID`, `var paidAt: Date?`, `var tags: [String] = []`; a computed one (`{`) is none. */
const SWIFT_FIELD = /^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|private(?:\(set\))?|fileprivate)\s+)*(?:let|var)\s+(\w+)\s*:\s*([^={}]+?)\s*(?:=[^{}]*)?$/;
/** `pub struct Order {` (Rust). */
const RUST_OPEN = /^\s*(?:pub(?:\([\w ]*\))?\s+)?struct\s+([A-Z]\w*)(?:<[^>]*>)?\s*\{\s*$/;
/** `pub id: Uuid,`, `paid_at: Option<DateTime<Utc>>,`. */
const RUST_FIELD = /^\s*(?:pub(?:\([\w ]*\))?\s+)?([a-z_][a-z0-9_]*)\s*:\s*(.+?)\s*,?\s*(?:\/\/.*)?$/;

/** Read the records a block of a typed language declares, each a model (see the file's comment). */
export function readClassBlocks(lang: ClassLanguage, value: string, lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  const enums = blockEnums(value);
  // A class or struct without a stored field is code (a service), not a model.
  const read = (open: RegExp, field: FieldReader, close?: RegExp) => readDeclBlocks(lines, firstLine, open, withCommentValues(withEnums(field, enums)), ctx, out, { close, fieldsOnly: lang !== 'kotlin' });
  if (lang === 'kotlin') {
    read(KOTLIN_DATA_CLASS, kotlinField, /^\s*\)/);
    // Exposed's table objects: `object Donors : Table("donors") { val name = varchar("name", 80) … }`, a model each (`Donor`).
    if (value.includes('Table')) readDeclBlocks(lines, firstLine, EXPOSED_TABLE, (line) => exposedField(line, enums), ctx, out, { fieldsOnly: true, rename: (name) => singularize(name) });
  }
  else if (lang === 'swift') read(SWIFT_OPEN, nameTypeReader(SWIFT_FIELD));
  else if (lang === 'rust') read(RUST_OPEN, nameTypeReader(RUST_FIELD));
  else {
    if (value.includes('record')) read(RECORD_OPEN, (line) => componentField(RECORD_COMPONENT.exec(line)), /^\s*\)/);
    const member = lang === 'java' ? JAVA_FIELD : CS_PROPERTY;
    read(CLASS_OPEN, (line) => componentField(member.exec(line)));
  }
}

/** A reader of `name: type` lines by a pattern whose groups are the name (1) and the type (2). */
function nameTypeReader(pattern: RegExp): FieldReader {
  return (line) => {
    const m = pattern.exec(line);
    return m ? typedField(m[1]!, m[2]!) : undefined;
  };
}

/** `class Order {` in a Mermaid classDiagram (a generic `~T~` or a label `["…"]` after the name allowed). */
const DIAGRAM_CLASS = /^\s*class\s+([A-Za-z_]\w*)(?:~[^~\n]*~)?(?:\["[^"\n]*"\])?\s*\{\s*$/;
/** A classDiagram enumeration: `class Status {` … `<<enumeration>>` … `}`, its name in group 1 and its body in group 2. */
const DIAGRAM_ENUM = /^[ \t]*class[ \t]+([A-Za-z_]\w*)[ \t]*\{([^{}]*<<enum(?:eration)?>>[^{}]*)\}/gim;
/**
 * An attribute of a classDiagram class, with its visibility: `+String id`, `-List~LineItem~ items`
 * (type, then name: groups 1 and 2) or `+id : String` (name, then type: groups 3 and 4). A method
 * (with parentheses) is none.
 */
const DIAGRAM_MEMBER = /^\s*[+\-#~]?\s*(?:([A-Za-z_][\w.]*(?:~[^~\n]+~)?(?:\[\])?)\s+([A-Za-z_]\w*)|([A-Za-z_]\w*)\s*:\s*([A-Za-z_][\w.]*(?:~[^~\n]+~)?(?:\[\])?))\s*[$*]?\s*$/;
/** `Customer : +String name`: a member written on a line of its own after its class's name. */
const DIAGRAM_MEMBER_LINE = /^\s*([A-Za-z_]\w*)\s*:\s*(\S.*)$/;

/** A classDiagram attribute as a field: Mermaid's generic `~T~` read as `<T>`. */
function diagramField(member: string): ModelField | undefined {
  const m = member.includes('(') ? null : DIAGRAM_MEMBER.exec(member);
  if (!m) return undefined;
  const raw = (m[1] ?? m[4])!.replace(/~([^~]+)~/, '<$1>');
  return typedField((m[2] ?? m[3])!, raw);
}

/**
 * A Mermaid classDiagram: each class with attributes is a model (a class with only methods is
 * none), its members in its braces or on lines of their own (`Customer : +String name`); a class
 * marked `<<enumeration>>` is an enum, inlined where an attribute names it.
 */
export function readClassDiagram(value: string, lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  const enums = new Map<string, string>();
  for (const m of value.includes('<<enum') ? value.matchAll(DIAGRAM_ENUM) : []) {
    const values = m[2]!.split('\n').map((v) => v.trim()).filter((v) => /^[A-Za-z_]\w*$/.test(v));
    if (values.length >= 2) enums.set(m[1]!, literalUnion(values));
  }
  const field = withEnums(diagramField, enums);
  readDeclBlocks(lines, firstLine, DIAGRAM_CLASS, (line) => (line.includes('<<') ? undefined : field(line)), ctx, out, { fieldsOnly: true });
  lines.forEach((text, i) => {
    const m = text.includes(':') && !text.includes('--') && !text.includes('..') ? DIAGRAM_MEMBER_LINE.exec(text) : null;
    const f = m && !enums.has(m[1]!) ? field(m[2]!) : undefined;
    if (f) out.model(ctx, firstLine + i, m![1]!, [f]);
  });
}
