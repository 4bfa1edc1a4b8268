import type { ModelField } from '../types.js';

const STRING = /^(?:string|str|text|varchar|nvarchar|char|character(?: varying)?|uuid|guid|identifier|email|url|uri|date|datetime|date-?time|timestamp|timestamptz|time|enum|id|objectid|cuid|citext|slug|phone|password|hash|ulid|iso ?8601|isodate|localdate|instant|zoneddatetime)(?:\s*\(.*\))?$/i;
const NUMBER = /^(?:number|num|int|integer|int2|int4|int8|smallint|bigint|tinyint|float|float4|float8|double(?: precision)?|decimal|numeric|real|money|currency|serial|bigserial|long|short|byte|u?int(?:8|16|32|64)?|float(?:32|64)|f(?:32|64)|percent(?:age)?|count|cents|pence|pounds|dollars|euros|yen|big ?decimal|big ?integer|biginteger)(?:\s*\(.*\))?$/i;
/**
 * A boolean's type word, or its two values written as the type (`yes/no`, `true or false`), in the
 * known languages too: `ja/nein`, `oui/non`, `sì/no`, `sim/não`, `ya/tidak`, `đúng/sai`, `có/không`, `是/否`.
 */
const BOOLEAN = /^(?:boolean|bool|bit|flag|yes ?(?:\/|,|or) ?no|true ?(?:\/|,|or) ?false|(?:ja ?\/ ?nein|wahr ?\/ ?falsch|oui ?\/ ?non|vrai ?\/ ?faux|s[ií] ?\/ ?no|sì ?\/ ?no|vero ?\/ ?falso|verdadero ?\/ ?falso|sim ?\/ ?não|verdadeiro ?\/ ?falso|ya ?\/ ?tidak|benar ?\/ ?salah|đúng ?\/ ?sai|có ?\/ ?không|ja ?\/ ?nee|ja ?\/ ?nej|tak ?\/ ?nie|evet ?\/ ?hayır|да ?\/ ?нет|так ?\/ ?ні|是 ?\/ ?否|はい ?\/ ?いいえ)|(?:ano ?\/ ?ne|ναι ?\/ ?όχι))$/i;
/** `tinyint(1)`: MySQL's boolean. */
const TINYINT_1 = /^tinyint\s*\(\s*1\s*\)$/i;
/** `timestamp with time zone`, `time(3) without time zone` (SQL). */
const ZONED_TIME = /^(?:timestamp|time)(?:\s*\(\d+\))?\s+with(?:out)?\s+time\s+zone$/i;
/**
 * Type words a PRD writes in Spanish, Portuguese, French, German, Italian, Dutch, Polish, Swedish,
 * Turkish, Russian, Ukrainian, Indonesian, Vietnamese, Chinese, Japanese or Korean, and
 * the property types of no-code tools (Notion, Airtable): the same closed set as the English words.
 */
