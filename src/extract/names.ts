const IRREGULAR = new Map<string, string>(Object.entries({ people: 'person', children: 'child', men: 'man', women: 'woman', data: 'data', media: 'media', criteria: 'criterion', indices: 'index', analyses: 'analysis', series: 'series', species: 'species', news: 'news', movies: 'movie', cookies: 'cookie', calories: 'calorie', selfies: 'selfie', zombies: 'zombie', rookies: 'rookie' }));

/** English singular of one lower- or mixed-case word (rules, not a dictionary). */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR.get(lower);
  if (irregular) return word[0] === word[0]!.toUpperCase() ? irregular[0]!.toUpperCase() + irregular.slice(1) : irregular;
  if (lower.length > 4 && lower.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|zz)es$/.test(lower)) return word.slice(0, -2);
  if (/(?:ss|us|is|os)$/.test(lower) || lower.length <= 2) return word;
  if (lower.endsWith('s')) return word.slice(0, -1);
  return word;
}

const ONE_WORD = /^[A-Za-z0-9]+$/;
/** Where `words` splits an ASCII run: camelCase (`orderLine`) and acronyms (`HTTPServer`). */
const WORD_BREAK = /[a-z0-9][A-Z]|[A-Z][A-Z][a-z]/;

/** Split `order_lines`, `Order lines`, `OrderLine`, `order-line` into words. */
export function words(raw: string): string[] {
  // One plain word (`orders`, `Order`, `ORDER`) is the common case: no regex passes, no split.
  if (ONE_WORD.test(raw) && !WORD_BREAK.test(raw)) return [raw];
  return raw
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Model name as code wants it: PascalCase, last word singular (`refunds` → `Refund`,
 * `order_lines` → `OrderLine`). Returns undefined when nothing name-like is left.
 */
export function normalizeModelName(raw: string): string | undefined {
  const cleaned = raw.replace(/[`*_]+/g, (m) => (m.includes('_') && !m.includes('`') && !m.includes('*') ? m : ' ')).trim();
  const parts = words(cleaned);
  if (parts.length === 0 || parts.length > 5) return undefined;
  const last = parts.length - 1;
  parts[last] = singularize(parts[last]!);
  const name = parts.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  if (!/^\p{L}/u.test(name)) return undefined;
  return name;
}

/** A heading or cell that names one thing (`Book`, `Loan entity`, `` `orders` table``), not a topic. */
const GENERIC = /^(?:data|data ?models?|(?:eloquent|jpa|hibernate|orm|prisma|mongoose|active ?record|django|sqlalchemy|typeorm|sequelize|pydantic|drizzle|ecto|gorm|ef core|entity framework|laravel|rails|doctrine)\s+(?:models?|entit(?:y|ies)|schemas?|classes)|(?:minimum|minimal|core|key|main|initial|mvp|required|essential|basic)\s+data(?: ?models?)?|data (?:minimum|minimal|inti|utama|pokok|dasar)|datos (?:mínimos|básicos|principales)|dados (?:mínimos|básicos|principais)|données (?:minimales|principales|de base)|(?:mindest|basis|stamm|kern)daten|data (?:contracts?|dictionar(?:y|ies)|catalog(?:ue)?s?|definitions?|specs?|specifications?|formats?|layers?|notes?)|models?|entities|entity|schemas?|fields|attributes|properties|columns|tables?|database|db|types?|domain(?: model)?|overview|details?|definitions?|structure|storage|persistence|core entities|key entities|data structures?|data shapes?|objects?|objets?|objetos?|objekte|oggetti|records?|dane|danych|model danych|rekordy?|kayıt|encje|veri(?: modeli)?|varlıklar|entiteter|daten|datenmodelle?|entitäten|datos|dados|données|entidades|entités|(?:modelos?|modèles?)? ?d[eo]s? (?:datos|dados|données)|dati|entità|modell[oi](?: (?:dei )?dati)?|gegevens(?:model(?:len)?)?|datamodel(?:len)?|(?:kern|hoofd)?entiteiten|(?:nyckel|kärn)?entiteter|entidades clave|(?:kluczowe|główne) encje|temel varlıklar|(?:ключевые|основные) сущности|(?:ключові|основні) сутності|сутності|моделі даних|модель даних|entitas|model data|данные|сущности|запис[ьиі]|записи|запису|модель данных|数据模型|数据|資料模型|データモデル|データ|데이터 모델|데이터)$/i;
/** Headings of the parts of an HTTP message ("Request body", "Query parameters", "Headers"): their field tables describe a call, not a model. */
const MESSAGE_PART = /^(?:(?:request|response|query|path|header|form|url|body|success|error)[ -](?:body|payload|fields|params|parameters|schema|headers)|params|parameters|headers|payload|body|query string)$/i;
/** Does a caption or heading name a part of an HTTP message ("Request body:", "**Query parameters**")? */
export function isMessagePart(text: string): boolean {
  return MESSAGE_PART.test(text.replace(/[`*_:：]/g, ' ').replace(/\s+/g, ' ').trim());
}
/** Words that say what kind of thing a heading names (`Order entity`, `Entité Facture`, `Entität: Termin`), in the known languages. */
const ROLE_WORDS = 'model|entity|table|type|object|record|schema|collection|resource|entität|entitaet|entité|entidad|entidade|entità|entiteit|entitas|modell|modèle|modelo|modello|tabelle|tabla|tabela|tableau|tabella|tabel';
const ROLE_WORD = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${ROLE_WORDS})(?![\\p{L}\\p{N}_])`, 'giu');
/** Role words that are also the names of things a product keeps (a recipe `Collection`, a booking `Resource`). */
const ROLE_NAME = /^(?:collection|resource)$/i;
/** `<words> — <name>`, `<words>: <name>`: the words in group 1, the name in group 2. */
const GENERIC_LABEL = /^([^:：—–]+?)\s*(?:[:：—–]|\s-)\s*(\S.*)$/;
/** A heading that is a lower-case name in code marks, maybe numbered, maybe with a note in parentheses after it: the name in group 1. */
const CODE_TABLE_HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?`([a-z][a-z0-9]*(?:_[a-z0-9]+)*)`\s*(?:\([^()]*\))?$/;
/** The id a change request or a requirement list gives an item: `C4`, `FR-3`, `DM-12.1`. */
const ITEM_ID = /^[A-Z]{1,5}-?\d+(?:\.\d+)*$/;
/** `Entity: Customer`, `Entität: Termin`, `Model - Order`: the name after a role word and a separator. */
const ROLE_LABEL = new RegExp(`^(?:${ROLE_WORDS})\\s*[:：-]\\s*(.+)$`, 'iu');

/** A name, then a word for its fields (`Subscription fields`): the name in group 1. */
const FIELDS_AFTER = /^(\S.*?)\s+(?:fields|columns|attributes)$/i;
/** What a label after a name says follows of it: "Walk — fields", "Invoice: schema". */
const FIELDS_LABEL = /^(?:fields|columns|attributes|properties|schema|shape|structure)$/i;
/** Words before "field" that say which fields, not whose: `Key field`, `Request field`, `Custom fields`. */
export const FIELD_QUALIFIER = /^(?:key|main|primary|core|important|notable|required|optional|custom|extra|other|new|old|form|input|output|request|response|query|path|header|body|payload|param(?:eter)?s?|source|target|computed|derived|system|hidden|display|sort|filter|search|index|db|database|table|data|api|ui|json|common|shared|base|audit|meta|metadata|additional|dynamic|calculated|virtual)$/i;

/** Emoji, pictographs and their joiners/variation selectors at the start of a heading. */
export const LEADING_SYMBOLS = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;
/**
 * `<words> (<identifier>)` with ASCII or full-width parentheses, maybe a labelled note after it
 * (`利用者（CareRecipient）　テーブル名：care_recipients`): the identifier in group 2.
 */
const CODE_NAME_AFTER = /^(?:\d+(?:\.\d+)*\.?\s*)?([^(（]+?)\s*[(（]\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\s*[)）](?:[\s\u3000]+[^\s\u3000()（）:：][^()（）:：]{0,20}[:：][^()（）]*)?\s*$/;

/** A letter of a script other than Latin (Han, kana, Hangul, Cyrillic…). */
const NON_LATIN_WORD = /[^\p{Script=Latin}\P{L}]/u;
/** `<words in another script> <identifier>` or the other way round, without parentheses ("积分账户 PointsAccount", "`Reward` 兑换商品"). */
const CODE_NAME_BESIDE = /^(?:\d+(?:\.\d+)*\.?\s*)?(?:([^A-Za-z(（]+?)\s+`?([A-Za-z_][A-Za-z0-9_]*)`?|`?([A-Za-z_][A-Za-z0-9_]*)`?\s+([^A-Za-z(（]+?))\s*$/;

/** A note in parentheses, ASCII or full-width, with the space around it. */
const PARENTHESES = /\s*(?:\([^)]*\)|（[^）]*）)\s*/g;

/** "and"/"or" in the languages the section words know. */
const CONJUNCTION = /^(?:and|or|und|oder|y|o|e|et|ou|en|of|i|lub|och|eller|ve|veya|dan|atau|и|или|&)$/i;

/**
 * A heading that asks what one thing holds: "What a licence holds", "What each booking stores",
 * "What's in a pre-order", "What goes into a booking" (group 1 or 2 the thing, one or two words).
 * The source (without anchors or groups' use) is the data topic's too (context.ts MODEL_WORDS).
 */
/** "What we store" in Spanish, Portuguese, French, German, Italian and Dutch, as a data section's heading ("Lo que guardamos", "Was wir speichern"). */
export const STORED_CLAUSE_SOURCE = String.raw`(?:lo )?que (?:guardamos|almacenamos|se guarda)|o que (?:guardamos|armazenamos|salvamos)|ce que (?:nous|l'on|on) (?:stockons|enregistrons|gardons|conservons|stocke|enregistre|garde|conserve)|was wir speichern|was gespeichert wird|(?:cosa|ciò che|quello che) (?:salviamo|memorizziamo|conserviamo|registriamo)|wat we (?:opslaan|bewaren)`;
export const WHAT_IT_HOLDS_SOURCE = String.raw`what\s+(?:a|an|each|every|one|the)\s+(\p{L}[\p{L}\p{N}-]*(?:\s+\p{L}[\p{L}\p{N}-]*)?)\s+(?:holds|stores|keeps|contains|records|tracks|carries|looks like|is made of)|what(?:'s|’s|\s+is|\s+goes)\s+(?:in|into|inside)\s+(?:a|an|each|every|one|the)\s+(\p{L}[\p{L}\p{N}-]*(?:\s+\p{L}[\p{L}\p{N}-]*)?)`;
const WHAT_IT_HOLDS = new RegExp(`^(?:${WHAT_IT_HOLDS_SOURCE})$`, 'iu');
const STORED_CLAUSE = new RegExp(`^(?:${STORED_CLAUSE_SOURCE})$`, 'i');
/** A heading that is a clause: it opens with a question word or holds a pronoun. */
const CLAUSE_HEADING = /^(?:what|how|why|where|which|who|when)\b|\b(?:we|our|you|your|it|they|their)\b/i;

/** A code name in PascalCase (`Child`, `PickupPerson`), not an acronym (`SDL`, `EARS`) nor a note (`legacy`). */
const PASCAL_NAME = /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*$/;

/**
 * `Barn (Child)`, `Hämtare (PickupPerson)`, `Byt (Unit)`: one or two words of a language written in Latin
 * letters, then the code name in PascalCase. A topic with its technology (`Database (Supabase)`,
 * `Pages (Blazor)`) names no model, so the words before must not be one of the words of a topic.
 */
function nativeBesideCodeName(native: string, code: string): boolean {
  const words = native.trim().split(/\s+/);
  if (words.length > 2 || !PASCAL_NAME.test(code) || !/^\p{Lu}/u.test(native.trim())) return false;
  if (native.trim().toLowerCase() === code.toLowerCase()) return false;
  return !TOPIC_WORD.test(native.trim()) && !GENERIC.test(native.trim());
}
/** The words of a section's topic: a heading holding one is about a part of the product, not one thing of it. */
const TOPIC_WORD = /(?<![\p{L}])(?:pages?|screens?|views?|routes?|ui|ux|apis?|endpoints?|schemas?|models?|data(?:base)?|db|storage|backend|frontend|requirements?|must|should|could|won'?t|auth\p{L}*|tests?|deploy\p{L}*|hosting|stack|infra\p{L}*|services?|jobs?|queues?|events?|webhooks?|emails?|notifications?|payments?|search|analytics|logging|monitoring|interfa\p{L}*)(?![\p{L}])/iu;

export function modelNameFromHeading(heading: string): string | undefined {
  let text = heading;
  // Emoji and symbols before the name ("📦 Workspace", "🗂️ Data model") decorate it.
  if (!/^[\p{L}\p{N}`*_]/u.test(text)) text = text.replace(LEADING_SYMBOLS, '');
  // So do they inside the bold of a caption over a table (`**🏪 Bakery**`).
  else if ((text.startsWith('**') || text.startsWith('__')) && !/^[\p{L}\p{N}`*_]/u.test(text.slice(2))) text = text.slice(0, 2) + text.slice(2).replace(LEADING_SYMBOLS, '');
  // "会员（Member）", "会議室 (Room)", "用户表（users）": a name in another script with its code name after it.
  if (text.includes('(') || text.includes('（')) {
    // `**Επιθεώρηση (Inspection)**`: a caption in bold is read as its words.
    const coded = CODE_NAME_AFTER.exec(text.includes('**') ? text.replace(/\*\*/g, '') : text);
    if (coded && (!/[A-Za-z]/.test(coded[1]!) || nativeBesideCodeName(coded[1]!, coded[2]!))) text = coded[2]!;
  }
  // "团购活动 Activity（表 `tg_activity`）": the names side by side, a note after them.
  if (NON_LATIN_WORD.test(text)) {
    const beside = CODE_NAME_BESIDE.exec(text.includes('(') || text.includes('（') ? text.replace(PARENTHESES, ' ').trim() : text);
    if (beside && NON_LATIN_WORD.test(beside[1] ?? beside[4]!)) text = (beside[2] ?? beside[3])!;
  }
  // "3.2 `record`", "`audit_event` (control table)": a table's name as SQL writes it, in code marks, names that table even when it is a word that elsewhere heads a topic.
  const table = text.includes('`') ? CODE_TABLE_HEADING.exec(text) : null;
  if (table && !MESSAGE_PART.test(table[1]!)) return normalizeModelName(table[1]!);
  // A note in parentheses, ASCII or full-width (`Equipment（備品）`), is no part of the name.
  text = text.replace(/^\d+(?:\.\d+)*\.?\s*/, '').replace(/[`*]/g, '').replace(PARENTHESES, ' ').trim();
  // "The Session object", "A Ticket": the article is no part of the name.
  text = text.replace(/^(?:the|an?)\s+(?=\S)/i, '');
  // "Data dictionary — ErasureRequest", "Schema: Invoice": a generic label, then the name it is for.
  const labelled = text.includes('—') || text.includes('–') || text.includes(':') || text.includes(' - ') ? GENERIC_LABEL.exec(text) : null;
  // "C4 — Visit", "D-2: Invoice": a change's or requirement's id, then the name.
  if (labelled && (GENERIC.test(labelled[1]!) || ITEM_ID.test(labelled[1]!))) text = labelled[2]!;
  // "Walk — fields", "Invoice: schema": the name, then a generic label of what follows.
  else if (labelled && FIELDS_LABEL.test(labelled[2]!.trim())) text = labelled[1]!;
  if (GENERIC.test(text) || MESSAGE_PART.test(text)) return undefined;
  const colon = ROLE_LABEL.exec(text);
  if (colon) text = colon[1]!;
  // `Collection`, `Resource` alone: a thing many products name so, not a role word with its name left out.
  if (!ROLE_NAME.test(text)) text = text.replace(ROLE_WORD, ' ').replace(/\s+/g, ' ').trim();
  // `Subscription fields`, `Invoice columns`: the fields of the model the words before name (`Custom fields` names a thing of its own).
  const listed = FIELDS_AFTER.exec(text);
  if (listed && !FIELD_QUALIFIER.test(listed[1]!)) text = listed[1]!;
  if (text === '' || GENERIC.test(text) || MESSAGE_PART.test(text)) return undefined;
  // "What a licence holds", "What each booking stores": the clause names the thing whose data it lists.
  const holder = text.includes(' ') ? WHAT_IT_HOLDS.exec(text) : null;
  if (holder) return normalizeModelName((holder[1] ?? holder[2])!);
  // "What we store", "How it works", "Lo que guardamos": a clause, no thing's name.
  if (CLAUSE_HEADING.test(text) || STORED_CLAUSE.test(text)) return undefined;
  if (text.split(' ').length > 3 || /[^\p{L}\p{N} _-]/u.test(text)) return undefined;
  // "Locations and EVSEs", "Orders & payments": two things, no one model's name.
  const words = text.split(' ');
  if (words.length === 3 && CONJUNCTION.test(words[1]!)) return undefined;
  return normalizeModelName(text);
}

/** A name in code case alone in code marks: `Recipe`, `LineItem`. */
const CODE_CASE_SPAN = /`(\p{Lu}[\p{L}\p{N}]*)`/gu;

/**
 * The model a line names in code marks, when it names one only: "Sample `Recipe` as returned by
 * `GET /api/recipes/:id`:" names Recipe; a line with two such names, or none, names none.
 */
export function codeNameIn(line: string): string | undefined {
  if (!line.includes('`')) return undefined;
  const coded = [...line.matchAll(CODE_CASE_SPAN)];
  return coded.length === 1 ? normalizeModelName(coded[0]![1]!) : undefined;
}
/** Words of a caption that say its block is an example, not which model it shows. */
const EXAMPLE_MARKER = /(?<![\p{L}\p{N}])(?:examples?|samples?|e\.\s?g\.?|i\.\s?e\.?|for instance|ejemplos?|exemplos?|exemples?|beispiele?|przykład\p{L}*|örnek\p{L}*|exempel|voorbeeld\p{L}*|esempi[oi]?|пример\p{L}*|приклад\p{L}*)(?![\p{L}\p{N}])|示例|例|예시/giu;
const EXAMPLE_WORD = new RegExp(EXAMPLE_MARKER.source, 'iu');

/** Does a line say that what follows it is an example: "example record", "a sample", "e.g."? */
export function saysExample(line: string): boolean {
  return EXAMPLE_WORD.test(line);
}
/** What else a caption around an example marker may say without naming anything ("For example", "Here is an example"). */
const CAPTION_FILLER = /(?<![\p{L}\p{N}])(?:for|an?|the|here|is|are|of|this|that|these|below|above|following|as|follows|such|like|some|see|typical|full|minimal|complete|json|yaml)(?![\p{L}\p{N}])/giu;

/**
 * The model a caption right above a block names (`**Book**`, `` `books` table ``, "Invoice example"),
 * or undefined. A caption that only marks an example ("For example", "e.g.", "Example record",
 * "Here is an example") names none: the block belongs to the heading's model.
 */
export function captionModelName(caption: string): string | undefined {
  const marked = caption.replace(EXAMPLE_MARKER, ' ');
  if (marked === caption) return modelNameFromHeading(caption);
  const rest = marked.replace(CAPTION_FILLER, ' ').replace(/[:：,.;]/g, ' ').replace(/\s+/g, ' ').trim();
  if (rest === '') return undefined;
  return codeNameIn(caption) ?? modelNameFromHeading(rest);
}

/**
 * A thing named with a capital after "for each", "for every" or "per", then a colon: "Data to capture
 * for each Loan:", "We record the following for every `Invoice`:". Group 1 the name; what follows the
 * colon is what is kept of it.
 */
const FOR_EACH_NAMED = /(?<![\p{L}\p{N}])(?:(?:for|of|on|about)\s+(?:each|every)|per)\s+(?:\*\*|__|`)?(\p{Lu}[\p{L}\p{N}]*)(?:\*\*|__|`)?\s*[:：]/u;

/**
 * The model a line names as the thing something is kept "for each" of (FOR_EACH_NAMED), with the
 * offset where the text after its colon starts; undefined when it names none.
 */
export function forEachNamed(line: string): { name: string; rest: number } | undefined {
  if (!line.includes('each') && !line.includes('every') && !line.includes('per ')) return undefined;
  const m = FOR_EACH_NAMED.exec(line);
  const name = m ? normalizeModelName(m[1]!) : undefined;
  return name ? { name, rest: m!.index + m![0].length } : undefined;
}

/** A page title when the PRD gives none: `/orders` → `Orders`, `/orders/:id` → `Order detail`, `/` → `Home`. */
export function titleFromRoute(route: string): string {
  const segs = route.split('/').filter(Boolean);
  if (segs.length === 0) return 'Home';
  const last = segs[segs.length - 1]!;
  const human = (s: string) => {
    const w = words(s).join(' ').toLowerCase();
    return w ? w[0]!.toUpperCase() + w.slice(1) : s;
  };
  if (last.startsWith(':')) {
    const prev = [...segs].reverse().find((s) => !s.startsWith(':'));
    return prev ? `${singularize(human(prev))} detail` : 'Detail';
  }
  return human(last);
}

/**
 * A schema that shapes a call, not a record (OpenAPI's components, zod's objects): a verb and what it acts on, then the part of
 * the call (`CreateOrderRequest`, `ListOrdersResponse`, `UpdateUserInput`), what it acts on and then the
 * verb (`AppointmentCreate`, `OrderCreateRequest`, `OrderUpdateInput`, `DockPatchBody`), or an error envelope
 * (`Error`, `ErrorResponse`, `ProblemDetails`). `MaintenanceRequest`, `SurveyResponse` or `StatusUpdate` are records.
 */
const MESSAGE_SCHEMA = /^(?:(?:Create|Update|Patch|Delete|List|Get|Search|Upsert|Replace|Add|Remove|Find|Fetch)[A-Z]\w*(?:Request|Response|Input|Body|Payload|Params|Result|Output)|[A-Z][a-z]\w*(?:Create(?:Request|Input|Body|Payload|Params|Dto|DTO)?|(?:Update|Patch)(?:Request|Input|Body|Payload|Params|Dto|DTO))|(?:Api|Http|HTTPValidation|Validation)?Errors?(?:Response|Body)?|Problem(?:Details)?)$/;

/** Does a schema's name say it shapes a call (MESSAGE_SCHEMA)? */
export function shapesCall(name: string): boolean {
  return MESSAGE_SCHEMA.test(name);
}
