import type { Block } from '../prd/index.js';
import type { ModelField } from '../types.js';
import type { SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';
import { codeValues, enumInNote, enumValuesType, isEnumWord, literalUnion, normalizeFieldType, notedField, readFieldNotes, readSideNotes, readsAsType, readTypeText } from './field-types.js';
import { CODE_NAME, ID_FIELD, INTRODUCED_MODEL, codeFieldList, parseFieldItem, parseFieldList, splitFieldList } from './fields.js';
import { modelNameFromHeading, words } from './names.js';
import { isFieldsLabel } from './tables.js';
import { labelTopic, namesModelsLabel } from './context.js';

/** `` - `email` (string, required) ``, `` - `age?`: number ``, `` - **`name`** — shown to users ``. */
const FIELD_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?`([\p{L}_$][\p{L}\p{N}_$]*)(\??)`(?:\*\*|__)?\s*(?:\(([^)]*)\)|[:：]\s*`?([\p{L}][\p{L}\p{N}_<>[\]| '"]*?\??)`?(?:\s*\(([^)]*)\))?\s*(?:$|[—–,;.]|\s-\s)|(?<=\s)(?:_|\*(?!\*))([\p{L}][^_*\n]*?)(?:_|\*)(?![\p{L}\p{N}_*]))?/u;
/** A character past U+2000 (a star, an emoji): the cheap test for SYMBOL_AFTER_BULLET. */
const SYMBOL_NEAR_START = /[^\u0000-\u1fff]/;
/** A list item's bullet (group 1), then symbols that mark the item: `- ★ `, `* 🆕 `. */
const SYMBOL_AFTER_BULLET = /^(\s*(?:[-*+]|\d+[.)])\s+)[\p{Extended_Pictographic}\p{So}\uFE0F\u200D]+\s*/u;
/** `- title: string`, `- id — uuid`, `- **name** (string, optional)`, `- currency: 'EUR' | 'GBP'`: a plain name with a type word the extractor knows. */
/**
 * A list item of names in code marks only, two at least, each maybe with its values or type in
 * parentheses: `` - `id`, `patientId`, `platform` (`ios` | `android`), `lastSeenAt` ``.
 */