const WORD_TYPES = new Map<string, string>([
  ...['cadena de texto', 'fecha', 'hora', 'fecha y hora', 'texte', 'chaîne', 'chaine', 'heure', 'zeichenkette', 'zeichenfolge', 'datum', 'uhrzeit', 'zeitstempel', '字符串', '文本', '字符', '日期', '时间', '日期时间', '時間', '字串', '日期時間', '時間戳', '列舉', '文字列', 'テキスト', '日付', '日時', '時刻', '문자열', '텍스트', '날짜', '시간', '일시', 'chaîne de caractères', 'chaine de caracteres', 'cadena de caracteres', 'cadeia de caracteres', 'rich text', 'long text', 'plain text', 'single line text', 'markdown', 'select', 'single select', 'phone number', 'record id', 'date with time', 'created time', 'last edited time', 'texto', 'cadena', 'teks', 'tanggal', 'waktu', 'testo', 'tekst', 'stringa', 'data', 'ora', 'datumtijd', 'tijd', 'tijdstempel', 'carimbo de data/hora', 'marca temporale', 'orario', 'jam', 'chuỗi', 'chuỗi ký tự', 'văn bản', 'ngày', 'giờ', 'ngày giờ', 'ngày tháng', 'thời gian', 'thời điểm', 'godzina', 'czas', 'ciąg znaków', 'napis', 'sträng', 'tid', 'tidpunkt', 'tidsstämpel', 'metin', 'dize', 'tarih', 'saat', 'zaman', 'строка', 'текст', 'дата', 'время', 'дата-время', 'рядок', 'час', 'дата-час', 'строк', 'tekenreeks', '枚举', '枚舉', '列挙', '列挙型', '区分', '열거형'].map((w) => [w, 'string'] as [string, string]),
  ...['décimal', 'réel', 'flottant', 'número', 'numero', 'entero', 'inteiro', 'nombre', 'entier', 'zahl', 'ganzzahl', 'dezimalzahl', 'dezimal', 'kommazahl', 'betrag', 'montant', 'monto', 'importe', 'importo', 'bedrag', 'kwota', 'belopp', 'tutar', 'сумма', '金额', '金額', '금액', '整数', '数字', '数值', '小数', '浮点数', '整型', '數字', '數值', '整數', '浮點數', '浮点型', '数値', '整数値', '小数点数', '숫자', '정수', '실수', 'desimal', 'angka', 'bilangan', 'bilangan bulat', 'intero', 'decimale', 'getal', 'số', 'số nguyên', 'số thực', 'số thập phân', 'geheel getal', 'decimaal', 'decimaal getal', 'kommagetal', 'liczba', 'liczba całkowita', 'liczba dziesiętna', 'liczba zmiennoprzecinkowa', 'heltal', 'decimaltal', 'tal', 'flyttal', 'sayı', 'tam sayı', 'tamsayı', 'ondalık', 'ondalık sayı', 'число', 'целое число', 'дробное число', 'десятичное число', 'ціле число', 'дробове число', 'десяткове число', 'чисел'].map((w) => [w, 'number'] as [string, string]),
  // Swedish, Czech, Ukrainian and Greek.
  ...['klockslag', 'řetězec', 'čas', 'datum a čas', 'рядків', 'дата й час', 'κείμενο', 'συμβολοσειρά', 'ημερομηνία', 'ώρα', 'ημερομηνία και ώρα', 'χρονοσφραγίδα'].map((w) => [w, 'string'] as [string, string]),
  ...['číslo', 'celé číslo', 'desetinné číslo', 'αριθμός', 'ακέραιος', 'ακέραιος αριθμός', 'δεκαδικός', 'δεκαδικός αριθμός'].map((w) => [w, 'number'] as [string, string]),
  ...['logická hodnota', 'λογική τιμή'].map((w) => [w, 'boolean'] as [string, string]),
  ...['booleano', 'booléen', 'booleen', 'wahrheitswert', '布尔', '布尔值', '布尔型', '布林', '布林值', '真偽値', '論理値', '불리언', 'checkbox', 'booleaan', 'wartość logiczna', 'logiczna', 'boolesk', 'mantıksal', 'логическое', 'логический', 'булево', 'логічне', 'логічний', 'булеве'].map((w) => [w, 'boolean'] as [string, string]),
  // Arabic, Hebrew, Persian and Thai.
  ...['نص', 'نصي', 'نصوص', 'سلسلة نصية', 'تاريخ', 'وقت', 'تاريخ ووقت', 'تاريخ و وقت', 'طابع زمني', 'معرف', 'معرّف', 'טקסט', 'מחרוזת', 'תאריך', 'שעה', 'תאריך ושעה', 'תאריך ושעה', 'מזהה', 'رشته', 'متن', 'تاریخ', 'زمان', 'تاریخ و زمان', 'تاریخ و ساعت', 'شناسه', 'ข้อความ', 'สตริง', 'วันที่', 'เวลา', 'วันที่และเวลา', 'วันเวลา', 'ตัวระบุ'].map((w) => [w, 'string'] as [string, string]),
  ...['رقم', 'عدد', 'رقم صحيح', 'عدد صحيح', 'عشري', 'رقم عشري', 'عدد عشري', 'مبلغ', 'مبلغ عشري', 'מספר', 'מספר שלם', 'מספר עשרוני', 'סכום', 'عدد صحیح', 'عدد اعشاری', 'اعشاری', 'ตัวเลข', 'จำนวนเต็ม', 'ทศนิยม', 'จำนวนเงิน', 'จำนวน'].map((w) => [w, 'number'] as [string, string]),
  ...['منطقي', 'قيمة منطقية', 'بولياني', 'בוליאני', 'בוליאן', 'ערך בוליאני', 'بولی', 'بولین', 'منطقی', 'บูลีน', 'บูลลีน', 'ค่าความจริง'].map((w) => [w, 'boolean'] as [string, string]),
]);
/** Two words joined by "and" or "with" (English, French, Spanish, Portuguese, Italian, German, Dutch, Indonesian, Vietnamese, Polish, Swedish, Turkish, Russian, Ukrainian), or by a hyphen or slash (`date-heure`, `Datum/Uhrzeit`, `Datum mit Uhrzeit`). */
const TYPE_PAIR = /^(\S+)\s+(?:and|&|et|y|e|und|en|dan|và|i|oraz|och|ve|и|і|та|a|й|και|or|o|ou|oder|atau|hoặc|with|mit|avec|con|com|dengan|met|med|z|ile|с|з)\s+(\S+)$|^(\p{L}+)\s*[-/]\s*(\p{L}+)$/iu;
/** A multi-select property (Notion's `Multi-select`, Airtable's `Multiple select`), maybe with its options after a colon. */
const MULTI_SELECT = /^(?:multi[- ]?select|multiple select)(?:\s*[:：].*)?$/i;
/** The word for an array or list in Japanese, Chinese or Korean, after a type (`文字列の配列`, `字符串数组`). */
const CJK_LIST = /(?:配列|リスト|数组|數組|陣列|列表|배열|목록|리스트)$/;
/** `list of`, `array of` and their words in French, Spanish, Portuguese, Italian, German, Dutch and Indonesian (`liste de textes`, `lista de números`), Vietnamese's, Russian's and Indonesian's without a word for "of" (`danh sách chuỗi`, `массив строк`, `daftar teks`): the member type in group 1. */
const LIST_OF = /^(?:(?:array|list|liste|lista|lijst|tableau|arreglo|matriz|daftar)\s+(?:of|de|des|d'|di|von|van|dari)\s*|(?:danh sách|mảng)\s+(?:các\s+)?|(?:массив|список|daftar)\s+)(.+)$/i;
/** LIST_OF's words in Swedish, Czech, Ukrainian and Greek (`lista av text`, `seznam UUID`, `масив рядків`, `λίστα από κείμενο`); `список` is LIST_OF's. */
const LIST_OF_EUROPEAN = /^(?:lista\s+(?:av|med)|seznam|масив|λίστα(?:\s+από)?|πίνακας)\s+(.+)$/iu;
/** LIST_OF in Arabic, Hebrew, Persian and Thai (`قائمة نصوص`, `רשימה של מספרים`, `آرایه‌ای از رشته`, `อาร์เรย์ของ uuid`): the member type in group 1. */
const LIST_OF_AR_HE_FA_TH = /^(?:قائمة|مصفوفة|רשימ(?:ה|ת)(?: של)?|מערך(?: של)?|لیست|آرایه(?:‌ای)?(?: از)?|อาร์เรย์(?:ของ)?|ลิสต์(?:ของ)?)\s*(.+)$/;
const UNKNOWN = /^(?:json|jsonb|object|any|unknown|map|record|dict|dictionary|hash ?map|blob|bytea|bytes|binary|buffer|file|image|geometry|point|mixed)$/i;

/** A type, "or" (in the known languages) and null: `string or null`, `datetime oder null`. */
const TYPE_OR_NULL = /^(.+?)\s+(?:or|oder|ou|o|atau|hoặc)\s+null$/i;
/** "null", then a clause that says when (`… or null when unassigned`). */
const NULL_WHEN_TAIL = /\s+null\s+(?:when|while|until|unless|if|before)\s.*$/i;

/** A type word no enum takes for a value: `string | int` is a union of types, `email | sms` one of values. */
const CORE_TYPE = /^(?:string|str|text|varchar|char|number|num|int|integer|float|double|decimal|bigint|long|boolean|bool|date|datetime|timestamp|time|uuid|id|object|array|json|any|unknown)$/;

/**
 * Map a PRD's type word to the closed set the generated code uses: `string`, `number`, `boolean`,
 * `unknown`, a model reference (a PascalCase identifier, checked against the models at render
 * time), or one of these followed by `[]`.
 * @param raw the type as written (`varchar(40)`, `Int?`, `string[]`, `List<Order>`, `'a' | 'b'`)
 */
export function normalizeFieldType(raw: string): string {
  let t = raw.trim().replace(/[`*]/g, '').replace(/[!?]+$/, '').trim();
  if (t === '') return 'unknown';
  // `('sms' | 'email')`: a union in parentheses, as a list of it writes them (`('sms' | 'email')[]`).
  if (t.startsWith('(') && t.endsWith(')') && t.indexOf(')') === t.length - 1 && t.includes('|')) t = t.slice(1, -1).trim();
  // `datetime | None`: Python's way to say the value may be null, as a PRP writes a field in prose.
  if (t.endsWith('None')) t = t.replace(/\s*\|\s*None$/, ' | null');
  // `string or null when unassigned`: when the value is null says no more about its type.
  if (t.includes(' null ')) t = t.replace(NULL_WHEN_TAIL, ' null');
  // `string or null`: the type, and null.
  const orNull = t.endsWith(' null') ? TYPE_OR_NULL.exec(t) : null;
  if (orNull) {
    const base = normalizeFieldType(orNull[1]!);
    return base === 'unknown' || base.endsWith('| null') ? base : `${base} | null`;
  }
  const array =
    /^(?:array|list|set|vec|sequence|readonlyarray)\s*(?:<\s*(.+)\s*>|\[\s*(.+?)\s*\])$/i.exec(t) ??
    /^(.+?)\s*\[\s*\]$/.exec(t) ??
    LIST_OF.exec(t) ??
    LIST_OF_EUROPEAN.exec(t) ??
    (t.charCodeAt(0) > 0x58f ? LIST_OF_AR_HE_FA_TH.exec(t) : null) ??
    listOfTypeAfter(t) ??
    /^\[\s*(.+?)\s*\]$/.exec(t);
  if (array) {
    const written = (array[1] ?? array[2])!;
    let inner = normalizeFieldType(written);
    // `list of strings`, `liste de textes`, `lista de URLs`: the member's type word in the plural (`URLs` is no model's name).
    if ((inner === 'unknown' || inner === written) && /\p{L}s$/u.test(written) && !UNKNOWN.test(written.slice(0, -1))) {
      const single = normalizeFieldType(written.slice(0, -1));
      if (inner === 'unknown' || single === 'string' || single === 'number' || single === 'boolean') inner = single;
    }
    // Dutch's and German's plural in -en (`lijst van teksten`, `Liste von Zahlen`): a type word's plural only.
    if (inner === 'unknown' && /\p{L}en$/u.test(written)) {
      const single = normalizeFieldType(written.slice(0, -2));
      if (single === 'string' || single === 'number' || single === 'boolean') inner = single;
    }
    if (inner.includes('|') && inner.includes('"') && !inner.includes('null')) return `(${inner})[]`;
    return inner.endsWith('[]') ? 'unknown[]' : `${inner}[]`;
  }
  // A no-code tool's multi-select (`Multi-select: ui, api`): a list of its options.
  if (MULTI_SELECT.test(t)) return 'string[]';
  // MSON's `enum[string]`: the type of the values (their union when the PRD lists them, see the readers).
  const enumOf = /^enum\s*\[\s*(\w+)\s*\]$/i.exec(t);
  if (enumOf) return normalizeFieldType(enumOf[1]!);
  // `文字列の配列`, `字符串数组`, `문자열 배열`: a type word, then the word for a list (Japanese, Chinese, Korean).
  const cjkList = CJK_LIST.exec(t);
  if (cjkList && cjkList.index > 0) {
    const inner = normalizeFieldType(t.slice(0, cjkList.index).trimEnd().replace(/の$/, ''));
    if (inner !== 'unknown') return inner.endsWith('[]') ? 'unknown[]' : `${inner}[]`;
  }
  if (t.includes('|')) {
    const all = t.split('|').map((p) => p.trim());
    const nullable = all.some((p) => /^null$/i.test(p));
    const parts = all.filter((p) => p !== '' && !/^(?:null|undefined)$/i.test(p));
    let base: string;
    if (parts.length > 0 && parts.every((p) => /^(['"]).*\1$/.test(p))) base = literalUnion(parts.map((p) => p.slice(1, -1)));
    else if (parts.length > 0 && parts.every((p) => /^-?\d+(?:\.\d+)?$/.test(p))) base = 'number';
    else if (parts.length === 1) base = normalizeFieldType(parts[0]!);
    // `active | paused | broken`: lower-case words that are no type words are values, and so are
    // words a type word may spell beside them (`email | sms`, `url | none`), unless one names a core type (`string | int`).
    else if (parts.every((p) => /^[a-z][a-z0-9_-]*$/.test(p)) && parts.some((p) => normalizeFieldType(p) === 'unknown' && !UNKNOWN.test(p)) && !parts.some((p) => CORE_TYPE.test(p))) base = literalUnion(parts);
    else {
      const mapped = [...new Set(parts.map((p) => normalizeFieldType(p)))];
      base = mapped.length === 1 ? mapped[0]! : 'unknown';
    }
    return nullable && base !== 'unknown' ? `${base} | null` : base;
  }
  if (/^(['"]).*\1$/.test(t)) return 'string';
  t = t.replace(/\s+(?:not null|null|primary key|unique|default\b.*|references\b.*|pk|fk|@.*)$/i, '').trim();
  if (STRING.test(t) || ZONED_TIME.test(t)) return 'string';
  // MySQL's BOOLEAN is a synonym of TINYINT(1), and tools map it back to a boolean (Rails, Prisma's introspection).
  if (TINYINT_1.test(t)) return 'boolean';
  if (NUMBER.test(t)) return 'number';
  if (BOOLEAN.test(t)) return 'boolean';
  if (UNKNOWN.test(t)) return 'unknown';
  // Type words of other languages and of no-code tools ("Datum", "entero", "字符串", "Checkbox").
  // `data` (a date in Portuguese and Italian) only in lower case: `Data` may be a model's name.
  const word = t === 'Data' ? undefined : WORD_TYPES.get(t.toLowerCase());
  if (word !== undefined) return word;
  // Two type words joined by "and" in a known language that agree: `date and time`, `date et heure`, `fecha y hora`, `date-heure`.
  if (t.includes(' ') || t.includes('-') || t.includes('/')) {
    const pair = TYPE_PAIR.exec(t);
    if (pair) {
      const a = normalizeFieldType((pair[1] ?? pair[3])!);
      if (a !== 'unknown' && /^(?:string|number|boolean)$/.test(a) && a === normalizeFieldType((pair[2] ?? pair[4])!)) return a;
    }
  }
  if (/^[A-Z][A-Za-z0-9]*$/.test(t) && t.length <= 64) return t;
  // A type word after a word that says what kind: `emoji string`, `short text`, `positive integer`, `unix timestamp`.
  const kind = KIND_OF_TYPE.exec(t);
  if (kind) {
    const base = normalizeFieldType(kind[1]!);
    if (base === 'string' || base === 'number' || base === 'boolean') return base;
    // `email address`, `currency code`; `the code`, `their name` are words about something, not a type.
    if (STRING_NOUN.test(kind[1]!) && !NOT_A_VALUE.test(t)) return 'string';
  }
  // `integer 1–7`, `heltal 0..100`: a number's type word, then the range of its values.
  const ranged = TYPE_THEN_RANGE.exec(t);
  if (ranged && normalizeFieldType(ranged[1]!) === 'number') return 'number';
  const listed = TYPE_THEN_LIST.exec(t) ?? TYPE_THEN_UNIT.exec(t);
  // Only a programming type keyword opens such a phrase: `text messages` or `date range` are things, not a typed unit.
  if (listed && (listed[2] === undefined || TYPE_KEYWORD.test(listed[1]!))) {
    const base = normalizeFieldType(listed[1]!);
    const primitive = base === 'string' || base === 'number' || base === 'boolean';
    if (primitive && listed[2] === undefined) return `${base}[]`;
    if (primitive && normalizeFieldType(listed[2]!) === 'unknown' && !UNKNOWN.test(listed[2]!)) return base;
  }
  // `montant en euros`, `Betrag in Euro`, `integer in cents`: a type word, then the unit or currency it is counted in.
  const unit = t.includes(' ') ? TYPE_IN_UNIT.exec(t) : null;
  if (unit && normalizeFieldType(unit[1]!) === 'number') return 'number';
  // `datetime ISO 8601`, `date-heure ISO 8601`, `Zeitstempel RFC 3339`: a type, then the standard its text follows.
  const standard = TEXT_STANDARD_AFTER.exec(t);
  if (standard && standard.index > 0 && normalizeFieldType(t.slice(0, standard.index)) === 'string') return 'string';
  return 'unknown';
}

/** A type word, "in" (in the known languages) and one word of unit or currency: `montant en euros`, `Betrag in Euro`, `number in cents`. */
const TYPE_IN_UNIT = /^(\p{L}+)\s+(?:in|en|em|im|dalam|w|i|на|в)\s+\p{L}+$/u;

/** The name of a standard a date's text follows, after its type word. */
const TEXT_STANDARD_AFTER = /\s+(?:ISO[- ]?8601|RFC[- ]?3339)$/i;

/**
 * Two words, the first a plain lower-case one or a name with a number in it (`ISO-8601`, `UTF-8`,
 * `64-bit`): its last word may be the type (see normalizeFieldType).
 */
const KIND_OF_TYPE = /^(?:\p{Ll}+|\p{Lu}{2,}|(?:\p{Lu}{2,}[ -])?(?=[\p{L}\p{N}.-]*\p{N})[\p{L}\p{N}][\p{L}\p{N}.-]*)\s+(\p{L}+)$/u;
/** Nouns that name a string as the last word of a phrase (`email address`, `currency code`, `api key`, `display name`). */
const STRING_NOUN = /^(?:address|code|token|key|identifier|handle|label|name|title|reference)$/i;
/** Type keywords of programming and query languages, which no English phrase opens with. */
const TYPE_KEYWORD = /^(?:string|str|integer|int|bigint|smallint|float|double|decimal|numeric|boolean|bool|uuid|varchar|timestamp|timestamptz|datetime)$/i;
/** A type word, then a range of numbers (`integer 1–7`, `int (0..5)`). */
const TYPE_THEN_RANGE = /^(\p{L}+)\s+\(?-?\d+(?:\.\d+)?\s*(?:[–—-]|\.\.)\s*-?\d+(?:\.\d+)?\)?$/u;
/** A type word, then a word that says it holds several (`string array`, `uuid list`). */
const TYPE_THEN_LIST = /^(\p{Ll}+)\s+(?:array|list|set)$/u;
/** A type word, then a word that says what it counts or holds (`integer cents`, `int seconds`): not a modifier or a type of its own. */
const TYPE_THEN_UNIT = /^(\p{Ll}+)\s+(?!(?:nullable|optional|required|unique|null|not|primary|pk|fk|index|indexed|default|enum|array|list|set|map)$)(\p{Ll}+)$/u;

/**
 * Does a written type read as one: a type word of any kind, a model name, an enum, or a word that
 * says the type is open (`json`, `object`)? `registers pipelines` or `full access` do not.
 */
export function readsAsType(raw: string): boolean {
  return normalizeFieldType(raw) !== 'unknown' || UNKNOWN.test(raw.replace(/[`*]/g, '').replace(/[!?]+$/, '').trim());
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

/** A list of a type, as TypeScript writes it: a union's members in parentheses (`("sms" | "push")[]`). */
export function listOf(type: string): string {
  return type.includes('|') ? `(${type})[]` : `${type}[]`;
}

/** What a field's notes say: its type (as written), optional, nullable. */
export interface FieldNotes {
  type?: string;
  optional: boolean;
  nullable: boolean;
}

/**
 * An enum's values after a word that says so: `enum: a, b`, `one of a, b`, a no-code tool's `Select: a, b`,
 * or a data dictionary's coded value with its codes after a colon (`code: residential, commercial`).
 */
const ENUM_NOTE = /^(?:enum(?:eration)?|code(?: list)?(?=\s*[:：])|one of|either|among|parmi|values?|allowed(?: values)?|uno de|una de|um de|uma de|l'une? de|eins von|un[oa] (?:tra|fra|di)|(?:single[- ])?select|énumération|enumeraci[oó]n|enumera[cç][aã]o|enumerazione|aufzählung|pilihan|liệt kê|перечисление|枚举|枚舉|列舉|列挙型?|区分|열거형?)(?![a-zà-ÿ])\s*[:：]?\s*(.+)$/i;
/** ENUM_NOTE's words in Swedish, Czech, Ukrainian and Greek: `en av a, b`, `výčet: a, b`, `перелік: a, b`, `ένα από: a, b`. */
const ENUM_NOTE_EUROPEAN = /^(?:en av|ett av|výčet|jeden z|jedna z|jedno z|перелік|одне з|одна з|один з|ένα από|μία από|μια από|απαρίθμηση)(?![\p{L}])\s*[:：]?\s*(.+)$/iu;
/** Does a note open with a word that says an enum's values follow (`one of a, b`, `parmi a, b`, `en av a, b`; ENUM_NOTE)? */
export function opensEnum(note: string): boolean {
  return ENUM_NOTE.test(note) || ENUM_NOTE_EUROPEAN.test(note);
}
/** ENUM_NOTE's words in Arabic, Hebrew, Persian and Thai: `قائمة محددة: a / b`, `אחד מ: a / b`, `یکی از: a / b`, `ค่าใดค่าหนึ่ง: a, b`. */
const ENUM_NOTE_AR_HE_FA_TH = /^(?:قائمة محددة|(?:إحدى|أحد) (?:ال)?قيم|واحد من|אח(?:ד|ת) מ(?:הערכים)?|یکی از|ค่าใดค่าหนึ่ง|หนึ่งใน)\s*[:：]?\s*(.+)$/;
const SLASH_LIST = /^[\p{L}\p{N}_-]+(?:\s*\/\s*[\p{L}\p{N}_-]+)+$/u;
/** Values a bar separates in a field's note: `(AM | PM)`, `` (`draft` | `sent`) `` (code marks dropped). */
const BAR_LIST = /^[\p{L}\p{N}_-]+(?:\s*\|\s*[\p{L}\p{N}_-]+)+$/u;
const IGNORED_NOTE = /^(?:required|mandatory|unique|indexed|index|pk|fk|uk|primary key|foreign key|not null|read-?only|immutable|generated|auto(?:-?increment)?|serial|computed|(?:fk|references?|→|->)\b.*|.*\bkey\b.*)$/i;
const DEFAULT_NOTE = /^(?:default(?:s to)?|defaults?\s*[:=]?|por defecto|padrão)\s*[:=]?\s*(.+)$/i;
/** A range of numbers as a field's note: `1–4`, `0-100`, `0..5`, `1 to 10`. */
const NUMBER_RANGE = /^-?\d+(?:\.\d+)?\s*(?:[–—-]|\.\.|to)\s*-?\d+(?:\.\d+)?$/;
const OPTIONAL_WORD = /^(?:optional|opcional|facultatif|optionnel|facoltativo|opzionale|optioneel|opsional|opcjonaln[eya]|isteğe bağlı|opsiyonel|valfri(?:tt)?|frivillig|não obrigatório|nicht erforderlich|niet verplicht|non obbligatorio|no obligatorio|non obligatoire|nieobowiązkowe|icke obligatoriskt|zorunlu değil|необязательн(?:ое|ый|ая)(?: поле)?|необов['’]язков(?:е|ий|а)(?: поле)?|선택(?: 항목| 사항| 입력)?|任意(?:項目|入力)?|可选|可選|选填|選填|非必填|非必須)$|^(?:nepovinn[éýá]|προαιρετικ(?:ό|ός|ή))$/i;
/** OPTIONAL_WORD in Arabic, Hebrew, Persian and Thai, maybe with why after a dash (`רשות — רק ברשימת ההמתנה`). */
const OPTIONAL_WORD_AR_HE_FA_TH = /^(?:اختياري|غير (?:إلزامي|إجباري|مطلوب)|רשות|אופציונלי|לא חובה|اختیاری|غیر ?اجباری|ไม่บังคับ|ไม่จำเป็น)(?:\s+[—–-]\s.*)?$/;
const isOptionalWord = (p: string): boolean => OPTIONAL_WORD.test(p) || OPTIONAL_WORD_AR_HE_FA_TH.test(p);
/**
 * Words that open a clause saying when (`if`, `until`, `before`, `unless`, `när`, `gdy`, `до`, `nếu`), or in
 * which case (`bei`), in the known languages.
 */
const WHILE_WORDS = "if|until|when|while|unless|before|once|as long as|solange|bis|wenn|falls|sofern|bei|außer|es sei denn|tant que|jusqu'[àa]|quand|si|sauf|à moins que|hasta|mientras|cuando|salvo|excepto|a menos que|at[ée]|enquanto|quando|exceto|a não ser que|selama|sampai|jika|kecuali|finch[ée]|se|tranne|a meno che|als|totdat|zolang|wanneer|tenzij|do|dopóki|gdy|jeśli|chyba że|när|tills|om|innan|medan|до|пока|если|когда|доки|якщо|коли|sebelum|ketika|saat|bila|apabila|nếu|khi|cho đến khi|trừ khi|trước khi" +
  '|dokud|když|pokud|μέχρι|όταν|εάν|αν';
/** French WHILE_WORDS whose vowel the next word elides: "tant qu'aucun", "lorsqu'il", "jusqu'au", "s'il". */
const ELIDED_WHILE = "(?:tant qu|lorsqu|jusqu|s)['’]\\p{L}";
/**
 * "The value may be null" as a note says it, in the known languages: `nullable`, `may be null`,
 * `peut être nul`, `puede ser nulo`, `kann null sein`, `boleh null`, `kan vara null`, `может быть null`;
 * the phrases of several words maybe with a clause that says when (`may be null before drop-off`); `nullable — until accepted`.
 */
const NULLABLE_PHRASE = new RegExp(`^(?:nullable(?:\\s+[—–]\\s.*|\\s+(?:for|${WHILE_WORDS})\\s.*)?|null|null\\s*(?:可|可能|許容|许可|允许|허용|가능|erlaubt|zulässig|allowed|permitted|autorisé|permis|permitido|diizinkan)|可空|可为空|可為空|允许为空|允許為空|anulable|(?:(?:may|can) be null|peut [eê]tre nul(?:le)?|(?:puede|pode) ser nul(?:[oa]|l)|(?:kann|darf) null sein|pu[oò] essere null[oa]?|(?:mag|kan) null zijn|boleh null|bisa null|có thể (?:là )?null|może być null|kan vara null|null olabilir|может быть null|може бути null|může být null|μπορεί να είναι null)(?:\\s+(?:${WHILE_WORDS})\\s.*|\\s+[—–-]\\s.*)?)$`, 'iu');
/**
 * "null until the message is sent", "null if the request timed out", "null, solange …", "null do …": when the value is null, so it may be.
 * "Null means all stores", "null = no limit", "null signifie …": what a null value stands for, so it may be null too.
 * French "nul" only before French words: Dutch "nul als …" is "zero if …".
 */
const NULL_WHILE = new RegExp(`^(?:null|nul[oa]|nulle|null[oa])(?:\\s*,)?\\s+(?:(?:for|${WHILE_WORDS})\\s|${ELIDED_WHILE})|^nul(?:\\s*,)?\\s+(?:(?:tant que|quand|si|sauf|lorsque)\\s|${ELIDED_WHILE})|^null\\s*(?:=|means|stands for|represents|significa|signifie|bedeutet|betekent|berarti|oznacza|betyder|означает|означає)\\s*\\S`, 'iu');
/**
 * "未提交时为 null", "未返却の場合は null", "정지 중이 아니면 null": in Chinese, Japanese and Korean the clause
 * that says when comes first, and the note ends in null; so does a topic ("体験版は null", "시간권은 null", "子订单为 null"),
 * unless it says the value cannot be null ("不可为 null").
 */
const WHEN_NULL = /(?:(?:时|時|場合|とき|면|때|경우)(?:为|為|は|에는|에|는)?|(?<!(?:不|禁止|不允许|不允許)[可能得应應会會]?)[为為]|[は은는])\s*null$/iu;
/** "未支付时为空", "未設定の場合は空", "없으면 비어 있음": the clause that says when, then empty (see EMPTY_WHILE). */
const WHEN_EMPTY = /(?:时|時|場合|とき|면|때|경우)(?:为|為|は|에는|에|는)?\s*(?:空|空欄|空白|비어 ?있음|빈 ?값)$/u;
/**
 * "leer (null)", "empty (null)", "leeg zijn (null bij …)", "boş olabilir (null)": a word for empty (maybe with
 * its "be") with null beside it in parentheses, maybe with when, so the value may be null; not "(null not allowed)".
 */
/**
 * EMPTY_NULL and "may be null" in Arabic, Hebrew, Persian and Thai: "يقبل القيمة الفارغة (null)", "خالی (null)", "ค่าว่าง (null)",
 * "יכול להיות null", "يمكن أن يكون null"; not "(null) غير مسموح" (null not allowed), which names no empty word.
 */
const NULL_AR_HE_FA_TH = /(?:الفارغة|فارغ(?:ة|ًا|ا)?|ריק(?:ה)?|خالی|ค่าว่าง)\s*\(null\)|(?:يمكن أن يكون|قد يكون|يقبل|تقبل|יכול(?:ה)? להיות|עשוי(?:ה)? להיות|می‌تواند|ممکن است) null|เป็น null ได้/;
const EMPTY_NULL = /(?:(?:^|\s)(?:empty|blank|leer|vide|vac[ií]o|vazio|kosong|vuoto|leeg|tom|pust[ey]|boş)(?:\s+(?:sein|zijn|olabilir|kalabilir))?|空|空欄|空白|비어 ?있음|빈 ?값)\s*\(null(?:\)|\s(?!(?:not|non|niet|nicht|nie|değil|ne)\s))/iu;
/**
 * "empty until submitted", "may be empty when not yet scheduled", "leer, solange nicht abgegeben", "vide tant que…", "leeg (null) als…": a note
 * that says when a value is empty. Of a value that is not text nor a list (a date, a time, a number), empty is null.
 */
const EMPTY_WHILE = new RegExp(`^(?:(?:may|can|might|will) be\\s+|(?:peut|peuvent) [eê]tre\\s+|(?:puede|pueden) (?:estar|quedar)\\s+|(?:pode|podem) (?:estar|ficar)\\s+|(?:può|possono) (?:essere|restare)\\s+|is\\s+|stays\\s+|remains\\s+)?(?:empty|blank|unset|leer|vide|vac[ií]o|vazio|kosong|vuoto|leeg|tom|pust[ey]|boş|пусто|пустое|порожнє)\\s*(?:\\(null\\))?\\s*[,;:]?\\s*(?:(?:${WHILE_WORDS})\\s|${ELIDED_WHILE})`, 'iu');
/** `string nullable`, `integer optional`: a type with its modifier after it (`nullable string`: before it, tested by prefix). */
const MODIFIER_AFTER = /\s(?:nullable|optional)$/i;
/** Words that start a phrase, not an enum value: "one of the plans", "one of three options". */
const NOT_A_VALUE = /^(?:the|a|an|these|those|this|that|our|your|their|its|his|her|my|some|any|all|each|every|many|several|both|two|three|four|five|six|seven|eight|nine|ten|which|who|whom|them|us|it)(?![\p{L}\p{N}])/iu;

/**
 * The values of an enum as a PRD lists them after "one of" or "enum:": `draft, sent, paid`,
 * `credit or debit`, `'a' | 'b'`. The list ends at a sentence's end. Undefined when the text is a
 * phrase, not a list ("the most important features", "three plans"): fewer than two values, or a
 * value that is long or starts like a phrase.
 */
export function enumValues(list: string): string[] | undefined {
  // `[a, b]`, `(a, b)`, `{a, b}`, `('a','b')`: the list inside its brackets.
  const bracketed = /^\s*[[({]([^\])}]*)[\])}]/.exec(list);
  const head = bracketed ? bracketed[1]! : list.split(/[.;(](?:\s|$)|\(/)[0]!;
  const values = head
    .split(/,|\/|\||\bor\b|\band\b/)
    .map((v) => v.trim().replace(/^['"“‘]|['"”’]$/g, '').replace(/[.)]+$/, '').trim())
    .filter((v) => v !== '');
  if (values.length < 2) return undefined;
  for (const [i, v] of values.entries()) {
    if (v.length > 40 || v.split(/\s+/).length > 3 || !/^[\p{L}\p{N}_]/u.test(v)) return undefined;
    // "the plans", "them": a phrase. A capital letter alone ("A, B") is a value, and so is such a
    // word alone after the first value (`kg, l, each`, `none, any`): a phrase opens with it.
    if (NOT_A_VALUE.test(v) && (v.includes(' ') || (i === 0 && v.length > 1 && v === v.toLowerCase()))) return undefined;
  }
  return values;
}

/** An enum's type: a union of string literals, or `number` when every value is a number. */
function enumType(values: string[]): string {
  return values.every((v) => /^-?\d+(?:\.\d+)?$/.test(v)) ? 'number' : literalUnion(values);
}

/** A type that only says its values are listed elsewhere. */
const ENUM_WORD = /^(?:enum(?:eration)?|enumerated|select|single select|choice|picklist|pick list|enumeraci[oó]n|enumera[cç][aã]o|énumération|aufzählung|auswahl(?:liste)?|selección|seleção|sélection|liste de choix|pilihan|liệt kê|перечисление|枚举|枚舉|列舉|列挙|列挙型|区分|열거형)$/i;

/** Does a written type only say its values are listed elsewhere (`enum`, `select`, `énumération`)? */
export function isEnumWord(type: string): boolean {
  return ENUM_WORD.test(type.replace(/[`*]/g, '').trim());
}

/** The type of a list of enum values (`in_attesa, confermata`), or undefined when it is no such list (see enumValues). */
export function enumValuesType(list: string): string | undefined {
  const values = enumValues(list);
  return values ? enumType(values) : undefined;
}

/** "one of", "enum", "allowed values" anywhere in a note, then its list. */
const ENUM_IN = /(?<![\p{L}\p{N}])(?:one of|either|enum(?:eration)?|(?:allowed|possible|valid) values|values|options|choices|uno de|una de|um de|uma de|l'une? de|un[oa] (?:tra|fra|di)|één van|een van|jedn[aoe] z|ett av|en av|одно из|одна из|один из|одне з|одна з|один з)(?:\s+(?:los valores|de waarden|wartości|värdena|значений|значень))?(?![\p{L}\p{N}])[\s:：]*(\S.*)$/iu;

/**
 * The enum a free note states anywhere in it ("One of: draft, sent, paid", "must be one of draft or
 * sent"), as a type, or undefined. Used for a table's notes column and the text after a field's type.
 */
export function enumInNote(note: string): string | undefined {
  const m = ENUM_IN.exec(note.replace(/[`*]/g, ''));
  const values = m ? enumValues(m[1]!) : undefined;
  return values ? enumType(values) : undefined;
}

/**
 * What free notes beside a field add to it (a table's notes column, the text after `name: type,`):
 * an enum ("One of: draft, sent, paid") when the type is a string or not written, and `optional` /
 * `nullable` written as a note of their own. Other words describe the field and are left alone.
 * @param type the field's written type, normalised (undefined when none is written)
 */
/** "string or null", "`timestamp` or null", "string or null when unassigned": the type's other value after "or" (in the known languages), maybe with when it is. */
const OR_NULL = /(?:^|\s)(?:or|oder|ou|o|atau|of|hoặc)\s+null(?:\s+(?:when|while|until|unless|if|before)\s[^,;()]*)?$/i;

/**
 * Does one note say the value may be null: `nullable`, `may be null until …`, `null when …`,
 * `string or null`, `empty (null) when …` (null named beside "empty", so whatever the type)?
 */
function saysNull(part: string): boolean {
  return NULLABLE_PHRASE.test(part) || NULL_WHILE.test(part) || (part.includes('null') && NULL_AR_HE_FA_TH.test(part)) || OR_NULL.test(part) || (part.includes('(null)') && EMPTY_WHILE.test(part)) || (part.slice(-4).toLowerCase() === 'null' && WHEN_NULL.test(part));
}

export function readSideNotes(note: string, type: string | undefined, written = ''): { type?: string; optional: boolean; nullable: boolean } {
  // Full-width parentheses are parentheses (`为空（NULL）`).
  // The dash or colon that sets the note apart from the name is no part of it (`` `metodo` — facoltativo, … ``).
  const text = note.replace(/[`*]/g, ' ').replace(/（/g, '(').replace(/）/g, ')').replace(/\s{2,}/g, ' ').trim().replace(/^(?:[—–-]|:)\s+/, '');
  if (text === '') return { optional: false, nullable: false };
  // A note in parentheses is a part of its own: "may be empty (nullable)"; full-width commas and stops separate as ASCII ones do.
  const parts = text.split(/[,;.()，；。、،؛]/).map((p) => p.trim());
  const optional = parts.some(isOptionalWord);
  const nullable =
    parts.some((p) => p.toLowerCase() !== 'null' && saysNull(p)) ||
    NULL_WHILE.test(text) ||
    (text.includes('(') && EMPTY_NULL.test(text)) ||
    (text.includes('null') && NULL_AR_HE_FA_TH.test(text)) ||
    (type !== undefined && type !== 'unknown' && !type.endsWith('[]') && (type !== 'string' || /date|time|instant|日|時|时|일시|날짜/i.test(written)) && (EMPTY_WHILE.test(text) || parts.some((p) => EMPTY_WHILE.test(p) || WHEN_EMPTY.test(p))));
  // A type cell that only says "enum" (or "Select", "枚举"): the notes are its values ("draft, sent, paid", "普通/银卡/金卡").
  // "one of a, b" says where the list starts: read so first.
  const stated = type === undefined || type === 'string' ? enumInNote(text) : undefined;
  const listed = stated === undefined && written !== '' && ENUM_WORD.test(written.replace(/[`*]/g, '').trim()) ? enumValues(text) : undefined;
  const enumType = listed ? literalUnion(listed) : stated;
  const list = enumType === undefined && type === 'unknown' && JSON_TYPE.test(written.replace(/[`*]/g, '').trim()) ? jsonListType(parts, text) : undefined;
  const noted = enumType ?? list;
  return { ...(noted !== undefined ? { type: noted } : {}), optional, nullable };
}

/** A type cell that says the value is JSON, whose notes may say what it holds. */
const JSON_TYPE = /^(?:json|jsonb)$/i;

/**
 * What a JSON column holds when its note says it is a list (`标签数组`, `菜品 ID 数组`, `ID の配列`,
 * `array of tag names`, `lista de IDs`): a list of the type its member's word names (`ID` → string)
 * or, else, of the type of the example the note gives (`如 ["素食", "低脂"]`). Undefined when no part says list.
 */
function jsonListType(parts: readonly string[], text: string): string | undefined {
  for (const part of parts) {
    const cjk = CJK_LIST.exec(part);
    const member = cjk ? part.slice(0, cjk.index).trim().replace(/の$/, '') : (LIST_OF.exec(part)?.[1] ?? LIST_AFTER.exec(part)?.[1]);
    if (member === undefined) continue;
    for (const word of [member, member.split(/\s+/).pop()!]) {
      const t = word === '' ? 'unknown' : normalizeFieldType(`array of ${word}`);
      if (t === 'string[]' || t === 'number[]' || t === 'boolean[]') return t;
    }
    const example = /\[\s*(["“'\d-])/.exec(text);
    return example ? (/[\d-]/.test(example[1]!) ? 'number[]' : 'string[]') : 'unknown[]';
  }
  return undefined;
}
/** A phrase that ends in a word for a list: `tag array`, `id list`, Turkish's `uuid listesi`, `metin dizisi`; the member in group 1. */
const LIST_AFTER = /^(.+?)\s+(?:array|list|listesi|dizisi)$/i;
/** LIST_AFTER as a type: only when its member is a type word (`uuid listesi`); `order list` names no type. */
function listOfTypeAfter(t: string): RegExpExecArray | null {
  const m = t.includes(' ') ? LIST_AFTER.exec(t) : null;
  return m && normalizeFieldType(m[1]!) !== 'unknown' ? m : null;
}

/**
 * A slash list whose members are all built-in type words (`int/float`, `date/time`) names a type,
 * not values: the members' type when they agree, else `unknown`. Capitalised values
 * (`Pending/Approved`) are values, not model names.
 */
function slashType(part: string): string | undefined {
  const members = part.split('/').map((p) => p.trim());
  const types = members.map((p) => normalizeFieldType(p));
  if (!types.every((t, i) => t === 'string' || t === 'number' || t === 'boolean' || UNKNOWN.test(members[i]!))) return undefined;
  const distinct = [...new Set(types)];
  return distinct.length === 1 ? distinct[0] : 'unknown';
}

/**
 * Read the notes a PRD writes beside a field name, in parentheses or a type cell:
 * `(uuid)`, `(pending/approved/rejected)`, `(enum: A, B)`, `one of A, B`, `(text, nullable)`,
 * `(nullable string)`, `(string?)`, `(optional, user id)`, `(integer, default 1)`. An enum becomes a
 * union of string literals, a default gives its value's type when no type is written.
 */
export function readFieldNotes(notes: string): FieldNotes {
  const result: FieldNotes = { optional: false, nullable: false };
  let rest = notes.replace(/[`*]/g, '').trim();
  const enumNote = ENUM_NOTE.exec(rest) ?? ENUM_NOTE_EUROPEAN.exec(rest) ?? (rest.charCodeAt(0) > 0x58f ? ENUM_NOTE_AR_HE_FA_TH.exec(rest) : null) ?? /(?:^|[,;]\s*)(?:enum|one of)\s*[:：]?\s*(.+)$/i.exec(rest);
  if (enumNote) {
    // `one of a / b / c, nullable`: a modifier after the values says of the field, it is no value.
    let list = enumNote[1]!;
    for (let last = /,\s*([^,]+?)\s*$/.exec(list); last && (isOptionalWord(last[1]!) || NULLABLE_PHRASE.test(last[1]!)); last = /,\s*([^,]+?)\s*$/.exec(list)) {
      if (isOptionalWord(last[1]!)) result.optional = true;
      else result.nullable = true;
      list = list.slice(0, last.index);
    }
    const values = enumValues(list);
    if (values) result.type = enumType(values);
    // "enum: x" with one value is still a string; "one of the plans" says nothing about the type.
    else if (/^[,;\s]*enum/i.test(enumNote[0])) result.type = 'string';
    rest = rest.slice(0, enumNote.index);
  } else if (OR_WORD.test(rest) || rest.split(',').length >= 3) {
    // `(sorting, driving or front-desk)`, `(pending, accepted or declined)`: bare words and "or" before the last are the values.
    // With no "or", three bare words at least (`(power, garden, ladders)`): two might be a field's notes.
    const values = rest.split(/\s*,\s*|\s+(?:or|o|ou|oder|atau)\s+/);
    if (values.length >= (OR_WORD.test(rest) ? 2 : 3) && values.every((v) => BARE_VALUE.test(v) && normalizeFieldType(v) === 'unknown' && !UNKNOWN.test(v) && !OPTIONAL_WORD.test(v) && !NULLABLE_PHRASE.test(v) && !IGNORED_NOTE.test(v)) && !BOOLEAN.test(values.join(' or '))) {
      result.type = enumType(values);
      return result;
    }
  }
  let fallback: string | undefined;
  // `(integer, empty if not a free skate)`, `(entier, vide si …)`: a note that says when the value is empty.
  let emptyWhile = false;
  for (const raw of rest.split(/\s*[,;，、；،؛]\s*/)) {
    let part = raw.trim();
    if (part.endsWith('?') && part.length > 1) {
      result.optional = true;
      part = part.slice(0, -1).trim();
    }
    // `nullable string`, `optional integer`, `string nullable`: the modifier, then the type alone.
    if (part.includes(' ')) {
      const lower = part.toLowerCase();
      const before = lower.startsWith('nullable ') || lower.startsWith('optional ');
      if (before || MODIFIER_AFTER.test(part)) {
        if ((before ? lower.slice(0, 8) : lower.slice(-8)) === 'optional') result.optional = true;
        else result.nullable = true;
        part = (before ? part.slice(9) : part.slice(0, -9)).trim();
      }
    }
    if (part === '') continue;
    // `optional: empty means pickup`: the word, then why.
    if (isOptionalWord(part) || (part.includes(':') && isOptionalWord(part.slice(0, part.indexOf(':')).trim()))) result.optional = true;
    else if (saysNull(part)) result.nullable = true;
    else if (EMPTY_WHILE.test(part)) emptyWhile = true;
    else if (IGNORED_NOTE.test(part)) continue;
    else if (DEFAULT_NOTE.test(part)) fallback ??= valueType(DEFAULT_NOTE.exec(part)![1]!);
    else if (NUMBER_RANGE.test(part)) fallback ??= 'number';
    else if (result.type === undefined && SLASH_LIST.test(part) && !BOOLEAN.test(part) && !/^n\s*\/\s*a$/i.test(part)) result.type = slashType(part) ?? literalUnion(part.split('/'));
    else if (result.type === undefined && BAR_LIST.test(part) && !part.split('|').some((v) => /^(?:string|number|boolean)$/.test(normalizeFieldType(v)) || /^(?:null|undefined|none)$/i.test(v.trim()))) result.type = literalUnion(part.split('|'));
    else if (result.type === undefined) {
      // "user id", "ISO date": the last word of a phrase names the type.
      const word = normalizeFieldType(part) === 'unknown' && part.includes(' ') && !UNKNOWN.test(part) ? part.split(/\s+/).pop()! : part;
      if (normalizeFieldType(word) !== 'unknown' || UNKNOWN.test(word)) result.type = word;
      // A plural that names the type of several fields at once: "(chaînes)", "(números)", "(booléens)".
      else if (word.length > 4 && word.endsWith('s') && !word.includes(' ') && normalizeFieldType(word.slice(0, -1)) !== 'unknown') result.type = word.slice(0, -1);
    }
  }
  result.type ??= fallback;
  // Of a value that is not text nor a list (a number, a date), empty is null (as readSideNotes reads a notes column).
  if (emptyWhile && result.type !== undefined && emptyIsNull(result.type)) result.nullable = true;
  return result;
}

/** Is an empty value of this written type null: a number, a boolean or a date or time, not text nor a list? */
function emptyIsNull(written: string): boolean {
  const type = normalizeFieldType(written);
  return type !== 'unknown' && !type.endsWith('[]') && (type !== 'string' || /date|time|instant|日|時|时|일시|날짜/i.test(written));
}

/** A value of an enum written bare: one lower-case word, maybe with `-` or `_` (`front-desk`, `in_review`). */
const BARE_VALUE = /^[\p{Ll}][\p{Ll}\p{N}_-]*$/u;
/** "or" between two values of a type cell, in the known languages (`draft or sent`, `borrador o enviado`). */
const OR_WORD = / (?:or|o|ou|oder|atau) /;
/** A type cell that starts with an enum word: its values follow, whatever separates them (`enum (DRAFT | SENT)`). */
const ENUM_LEAD = /^(?:enum(?:eration)?|one of)(?![a-z])/i;

/** A type word, then the enum word and its values: `text enum (a, b)`; the enum and what follows in group 2. */
const TYPED_ENUM = /^(\p{L}+)\s+(enum\b.*)$/iu;

/**
 * The enum word, the name of the enum type, then its values in brackets, as a database schema
 * names a Postgres enum (`enum volunteer_role (volunteer, coordinator)`, `enum public.status ('a', 'b')`):
 * the enum word in group 1, the bracketed values in group 2. The name is no value.
 */
const NAMED_ENUM = /^(enum(?:eration)?)\s+[\p{L}_][\p{L}\p{N}_.]*\s*([([{].*)$/iu;

/**
 * A written type with what is written around it: a type cell or the text after `name:`
 * (`uuid`, `varchar(40)`, `string?`, `string (optional)`, `integer, nullable`, `draft/paid/shipped`,
 * `string, one of a, b`, `'a' | 'b'`). The type is as written (normalise it with `notedType`).
 */
export function readTypeText(raw: string): FieldNotes {
  // Full-width parentheses (`enum（a / b）`, `datetime（null可）`) are parentheses;
  // full-width commas and semicolons (`datetime，可為空`) separate notes as ASCII ones do.
  let t = raw.replace(/[`*]/g, '').replace(/（/g, ' (').replace(/）/g, ')').replace(/，\s*/g, ', ').replace(/；\s*/g, '; ').trim();
  let optional = false;
  if (t.endsWith('?')) {
    optional = true;
    t = t.replace(/[!?]+$/, '').trim();
  }
  // `text enum (a, b)`, `string enum: a, b`: a string's type word before the enum word says no more than it.
  const typed = t.includes('enum') ? TYPED_ENUM.exec(t) : null;
  if (typed && normalizeFieldType(typed[1]!) === 'string') t = typed[2]!;
  const named = t.includes('enum') ? NAMED_ENUM.exec(t) : null;
  if (named) t = `${named[1]} ${named[2]}`;
  let notes: FieldNotes;
  // `datetime or null`, `integer or null`: a type whose value may be null (a type with notes is read as one below).
  const orNull = t.includes('null') && !/[,;()]/.test(t) ? OR_NULL.exec(t) : null;
  if (orNull && orNull.index > 0) return { ...readTypeText(t.slice(0, orNull.index)), ...(optional ? { optional } : {}), nullable: true };
  // `?string` (PHP, Hack): a value that may be null.
  const leading = /^\?\s*([A-Za-z]\w*)$/.exec(t);
  if (leading) return { type: leading[1]!, optional, nullable: true };
  // `[draft, sent]`, `{draft, sent}`: values in brackets.
  const bracket = /^[[{]([^[\]{}]*)[\]}]$/.exec(t);
  const listed = bracket && /[,|]/.test(bracket[1]!) ? valueList(bracket[1]!.replace(/\s*\|\s*/g, ', ')) : t.includes(',') || OR_WORD.test(t) ? valueList(t) : undefined;
  if (listed) notes = { type: literalUnion(listed), optional: false, nullable: false };
  else if ((t.includes('|') && !ENUM_LEAD.test(t)) || !/[,;(/]|\b(?:enum|one of|nullable|optional)\b/i.test(t)) notes = { type: t, optional: false, nullable: false };
  else {
    const paren = /^([^(]+?)\s*\(([^)]*)\)\s*$/.exec(t);
    notes = paren && !/^(?:varchar|char|decimal|numeric|enum|tinyint)$/i.test(paren[1]!.trim()) ? readFieldNotes(`${paren[1]}, ${paren[2]}`) : readFieldNotes(t);
    notes.type ??= t;
  }
  if (optional) notes.optional = true;
  return notes;
}

/**
 * A type cell that lists values, not a type with notes: `beantragt, genehmigt, abgelehnt` (two or
 * more lower-case words, none a type word or a note such as `required` or `unique`).
 */
function valueList(text: string): string[] | undefined {
  // `"individual" or "business"`: values may be quoted.
  const values = text.split(/\s*,\s*(?:(?:or|and|o|y|ou|et|oder|und|of|en|atau|dan)\s+)?|\s+(?:or|o|ou|oder|atau)\s+/).map((v) => v.trim().replace(/^(["'])(.+)\1$/, '$2'));
  if (values.length < 2) return undefined;
  for (const v of values) {
    if (!/^\p{Ll}[\p{Ll}\p{N}_-]*$/u.test(v) || readsAsType(v) || IGNORED_NOTE.test(v) || OPTIONAL_WORD.test(v) || NULLABLE_PHRASE.test(v) || BOOLEAN.test(v)) return undefined;
  }
  // `yes or no`, `true, false`: a boolean, not two values.
  if (values.length === 2 && BOOLEAN.test(`${values[0]}/${values[1]}`)) return undefined;
  return values;
}

/**
 * Values a PRD marks as code after a field, separated by `|`, a comma, a slash, "or" or "and" before the
 * last in a known language: `` `sms` | `email` ``, `` (`en` or `es`) ``, `` `a`, `b` y `c` ``. Undefined
 * unless two values at least, not all of them type words (`` `uuid` or `string` `` names types; `` `sms` | `email` `` are values).
 * @param text what follows the field's name, its separator first (`: `, ` — `, `(`)
 */
export function codeValues(text: string): string[] | undefined {
  const m = CODE_VALUES.exec(text);
  if (!m) return undefined;
  const values = [...m[0].matchAll(/`([^`\n]+)`/g)].map((v) => v[1]!.trim().replace(/^(['"])(.*)\1$/, '$2'));
  // One or two capitals (`S` | `M` | `L`, `EU` | `US`) are codes: no model has such a name.
  if (values.length < 2 || values.some((v) => v === '' || v.length > 40 || /\s/.test(v)) || values.every((v) => readsAsType(v) && !/^[A-Z]{1,2}$/.test(v))) return undefined;
  return values;
}
const CODE_VALUES = /^[\s:：—–(-]*`[^`\n]+`(?:\s*(?:(?:\||,|\/|\bor\b|\bo\b|\bou\b|\boder\b|\bof\b|\batau\b|\bili\b|\blub\b|\bveya\b|\beller\b|или|або|或)(?:\s*(?:\b(?:and|y|e|et|und|en|i|och|ve)\b|и|і|та))?|\b(?:and|y|e|et|und|en|i|och|ve)\b|и|і|та)\s*`[^`\n]+`)+/u;

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