function codedNames(line: string): Array<{ name: string; note: string | undefined }> | undefined {
  if (!line.includes('`, `') && !line.includes('`,`') && !line.includes('), `')) return undefined;
  const parts = line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').split(/,(?![^()]*\))/).map((p) => p.trim());
  const out: Array<{ name: string; note: string | undefined }> = [];
  for (const part of parts) {
    const m = /^`([A-Za-z_$][\w$]*)`\s*(?:\(([^()]*)\))?$/.exec(part);
    if (!m) return undefined;
    out.push({ name: m[1]!, note: m[2]?.replace(/`/g, '') });
  }
  return out.length >= 2 ? out : undefined;
}

/** A list item of names as code writes them, one at least with an underscore or a hump, maybe a note in parentheses after: `- id, garden_id, user_id` (group 1 the names). */
const UNTYPED_NAMES = /^\s*(?:[-*+]|\d+[.)])\s+((?:[a-z][a-z0-9]*(?:[_A-Z][a-z0-9]*)*\s*,\s*)*[a-z][a-z0-9]*(?:[_A-Z][a-z0-9]*)*)\s*(?:\([^()\n]*\))?\s*$/;
/** A list item that is one lower-case word, maybe with a note in parentheses: `- nombre`, `- email (opcional)` (group 1 the name, 2 the note). */
const BARE_NAME_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+([a-z][A-Za-z0-9_]*)\s*(?:\(([^()\n]*)\))?\s*$/;
const PLAIN_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?([\p{L}_$][\p{L}\p{N}_$]*)(\??)(?:\*\*|__)?\s*(?:(?:[:：]|\s[—–])\s*([A-Za-z][\w<>[\]|' ]*?\??|"[^"\n]*"(?:\s*(?:\||,|,?\s+or\s)\s*"[^"\n]*")+|'[^'\n]*'(?:\s*\|\s*'[^'\n]*')+)\s*(?:\(([^)]*)\))?|\(([^)]*)\))\s*(?:$|[—–,;.]|\s-\s)/u;
/** Built-in types, a union of literals, or a list of a model (`Receipt[]`: the brackets say it is a type). */
const KNOWN_TYPE = /^(?:string|number|boolean|unknown)(?:\[\])?$|^"|^\p{Lu}[\p{L}\p{N}]*\[\]$/u;
/** A type that opens with what says an enum's values follow: `one of draft, sent`, `either a or b`. */
const ONE_OF = /^(?:one of|either)\s/i;
/** A plain item whose name and type a dash separates. */
const DASHED = /^[^:：]*\s[—–]/;

/**
 * A section named after a model (`### Entity: Customer`, `### Customer model`) whose list items
 * are backticked field names, optionally typed: one model with those fields. When its bold labels
 * (`**Office**`, `**Bean**`) group fields that each identify a record of their own (an `id` under
 * two of them), the labels name the models and the heading ("Data stuff") names none.
 */
export function readFieldList(blocks: Block[], ctx: SectionContext, out: TaskCollector): void {
  if (!ctx.model) return;
  const headingModel = modelNameFromHeading(ctx.section.title);
  let groups = fieldGroups(blocks, headingModel);
  if (headingModel && groups.length > 0 && blocks.some((b) => b.type === 'text' && !b.listItem && b.lines.length === 1 && BOLD_LABEL.test(b.lines[0]!))) {
    const labelled = fieldGroups(blocks, undefined);
    if (sharesIdField(labelled)) groups = labelled;
  }
  for (const g of groups) out.model(ctx, g.first, g.model, g.fields, g.lines);
  // `### Supplier` over "Name, phone, email and delivery days.": the model, its fields said in a sentence.
  const only = blocks.length === 1 ? blocks[0]! : undefined;
  if (headingModel && groups.length === 0 && only?.type === 'text' && !only.listItem) {
    const text = only.lines.join(' ');
    // `### Driver` over "`id` (uuid), `name` (string), `active` (boolean).": the fields in code marks, each with its notes.
    // Most of them typed in their notes: a list of values in code marks (`cash`, `bank`) names no fields.
    const coded = text.includes('`') ? codedNames(text.replace(/\.\s*$/, '')) : undefined;
    if (coded && coded.filter((c) => c.note !== undefined).length * 2 >= coded.length) {
      out.model(ctx, only.line, headingModel, coded.map((c) => {
        const notes = c.note !== undefined ? readFieldNotes(c.note) : { optional: false, nullable: false };
        return notedField(c.name, notes, notes.optional);
      }));
      return;
    }
    // "Contiene nome, cognome, email e specialità.": the word for "contains" is no field.
    const fields = proseFields(text.replace(HOLDS_LEAD, ''));
    if (fields) out.model(ctx, only.line, headingModel, fields);
    // "Nome, CPF, celular, e-mail.", "Berisi kode pesanan, nilai bintang 1–5, dan komentar.", "包含月卡编号、金额、支付时间…":
    // the model, its fields said as things; as fields only when each reads as a name.
    else if (text.length <= 300) {
      const listed = listedThings(text);
      if (listed) out.model(ctx, only.line, headingModel, listed);
    }
  }
}

/** A list item that opens with a name in code marks: `` - `startsAt` — ISO timestamp ``. */
const CODE_NAMED_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?`[\p{L}_$][\p{L}\p{N}_$]*\??`/u;

/** A list item of a name in code marks, then a separator: the cheap test of a section readTypedFieldList may read. */
const TYPED_ITEM_SIGNAL = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+`[\p{L}_$][\p{L}\p{N}_$]*\??`[ \t]*[—–:(-]/mu;
/** Can a section outside the data sections hold a list readTypedFieldList reads? */
export function mayContainTypedFieldList(body: string, ctx: SectionContext): boolean {
  return !ctx.model && !ctx.api && !ctx.page && (body.includes('- `') || body.includes('* `') || body.includes('. `')) && TYPED_ITEM_SIGNAL.test(body);
}

/**
 * Outside a data section, a section named after one thing (`### 4.4 C4 — Visit (new)` under "Detailed
 * changes") whose list items are all names in code marks, three or more, each with a type the
 * extractor knows (`` - `durationMinutes` — integer ``), one of them an id: that thing's fields, as a
 * change request or a design writes a new entity. Not in an API's or a screen's section, where such a list is a request's
 * or a form's; not when one item's type is unknown (`` - `npm test` — runs the suite ``), and not
 * without an id, as configuration keys and environment variables are written.
 */
export function readTypedFieldList(blocks: Block[], ctx: SectionContext, out: TaskCollector): void {
  if (ctx.model || ctx.api || ctx.page) return;
  let items = 0;
  for (const b of blocks) {
    if (b.type !== 'text' || !b.listItem) continue;
    if (!b.lines[0]!.includes('`') || !CODE_NAMED_ITEM.test(b.lines[0]!)) return;
    items++;
  }
  if (items < 3) return;
  const name = modelNameFromHeading(ctx.section.title);
  if (!name) return;
  const groups = fieldGroups(blocks, name);
  if (groups.length !== 1 || groups[0]!.model !== name || groups[0]!.fields.length !== items) return;
  const g = groups[0]!;
  if (g.fields.some((f) => f.inferred || f.type.startsWith('unknown')) || !g.fields.some((f) => ID_FIELD.test(f.name))) return;
  out.model({ ...ctx, model: true }, g.first, g.model, g.fields, g.lines);
}

/** What opens a sentence that says what a record holds: "Contains", "Enthält", "Contém", "Berisi", "Gồm", "包含". */
const HOLDS = String.raw`(?:(?:it\s+)?(?:contains|holds|has|includes|consists of)|enthält|besteht aus|umfasst|contient|comprend|contiene|comprende|contém|inclui|possui|berisi|terdiri (?:dari|atas)|memuat|mencakup|(?:bao\s+)?gồm(?:\s+có)?|chứa)`;
/**
 * A HOLDS word closing a caption with its colon, maybe with "the following fields" after it: "A
 * **Refund** record has:", "Each booking holds the following fields:", "Jede **Rechnung** enthält:".
 */
export const HOLDS_TAIL = new RegExp(String.raw`\s+${HOLDS}(?:\s+(?:the\s+)?(?:following\s+)?(?:fields|columns|attributes|properties))?\s*[:：]$`, 'iu');
/** A HOLDS word opening a sentence, with its colon. */
const HOLDS_LEAD = new RegExp(String.raw`^\s*${HOLDS}\s*[:：]?\s+`, 'iu');
/**
 * One thing a record holds, as a sentence names it: one to four words, or six after a HOLDS word (a
 * Vietnamese word is syllables a space separates: `thời điểm khách đồng ý`), each a run of anything but
 * white space, punctuation and Markdown marks (`e-mail`, `nilai bintang 1–5`; `listedThings` wants a
 * letter in each thing). A plain class, not `\p{L}`: a Unicode class compiled a dozen times over cost
 * each run 30 ms.
 */
const thing = (most: number) => String.raw`[^\s,.;:!?()*_\x60"[\]{}<>|/\\=#@$%^&+~]+(?: [^\s,.;:!?()*_\x60"[\]{}<>|/\\=#@$%^&+~]+){0,${most - 1}}`;
/** Things a comma separates, the last maybe after "and" in a known language (split by `listedThings`). */
const things = (most: number) => String.raw`${thing(most)}(?:\s*,\s*${thing(most)})+(?:\s*,?\s+(?:and|y|e|et|und|en|dan|và|&)\s+${thing(most)})?`;
/** A sentence that only lists things (three or more, counted by `listedThings`), after a HOLDS word or alone. */
const LISTED_THINGS = new RegExp(String.raw`^\s*(?:${HOLDS}\s*[:：]?\s+(${things(6)})|(${things(4)}))\s*\.?\s*$`, 'iu');
/** The same in CJK script: `包含` or `包括`, then three things or more an enumeration comma (、) separates, a clause may follow; or Japanese's `名称、管理番号、保管場所を含む。` (the verb last). */
const CJK_LISTED_THINGS = /^\s*(?:(?:包含|包括|含む|포함)[:：]?\s*[^、，,。.]{1,20}(?:、[^、，,。.]{1,20}){2,}(?:[，,。.]|$)|[^、，,。.]{1,20}(?:、[^、，,。.]{1,20}){2,}(?:を含む|を持つ|からなる|で構成される)[。.]?\s*$)/u;

/** The last two things of a list, "and" between them. */
const LAST_AND = /^\s*(.+?)\s+(?:and|y|e|et|und|en|dan|và|&)\s+(\S.*)$/iu;
/** A number or a range of numbers after a thing: a note on its values (`nilai bintang 1–5`). */
const TRAILING_RANGE = /\s+\d+(?:\s*[–-]\s*\d+)?\s*$/;
/** "and" opening the last item (`…, dan komentar`). */
const LEADING_AND = /^\s*(?:and|y|e|et|und|en|dan|và|&)\s+/iu;

/**
 * The things a paragraph under a model's heading lists as all it has (LISTED_THINGS): fields named
 * as code would name them when each reads so, none when one does not (`nilai bintang 1–5`); undefined
 * for a paragraph that is no such list.
 */
function listedThings(text: string): ModelField[] | undefined {
  if (CJK_LISTED_THINGS.test(text)) return [];
  if (!text.includes(',')) return undefined;
  const m = LISTED_THINGS.exec(text);
  if (!m) return undefined;
  const items = (m[1] ?? m[2]!).split(',');
  // "…, tổng tiền và thời điểm khách đồng ý": the last item may hold the last two.
  const tail = items[items.length - 1]!.replace(LEADING_AND, '');
  const last = LAST_AND.exec(tail);
  items.splice(items.length - 1, 1, ...(last ? [last[1]!, last[2]!] : [tail]));
  if (items.length < 3 || !items.every((item) => /\p{L}/u.test(item))) return undefined;
  // A range after a thing is a note on its values: `nilai bintang 1–5`.
  const names = items.map((item) => phraseFieldName(item.replace(TRAILING_RANGE, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')));
  if (names.some((n) => !/^[a-z][A-Za-z]*$/.test(n)) || new Set(names).size !== names.length) return [];
  return names.map((name, i) => notedField(name, { ...(TRAILING_RANGE.test(items[i]!) ? { type: 'number' } : {}), optional: false, nullable: false }, false));
}

/** One field as a sentence names it: one to three words of letters (`phone`, `días de reparto`). */
const PROSE_ITEM = String.raw`\p{L}+(?: \p{L}+){0,2}`;
/** A sentence that only lists three fields or more: commas, then "and" or its word in a known language before the last. */
const PROSE_FIELDS = new RegExp(String.raw`^\s*(${PROSE_ITEM}(?:\s*,\s*${PROSE_ITEM})+)\s*,?\s+(?:and|y|e|et|und|en|dan|&)\s+(${PROSE_ITEM})\s*\.?\s*$`, 'u');

/** PROSE_FIELDS on any line of a section body: the cheap test for a data section that may name its fields in a sentence. */
const PROSE_FIELDS_LINE = new RegExp(PROSE_FIELDS.source, 'mu');
/** Can a data section's body hold a paragraph that only lists fields (see `proseFields`)? */
export function mayListFieldsInProse(body: string): boolean {
  if (body.includes(',') && PROSE_FIELDS_LINE.test(body)) return true;
  // `listedThings` reads a section of one short paragraph only: a longer body is not tried.
  const only = body.length <= 600 ? body.trim() : '';
  if (only === '' || only.length > 300 || only.includes('\n\n')) return false;
  return (only.includes(',') && LISTED_THINGS.test(only.replace(/\s*\n\s*/g, ' '))) || (only.includes('、') && CJK_LISTED_THINGS.test(only));
}

/**
 * The fields a paragraph that is only a list of them names (PROSE_FIELDS), each as code writes a
 * name (`delivery days` → `deliveryDays`, accents dropped) with the type its name suggests; undefined
 * for any other paragraph.
 */
function proseFields(text: string): ModelField[] | undefined {
  const m = text.includes(',') ? PROSE_FIELDS.exec(text) : null;
  if (!m) return undefined;
  return phraseFields([...m[1]!.split(','), m[2]!]);
}

/** A field named by a phrase as code would name it: `delivery days` → `deliveryDays`, `días` → `dias` (accents dropped). */
export function phraseFieldName(phrase: string): string {
  return words(phrase.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('');
}

/** Fields named by phrases (`phraseFieldName`), untyped; undefined unless every name is an identifier and no two are the same. */
function phraseFields(phrases: readonly string[]): ModelField[] | undefined {
  const names = phrases.map(phraseFieldName);
  if (names.some((n) => !/^[a-z][A-Za-z0-9]*$/.test(n)) || new Set(names).size !== names.length) return undefined;
  return names.map((name) => notedField(name, { optional: false, nullable: false }, false));
}

/** A list item that is only three things or more, commas between them: `- plot, tenant name, start date, annual rent`. */
const COMMA_FIELDS = new RegExp(String.raw`^\s*(?:[-*+]|\d+[.)])\s+(${PROSE_ITEM}(?:\s*,\s*${PROSE_ITEM}){2,})\s*\.?\s*$`, 'u');

/** The fields a list item that only lists things names (COMMA_FIELDS), as `proseFields` names them; undefined for any other item. */
function commaFields(line: string): ModelField[] | undefined {
  const m = line.includes(',') ? COMMA_FIELDS.exec(line) : null;
  return m ? phraseFields(m[1]!.split(',')) : undefined;
}

/** A list item that is only fields each with its type in parentheses, two at least: `- id (uuid), weekStart (date)`. */
const TYPED_FIELDS = /^\s*(?:[-*+]|\d+[.)])\s+[\p{L}_][\p{L}\p{N}_]*\s*\([^)]*\)\s*,\s*[\p{L}_][\p{L}\p{N}_]*\s*\(/u;

/** The fields of a TYPED_FIELDS item, each with its written type (see codeFieldList); undefined for any other item. */
function typedFields(line: string): ModelField[] | undefined {
  if (!TYPED_FIELDS.test(line)) return undefined;
  const fields = codeFieldList(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\.\s*$/, ''));
  return fields && fields.length >= 2 && fields.every((f) => !f.inferred) ? fields : undefined;
}

/** Do two groups of fields both hold the same identifying field (`id`, `officeId`): records of their own, not parts of one? */
function sharesIdField(groups: readonly FieldGroup[]): boolean {
  const seen = new Set<string>();
  for (const g of groups) {
    for (const f of g.fields) {
      if (!ID_FIELD.test(f.name)) continue;
      if (seen.has(f.name)) return true;
    }
    for (const f of g.fields) seen.add(f.name);
  }
  return false;
}

/** A model's fields as a list gives them, with the line of each and the first. */
type FieldGroup = { model: string; fields: ModelField[]; lines: number[]; first: number };

/**
 * The field items of a section, by the model they belong to: the heading's or, under a heading
 * about several models ("Data"), the one each bold label or name line names (`**Attachment**`,
 * `Habit`). Under a model's own heading a bold label groups that model's fields ("**Totals**").
 * @param headingModel the model the section's heading names
 */
/** A list item: a capitalised name, a dash or colon, then two typed fields or more (`id (uuid), name (string)`). */
const INLINE_MODEL_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__|`)?\p{Lu}[\p{L}\p{N}]*(?:\*\*|__|`)?\s*(?:[—–:]|\s-)\s*[\p{L}_][\p{L}\p{N}_]*\s*\([^)]*\)\s*,\s*[\p{L}_][\p{L}\p{N}_]*\s*\(/u;

function fieldGroups(blocks: Block[], headingModel: string | undefined): FieldGroup[] {
  const groups: FieldGroup[] = [];
  let model = headingModel;
  let fields: ModelField[] = [];
  let lines: number[] = [];
  // The names of `fields`: a repeated item is looked up, not searched for.
  let names = new Set<string>();
  let first: number | undefined;
  // How many of `fields` are one plain word with no type (`- nombre`): a list of only such words is a model's only with its `id`.
  let bareFields = 0;
  const flush = () => {
    const named = bareFields < fields.length || fields.some((f) => ID_FIELD.test(f.name));
    if (model && fields.length >= 2 && first !== undefined && named) groups.push({ model, fields, lines, first });
    bareFields = 0;
    fields = [];
    lines = [];
    names = new Set();
    first = undefined;
  };
  // A field of the item on `line`, unless the group has one of that name already.
  const add = (field: ModelField, line: number) => {
    if (names.has(field.name)) return;
    names.add(field.name);
    fields.push(field);
    lines.push(line);
    first ??= line;
  };
  // The indent of the last item that names a model of its own: its sub-items are that model's fields.
  let under: number | undefined;
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === 'text' && !block.listItem) {
      const label = block.lines.length === 1 ? (BOLD_LABEL.exec(block.lines[0]!) ?? NAME_LINE.exec(block.lines[0]!) ?? describedModel(block.lines[0]!, blocks[at + 1])) : null;
      // "A **Reminder** is one message we plan to send:": a sentence introducing the entity, then its
      // list. It names the list's model under a heading that names another ("Order data" over "A **WholesaleOrder** has:").
      const introduced = label ? null : introducedModel(block.lines);
      const intro = label ?? introduced;
      const named = intro && (!headingModel || introduced) && !NOT_A_MODEL.test(intro[1]!.trim()) ? modelNameFromHeading(intro[1]!) : undefined;
      if (named) {
        flush();
        model = named;
        under = undefined;
      }
      continue;
    }
    if (block.type !== 'text' || !model) continue;
    // Full-width parentheses (`- id（文字列）`) hold a field's notes as ASCII ones do.
    let line = block.lines[0]!.includes('（') ? block.lines[0]!.replace(/（/g, ' (').replace(/）/g, ')') : block.lines[0]!;
    // `- ★ `position`: integer`: a symbol after the bullet marks the field (new, changed), it is no part of it.
    if (SYMBOL_NEAR_START.test(line.slice(0, 8))) line = line.replace(SYMBOL_AFTER_BULLET, '$1');
    if (under !== undefined) {
      if (INDENT.exec(line)![0].length > under) continue;
      under = undefined;
    }
    const named = block.lines.length === 1 ? NAME_ITEM.exec(line) : null;
    if (named && named[2] !== undefined && modelNameFromHeading(named[2]) !== undefined) {
      under = named[1]!.length;
      continue;
    }
    // API Blueprint's MSON: `+ sku: SKU-4411 (string, required)`, `+ reason (enum[string])` over its `+ Members`.
    const mson = line.includes('(') ? msonField(blocks, at) : undefined;
    if (mson) {
      // What is nested under the property (an enum's members, an object's own properties) is no field of the model.
      under = INDENT.exec(line)![0].length;
      add(mson, block.line);
      continue;
    }
    // `- **Player** — id (uuid), firstName (string)`: an item that names a model and lists its own typed fields is no field of the heading's.
    if (INLINE_MODEL_ITEM.test(line)) continue;
    // `` - `lat`, `lng`: decimal ``: names in code marks that share one type; the first is read, the others copy it.
    const shared = line.includes('`, `') ? SHARED_NAMES.exec(line) : null;
    if (shared) line = line.replace(shared[1]!, '');
    // `` - `id`, `patientId`, `platform` (`ios` | `android`) ``: names in code marks, each a field.
    const codeNames = (line.includes('`, `') || line.includes('), `')) && !shared ? codedNames(line) : undefined;
    // `- id`, `- nombre`, `- email (opcional)`: one plain word under a model's name, its note read as a field's notes;
    // a field as long as the list holds an `id` or a field written otherwise (see flush).
    const bare = codeNames || shared ? null : BARE_NAME_ITEM.exec(line);
    if (bare) {
      const notes = bare[2] !== undefined ? readFieldNotes(bare[2]) : { optional: false, nullable: false };
      // A word its note types (`slug (string)`), or one only code writes (`fotoUrl`), tells a field list from a list of words.
      if (notes.type === undefined && !CODE_NAME.test(bare[1]!)) bareFields++;
      add(notedField(bare[1]!, notes, notes.optional), block.line);
      continue;
    }
    const coded = codeNames ? null : FIELD_ITEM.exec(line);
    const plain = coded || codeNames ? undefined : PLAIN_ITEM.exec(line);
    if (!coded && !plain) {
      // `- id, garden_id, user_id`, `- joined_at (what position is computed from)`: names as code writes them and no type; each a field, its type guessed from its name.
      const untyped = codeNames ?? (line.includes('_') || /[a-z][A-Z]/.test(line) ? UNTYPED_NAMES.exec(line)?.[1]?.split(',').map((n) => ({ name: n.trim(), note: undefined })) : undefined);
      for (const { name: n, note } of untyped ?? []) add(notedField(n, note !== undefined ? readTypeText(note) : { optional: false, nullable: false }, false), block.line);
      continue;
    }
    let type: string | undefined;
    let optional: boolean;
    let quals: string | undefined;
    let name: string;
    if (coded) {
      name = coded[1]!;
      type = coded[4]?.trim();
      optional = coded[2] === '?';
      // `statut : énumération (planifiee / en_cours)`: the values in parentheses after the type.
      // `` `labelUrl` _string, nullable_ ``: the type in italics, as API references write it.
      quals = coded[3] ?? coded[5] ?? coded[6];
    } else {
      name = plain![1]!;
      type = plain![3]?.trim();
      optional = plain![2] === '?';
      quals = plain![4] ?? plain![5];
      // "- status – one of draft, sent, paid": the values run to the line's end, past the comma the item's pattern stops at.
      if (type !== undefined && ONE_OF.test(type)) type = enumInNote(line.slice(line.indexOf(type, name.length))) ?? type;
      // "- status: draft, submitted, accepted", `- claimantType: "individual" or "business"`: the values are the type.
      else if (type !== undefined && (!readsAsType(type) || (type.startsWith('"') && / or |,/.test(type))) && (line.includes(',') || line.includes(' or ') || line.includes('"'))) {
        const listed = readTypeText(line.slice(line.indexOf(plain![3] !== undefined ? plain![3]!.trim() : type, name.length)).replace(/[.;]\s*$/, ''));
        if (listed.type?.startsWith('"')) {
          type = listed.type;
          quals = undefined;
        }
      }
    }
    if (type?.endsWith('?')) optional = true;
    // `` - `comment`: optional string ``: the word before the type says the field may be left out.
    if (type !== undefined && OPTIONAL_TYPE.test(type)) {
      optional = true;
      type = type.replace(OPTIONAL_TYPE, '');
    }
    const notes = readFieldNotes(quals ?? '');
    if (notes.optional) optional = true;
    // What follows the type: "- status: string, one of draft, sent, paid", "- deletedAt: timestamp, nullable".
    const rest = line.slice((coded ?? plain)![0].length);
    // `` - `createdAt` — integer (unix seconds) ``: a type word first after the dash, as API references write it.
    // `` - `plan` — `"starter" | "team"` ``: the type in code marks of its own after a dash or colon.
    if (coded && type === undefined && quals === undefined) {
      const dashed = DASHED_TYPE.exec(rest) ?? (rest.includes('`') ? CODE_TYPE.exec(rest) : null) ?? SPACED_TYPE.exec(rest);
      // `` - `startsAt`, `endsAt` — timestamps ``: names that share a type may name it in the plural.
      const word = dashed && shared && !readsAsType(dashed[1]!) && dashed[1]!.endsWith('s') ? dashed[1]!.slice(0, -1) : dashed?.[1];
      if (word !== undefined && readsAsType(word)) type = word;
      else if (rest.includes('|')) {
        const union = DASHED_VALUES.exec(rest);
        if (union && normalizeFieldType(union[1]!).startsWith('"')) type = union[1]!;
      }
    }
    // "- status: enum [active, paused]": the item's pattern stops at the first comma of the list.
    const matched = (coded ?? plain)![0];
    // `stato: enum (in_attesa, confermata)`: an enum word, its values in the parentheses after it.
    const listed = type !== undefined && /^enum\s*[[({]/i.test(type) ? enumInNote(line.slice(matched.lastIndexOf(type))) : type !== undefined && quals !== undefined && isEnumWord(type) ? enumValuesType(quals) : undefined;
    // `id : identifiant (UUID)`: a word that is no type, then the type in parentheses.
    const base = listed ?? (notes.type?.includes('"') || (notes.type !== undefined && type !== undefined && !readsAsType(type)) ? notes.type : (type ?? notes.type));
    // After an enum word, a list after a dash is its values: `` `status` _enum_ — `open`, `closed` ``.
    const written = base !== undefined && !base.includes('"') ? base : '';
    const side = rest.trim() !== '' ? readSideNotes(written !== '' ? rest.replace(/^[\s—–-]+/, '') : rest, base === undefined || base.includes('"') ? base : normalizeFieldType(base), written) : undefined;
    if (side?.optional) optional = true;
    // `` `channel` — `sms` | `email` ``, `` `language` (`en` or `es`) ``: values marked as code are an enum.
    const values = coded && (base === undefined || normalizeFieldType(base) === 'string' || !readsAsType(base)) ? codeValues(line.slice(line.indexOf('`', line.indexOf('`') + 1) + 1)) : undefined;
    const noted = { ...notes, type: values ? literalUnion(values) : (side?.type ?? base), nullable: notes.nullable || !!side?.nullable };
    const field = notedField(name, noted, optional);
    // Without code marks, only a type word the extractor knows makes the line a field: not a
    // phrase that reads as none (`- **Engineer**: registers pipelines`, a person and what they do).
    if (plain && (field.inferred || !KNOWN_TYPE.test(field.type.replace(/ \| null$/, '')))) continue;
    if (plain && field.type.startsWith('unknown') && !readsAsType(base ?? '')) continue;
    // After a dash, a note is as likely as a type (`- issuedAt — the day it was sent`): only a type word counts.
    if (plain && plain[3] !== undefined && DASHED.test(plain[0]) && field.type.startsWith('unknown')) continue;
    for (const one of shared ? [field, ...[...shared[1]!.matchAll(/`([^`]+)`/g)].map((n) => ({ ...field, name: n[1]! }))] : [field]) add(one, block.line);
  }
  flush();
  return groups;
}

/**
 * An MSON property (API Blueprint's data structures): a name, maybe a sample value after a colon,
 * then in parentheses its type and attributes only (`+ on_hand: 40 (number, required)`,
 * `+ lines (array[TransferLine], required)`, `+ reorder_point: 10 (number, nullable)`), maybe a
 * description after ` - `. The name in group 1, the parentheses' content in group 2.
 */
const MSON_ITEM = /^\s*[-+*]\s+`?([\p{L}_$][\p{L}\p{N}_$]*)`?(?:[ \t]*:[^()\n]*|[ \t]*)\(([^()\n]*)\)[ \t]*(?:-\s.*)?$/u;
/** A type MSON writes: a base type, `array[T]`, `enum[T]`, or a named type (`Warehouse`). */
const MSON_TYPE = /^(?:string|number|boolean|object|array|enum|(?:array|enum)\[\s*[\p{L}_][\p{L}\p{N}_]*\s*\]|\p{Lu}[\p{L}\p{N}_]*)$/u;
/** MSON's type attributes. */
const MSON_ATTRIBUTE = /^(?:required|optional|nullable|fixed|fixed-type|sample|default)$/;
/** MSON keywords that open a section of a structure, not a property: `+ Attributes (Warehouse)`, `+ Members`. */
const MSON_KEYWORD = /^(?:Attributes|Members|Properties|Items|Include|Parameters|Request|Response|Body|Headers|Schema|Sample|Samples|Default|Values)$/;

/**
 * The field an MSON property item gives (MSON_ITEM; every part of its parentheses a type or an
 * attribute, a lower-case type or an attribute among them), or undefined. An `enum` has its values in
 * the items of its `+ Members` (or right under it): their union.
 * @param at the index of the item's block in `blocks`
 */
function msonField(blocks: Block[], at: number): ModelField | undefined {
  const block = blocks[at]!;
  if (block.type !== 'text' || block.lines.length !== 1) return undefined;
  const m = MSON_ITEM.exec(block.lines[0]!);
  if (!m || MSON_KEYWORD.test(m[1]!)) return undefined;
  const parts = m[2]!.split(',').map((p) => p.trim());
  const types = parts.filter((p) => MSON_TYPE.test(p));
  if (types.length > 1 || !parts.every((p) => MSON_TYPE.test(p) || MSON_ATTRIBUTE.test(p))) return undefined;
  if (!parts.some((p) => MSON_ATTRIBUTE.test(p) || /^[a-z]/.test(p))) return undefined;
  const written = types[0] ?? 'string';
  let type = normalizeFieldType(written);
  if (/^enum\b/.test(written)) {
    const values = msonMembers(blocks, at);
    if (values.length >= 2) type = values.every((v) => /^-?\d+(?:\.\d+)?$/.test(v)) ? 'number' : literalUnion(values);
  }
  if (parts.includes('nullable') && type !== 'unknown') type = `${type} | null`;
  return { name: m[1]!, type, optional: parts.includes('optional') };
}

/** An MSON enum member: `+ damaged`, `` + `on_hold` ``, `+ lost - not found at the count` (the value in group 1). */
const MSON_MEMBER = /^\s*[-+*]\s+`?([^`\s()]+)`?(?:\s*\([^()\n]*\))?(?:\s+-\s.*)?\s*$/;

/** The values listed under an MSON enum property at `at`: the items nested under it, a `+ Members` label aside. */
function msonMembers(blocks: Block[], at: number): string[] {
  const indent = INDENT.exec((blocks[at] as { lines: string[] }).lines[0]!)![0].length;
  const values: string[] = [];
  for (let j = at + 1; j < blocks.length; j++) {
    const sub = blocks[j]!;
    if (sub.type !== 'text' || !sub.listItem || INDENT.exec(sub.lines[0]!)![0].length <= indent) break;
    const m = MSON_MEMBER.exec(sub.lines[0]!);
    if (m && !MSON_KEYWORD.test(m[1]!)) values.push(m[1]!);
  }
  return values;
}

/** `` - `lat`, `lng`: decimal ``: two names in code marks or more, then a colon. Group 1 the names after the first. */
const SHARED_NAMES = /^\s*(?:[-*+]|\d+[.)])\s+`[\p{L}_$][\p{L}\p{N}_$]*`((?:\s*,\s*`[\p{L}_$][\p{L}\p{N}_$]*`)+)\s*(?:[:：]|[—–]|-\s)/u;
/** "optional string": the word before a type that makes the field optional. */
const OPTIONAL_TYPE = /^optional\s+(?=\S)/i;

/** `**Sighting** — one observation of one species.`, ``**League** — `app/Models/League.php` ``: a bold name in code case, a dash and what it is or where its class lives. */
const BOLD_DESCRIBED = /^\s*(?:\*\*|__)(\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)*)(?:\*\*|__)\s*[—–]\s+[\p{L}`]/u;

/**
 * A one-line paragraph that names an entity in bold and says what it is (BOLD_DESCRIBED), right
 * above a list: the list is its fields (if its items read as fields).
 */
function describedModel(line: string, next: Block | undefined): RegExpExecArray | null {
  return next?.type === 'text' && next.listItem && line.includes('**') ? BOLD_DESCRIBED.exec(line) : null;
}

/** A paragraph ending in a colon that introduces an entity by its bold name (INTRODUCED_MODEL): the list after it is its fields. */
function introducedModel(lines: readonly string[]): RegExpExecArray | null {
  const last = lines[lines.length - 1]!.trimEnd();
  if (!last.endsWith(':') && !last.endsWith('：')) return null;
  return INTRODUCED_MODEL.exec(lines.length === 1 ? lines[0]! : lines.join(' '));
}

/**
 * A paragraph that is only a bold name, maybe with its colon or a note in parentheses after it:
 * `**Attachment**`, `**Entität: Termin**`, `**LowStockPing** (created when stock runs low)`.
 */
const BOLD_LABEL = /^\s*(?:\*\*|__)([^*_\n]{1,60}?)[:：]?(?:\*\*|__)\s*(?:\([^()\n]*\)\s*)?[:：]?\s*$/;

/**
 * `- **Depot**`, `` - `Depot`: `` or a plain `- Depot` alone on a list item, maybe with a note in
 * parentheses (`- Download (one row per request)`): a model whose fields are the sub-items below it.
 * A bold or code-marked name with a note is MODEL_ITEM's. A toggle's triangle (`- ▸ **Site**`, as Notion
 * exports a toggle list) may stand before the name, and so may a task list's box (`- [x] **Shift**`, a
 * PRD written as a launch checklist).
 */
/** A media type in parentheses: `(application/json)`. */
const MEDIA_TYPE_NOTE = /\(\s*[a-z]+\/[\w.+-]+\s*\)/;
const NAME_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?(?:[▸▶►▹▷]\s*)?(?:(?:\*\*|__|`)([\p{Lu}][\p{L}\p{N}_]*)(?:\*\*|__|`)|([\p{Lu}][\p{L}\p{N}_]*)(?:\s*\([^()\n]*\))?)\s*(?:[:：]\s*)?$/u;
const INDENT = /^\s*/;
/** After a code-marked field, a dash and the first words before a comma, parenthesis or the end: `— integer (unix seconds)`, `— целое число, по умолчанию 3`. */
const DASHED_TYPE = /^\s*[—–-]\s*(\p{L}[\p{L} /]{0,24}?)\s*(?:[,(;.]|$)/u;
/** After a code-marked field, a space and the first words before a comma or parenthesis, as a checklist writes them: `` `over18` boolean ``, `` `phone` text, optional ``. */
const SPACED_TYPE = /^[ \t]*(\p{L}[\p{L} ]{0,24}?)\s*(?:[,(;.]|$)/u;
/** After a code-marked field, a dash or colon and a type in code marks alone: `` — `"starter" | "team"` ``, `` : `uuid` ``. */
const CODE_TYPE = /^\s*(?:[—–:：]|-(?!-))\s*`([^`\n]+)`\s*(?:[,(;.]|$)/;
/** After a code-marked field, a dash and bare values between `|` alone: `` `status` — active | paused | disabled ``. */
const DASHED_VALUES = /^\s*[—–-]\s*(\p{Ll}[\p{Ll}\p{N}_-]*(?:\s*\|\s*\p{Ll}[\p{Ll}\p{N}_-]*)+)\s*(?:[,(;.]|$)/u;
/** A line that is only a name as code writes a type (`Habit`, `CheckIn:`), over its field list. */
const NAME_LINE = /^\s*(\p{Lu}[\p{L}\p{N}_]*)\s*(?:\([^()\n]*\)\s*)?[:：]?\s*$/u;
/** `- **TrainingRecord** (PK: cuid, …)`, `- `Order`: id, total`: a list item that opens with a model's name and what follows it. */
const MODEL_ITEM = /^(\s*)(?:[-*+]|\d+[.)])\s+(?:\*\*|__|`)([\p{Lu}][\p{L}\p{N}_]*)(?:\*\*|__|`)\s*[(:：—–-]/u;
/** A sub-item that opens with a field name in code marks: `` - `level` (1–4), `notes?` ``. */
const CODE_FIRST = /^\s*(?:[-*+]|\d+[.)])\s+`/;
/** Plain labels of a data section that group notes about fields, not a model's fields. */
const NOT_A_MODEL = /^(?:validations?|constraints?|indexes|indices|relationships?|relations?|associations?|examples?|samples?|notes?|defaults?|rules?|requirements?|computed|derived|required|optional|timestamps|permissions?|access)$/i;
/** A type that says a sub-item is a field: built in (`string`, `number`…), an enum, or a list of them. */
const BUILT_IN_TYPE = /^(?:string|number|boolean)(?:\[\])?(?: \| null)?$|^"/;

/**
 * In a data section, a list item that is only a model's name with indented sub-items under it:
 * the sub-items are its fields (`id (PK)`, `managerId (FK)`, `city`). A plain name (no bold or
 * code marks) could be any label ("- Reporting"): its sub-items must read as fields, two at least
 * with a written built-in type (`id: uuid`, `total (number)`).
 */
export function readNestedModels(blocks: Block[], ctx: SectionContext, out: TaskCollector): void {
  // Outside a data section, the items nested under an outline's label item that names models (`- Data`) are read as in one.
  if (!ctx.model && !blocks.some((b) => b.type === 'text' && b.listItem && labelTopic(b.lines[0]!) === 'model')) return;
  const headingModel = ctx.model && modelNameFromHeading(ctx.section.title) !== undefined;
  // The indent of the label item the items are under, outside a data section.
  let label: number | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.type !== 'text' || !block.listItem || block.lines.length !== 1) continue;
    if (!ctx.model) {
      const indent = INDENT.exec(block.lines[0]!)![0].length;
      if (label !== undefined && indent <= label) label = undefined;
      if (labelTopic(block.lines[0]!) === 'model') label = indent;
      if (label === undefined || label === indent) continue;
    }
    const m = NAME_ITEM.exec(block.lines[0]!);
    if (!m) {
      readSubItemFields(blocks, i, ctx, out);
      continue;
    }
    const plain = m[3] !== undefined;
    // API Blueprint's `+ Request (application/json)`, `+ Response 200 (text/csv)`: a payload with its media type, no model.
    if (plain && MEDIA_TYPE_NOTE.test(block.lines[0]!)) continue;
    // A plain name only in a section about several models ("Data model", "Entities"): under a
    // model's own heading it groups that model's fields ("- Totals").
    if (plain ? headingModel || NOT_A_MODEL.test(m[3]!) || !modelNameFromHeading(m[3]!) : !modelNameFromHeading(m[2]!)) continue;
    const fields: ModelField[] = [];
    const lines: number[] = [];
    const names = new Set<string>();
    let typed = 0;
    let end = i + 1;
    for (let j = i + 1; j < blocks.length; j++, end = j) {
      const sub = blocks[j]!;
      if (sub.type !== 'text' || !sub.listItem || INDENT.exec(sub.lines[0]!)![0].length <= m[1]!.length) break;
      const field = parseFieldItem(sub.lines[0]!.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\s+[—–-]\s+.*$/, ''));
      if (field && !names.has(field.name)) {
        names.add(field.name);
        fields.push(field);
        lines.push(sub.line);
        if (!field.inferred && BUILT_IN_TYPE.test(field.type)) typed++;
      }
    }
    // Under a bold or code-marked name, the sub-items are read as a field list is (`` - `sizeM2` — number ``, `` - `state` — select: `a` / `b` ``).
    const listed = plain ? undefined : fieldGroups(blocks.slice(i + 1, end), m[2]!)[0];
    // One sub-item that only lists what the record holds (`- plot, tenant name, start date, annual rent`).
    const only = end === i + 2 ? blocks[i + 1] : undefined;
    // Or its typed fields, one after another (`- id (uuid), weekStart (date), publishedAt (datetime, null while draft)`).
    const named = !plain && !listed && fields.length < 2 && only?.type === 'text' ? (commaFields(only.lines[0]!) ?? typedFields(only.lines[0]!)) : undefined;
    if (listed && listed.fields.length >= fields.length) out.model(ctx, block.line, m[2]!, listed.fields, listed.lines);
    else if (named) out.model(ctx, block.line, m[2]!, named, named.map(() => only!.line));
    else if (fields.length >= 2 && (!plain || typed >= 2)) out.model(ctx, block.line, m[2] ?? m[3]!, fields, lines);
  }
}

/**
 * The sub-items of a model's item (`- **TrainingRecord** (PK: cuid, FK: employeeId->employeeNumber)`)
 * that list more of its fields in code marks: `` - `level` (1–4), `validatorNotes?`, `evidenceUrl?` ``
 * or a relation, `` - `trainings` → TrainingRecord ``. Most of a sub-item's items must be code-marked
 * names, so a sentence under the model ("- Soft-deleted after 30 days") adds nothing.
 */
function readSubItemFields(blocks: Block[], at: number, ctx: SectionContext, out: TaskCollector): void {
  const block = blocks[at]!;
  const m = block.type === 'text' ? MODEL_ITEM.exec(block.lines[0]!) : null;
  if (!m || !modelNameFromHeading(m[2]!)) return;
  for (let j = at + 1; j < blocks.length; j++) {
    const sub = blocks[j]!;
    if (sub.type !== 'text' || !sub.listItem || INDENT.exec(sub.lines[0]!)![0].length <= m[1]!.length) break;
    const text = sub.lines[0]!;
    if (!CODE_FIRST.test(text)) continue;
    const items = splitFieldList(text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    const coded = items.filter((item) => item.trim().startsWith('`')).length;
    if (coded * 2 < items.length) continue;
    const fields = parseFieldList(items.join(','));
    if (fields.length > 0) out.model(ctx, sub.line, m[2]!, fields);
  }
}

/**
 * `- Permit: id, plate, zoneCode`, `- Zone — code, name`, `` - `Permit`: id (string), … ``: a list item
 * that is a name in code case (plain or in code marks; `readBoldModel` reads bold ones), a separator, a list.
 */
const LISTED_MODEL = /^(\s*)(?:[-*+]|\d+[.)])\s+`?(\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)*)`?\s*(?:[:：—–]|\s-)\s*([^\n]+?)\.?\s*$/u;
/** `- Customer (id, name, email, isRestaurant)`: a name in code case and its field list in parentheses, nothing after them (groups as LISTED_MODEL's). */
const PAREN_LISTED_MODEL = /^(\s*)(?:[-*+]|\d+[.)])\s+`?(\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)*)`?\s*\(([^()\n]+,[^()\n]+)\)\s*\.?\s*$/u;
/** Labels of lists that are no model's fields: notes, people, the parts of a call, settings. */
const LIST_LABEL = /^(?:Notes?|Examples?|Owners?|Reviewers?|Authors?|Status|Tags?|Labels?|Stakeholders?|Participants?|Attendees?|Teams?|Contributors?|Dependencies|Depends|Links?|See|Related|Scope|Goals?|Summary|Also|Includes?|Keys|Indexes|Constraints?|Validations?|Params|Parameters|Props|Arguments|Args|Headers?|Body|Payload|Request|Response|Query|Inputs?|Outputs?|Returns|Filters?|Sort|Options|Settings|Config|Env|Variables|Events?|Permissions?|Roles?|Scopes?|Reads|Writes|Calls|Uses|Emits)$/;

/** A paragraph line that opens with a name in code case and a separator, a list after it (LISTED_MODEL without the list marker). */
const PLAIN_LISTED_MODEL = /^\s*`?\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)*`?\s*(?:[:：—–]|\s-)\s*\S[^,\n]*,/u;

/** The fields a LISTED_MODEL match lists, two at least; none when its name is a list's label or no model's. */
function listedFields(m: RegExpExecArray): ModelField[] | undefined {
  if (LIST_LABEL.test(m[2]!) || NOT_A_MODEL.test(m[2]!) || isFieldsLabel(m[2]!)) return undefined;
  const fields = codeFieldList(m[3]!);
  return fields && fields.length >= 2 ? fields : undefined;
}

/** A paragraph that is only a short label: bold, or ending in a colon (`**Screens**`, `Team:`). */
const SHORT_LABEL = /^[ \t]*(?:(?:\*\*|__)[^\n]{1,60}(?:\*\*|__)[ \t]*[:：]?|[^\n]{1,60}[:：])[ \t]*$/;

/**
 * A run of sibling list items, each a plain code-case name and its fields (`- Permit: id, plate,
 * zoneCode`, `- Zone: code, name, capacity`): a model each. Every item of the list must be a field
 * name as code writes it (lower-case first letter; no phrase). In a data section most items of the
 * run must hold a name only code writes (`zoneCode`); elsewhere every item must hold three fields at
 * least and an identifying field (`id`, `patientId`) or, in a run of two items or more not under a label
 * about something else (`**Screens**`), a name only code writes (`- Kiln: name, maxTempC, shelves`). A list right under a label that names models
 * (`**Data**`, `Entities:`) is read as a data section's.
 */
export function readListedModels(blocks: Block[], ctx: SectionContext, out: TaskCollector): void {
  let run: Array<{ indent: number; name: string; fields: ModelField[]; line: number }> = [];
  // The list being read stands right under a label that names models, or one that names something else (`**Screens**`).
  let labelled = false;
  let otherLabel = false;
  const flush = () => {
    const coded = run.filter((r) => r.fields.some((f) => CODE_NAME.test(f.name))).length;
    const ok = ctx.model || labelled ? coded * 2 >= run.length : run.every((r) => r.fields.length >= 3 && r.fields.some((f) => ID_FIELD.test(f.name) || (run.length >= 2 && !otherLabel && CODE_NAME.test(f.name))));
    if (run.length > 0 && ok) for (const r of run) out.model(ctx, r.line, r.name, r.fields);
    run = [];
  };
  for (const block of blocks) {
    if (block.type === 'text' && !block.listItem) {
      flush();
      // A paragraph whose every line is a name and its fields (`Customer — id, name, phone`) is such a run without list markers.
      if (block.lines.length >= 2 && block.lines.every((l) => PLAIN_LISTED_MODEL.test(l))) {
        for (const [i, l] of block.lines.entries()) {
          const m = LISTED_MODEL.exec(`- ${l.trim()}`);
          const fields = m ? listedFields(m) : undefined;
          if (!fields) {
            run = [];
            break;
          }
          run.push({ indent: 0, name: m![2]!, fields, line: block.line + i });
        }
        flush();
      }
      labelled = block.lines.length === 1 && namesModelsLabel(block.lines[0]!);
      otherLabel = !labelled && block.lines.length === 1 && SHORT_LABEL.test(block.lines[0]!);
      continue;
    }
    const line = block.type === 'text' && block.listItem ? block.lines.join(' ') : undefined;
    // `- Customer (id, name, email)`: the fields in parentheses after the name, as a separator's list.
    const m = line === undefined ? null : (line.includes(':') || line.includes('：') || line.includes('—') || line.includes('–') || line.includes(' -')) ? LISTED_MODEL.exec(line) : line.includes('(') ? PAREN_LISTED_MODEL.exec(line) : null;
    const fields = m ? listedFields(m) : undefined;
    if (!fields) {
      flush();
      continue;
    }
    const indent = m![1]!.length;
    if (run.length > 0 && run[0]!.indent !== indent) flush();
    run.push({ indent, name: m![2]!, fields, line: block.line });
  }
  flush();
}
