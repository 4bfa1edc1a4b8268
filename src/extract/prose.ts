import type { HttpMethod, ModelField, Task } from '../types.js';
import { bodyType, statusesOf, withStatuses, type ApiBodies } from './bodies.js';
import type { SectionContext } from './context.js';
import { LINE_OUT_OF_SCOPE, UI_HEADING, inScopeClauses, isQuestion, keepTailsAfterOutOfScope, outOfScopeLines } from './context.js';
import { ourMethodPaths } from './doc-scope.js';
import type { TaskCollector } from './collector.js';
import { readDeclaration } from './declarations.js';
import { mayListFieldsInProse, phraseFieldName } from './field-lists.js';
import { enumInNote, literalUnion, normalizeFieldType, notedField, readFieldNotes, readsAsType } from './field-types.js';
import { LEADING_SYMBOLS, forEachNamed, modelNameFromHeading, normalizeModelName } from './names.js';
import { ASCII_FIELD_NAME, CODE_NAME, ID_FIELD, INTRODUCED_MODEL, codeFieldList, dottedFieldList, parseFieldItem, parseFieldList } from './fields.js';
import { isFieldsLabel } from './tables.js';
import { razorPages } from './framework-routes.js';
import { HTTP_METHODS, SERVED_TEMPLATE, findMethodPaths, findPaths, findSeparatedMethodPaths, goesOut, isApiPath, normalizeApiPath } from './paths.js';

const LIST_MARKER = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;
/** Words that say a path is where a person goes, not what a client calls. */
/**
 * A page noun of the other languages, whose letters `\\b` does not know (Cyrillic, accented, CJK):
 * "на странице `/requests`", "la página `/pedidos`", "das Bildschirm `/x`", "`/orders` 页面", "la fiche détaillée (`/camps/:campId`)".
 */
const PAGE_NOUN_INTL = /(?:страниц[аеуыи]|экран[еаы]?|página|pantalla|écran|ecrãs?|seite|bildschirm|tela|pagina|schermata|scherm|halaman|layar|fiche|vue|formulaire|ficha|vista|formulario|formulário|ansicht|maske|formular|scheda)(?![\p{L}])|页面|頁面|画面|畫面|界面|ページ|페이지|화면/giu;
const LETTER = /\p{L}/u;
/** PAGE_NOUN_INTL as the last word of a text: "…memilih poli di halaman", "…puis l'écran". */
const INTL_PAGE_NOUN_LAST = new RegExp(`(?<!\\p{L})(?:${PAGE_NOUN_INTL.source})\\s*$`, 'iu');

/** Does a line hold a page noun of another language (PAGE_NOUN_INTL) as a word of its own? */
function hasIntlPageNoun(line: string): boolean {
  // The start of a word is checked by hand: a lookbehind first in the pattern is tried at every position.
  for (const m of line.matchAll(PAGE_NOUN_INTL)) if (m.index === 0 || m[0].charCodeAt(0) > 0x2e7f || !LETTER.test(line[m.index! - 1]!)) return true;
  return false;
}
const NAVIGATION = /\b(?:(?:log|sign)(?:s|ged|ed|ging|ing)?[ -]?(?:in|up|on) (?:at|via|through|from|on|using)|open(?:s|ed|ing)?|visit(?:s|ed|ing)?|navigat(?:e|es|ed|ing)|go(?:es)? to|jump(?:s|ed)? to|redirect(?:s|ed)? to|lands? on|browse[sd]?|lives? at|pages?|screens?|views?)\b/i;
/**
 * A verb of going somewhere or of looking at something, up to five words, then a route (bare or in
 * code marks): "log in via /auth/login", "sign up through /signup", "open the dashboard from
 * /dashboard", "navigate to /settings", "is taken back to /orders", "see upcoming visits on /visits",
 * "show one member's history at `/admin/members/:id`", or a person's act at a place: "residents apply at `/permits/apply`", "register at /join", or a link: "an SMS
 * with a link to `/track/:token`". The words stay on one line and are letters only (a comma, a period or a code span
 * ends the sentence part); `navigatedRoutes` checks that the last of them is a preposition or a page
 * word. Words and spaces never overlap, so the match is linear.
 */
const NAVIGATE_TO = /\b(?:(?:log|sign)(?:s|ged|ed|ging|ing)?[ -]?(?:in|up|on)|open(?:s|ed|ing)?|visit(?:s|ed|ing)?|navigat(?:e|es|ed|ing)|go(?:es|ing)?|went|jump(?:s|ed|ing)?|redirect(?:s|ed|ing)?|land(?:s|ed|ing)?|brows(?:e|es|ed|ing)|taken|brought|see(?:s|ing)?|view(?:s|ed|ing)?|show(?:s|n|ed|ing)?|display(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|register(?:s|ed|ing)?|link(?:s|ed|ing)?|enrol(?:l|s|ls|led|ling)?|check(?:s|ed|ing)?[ -]out|subscrib(?:e|es|ed|ing))((?:[^\S\n]+[\p{L}'’-]+){0,5})[^\S\n]+(?:\*\*|__)?`?(\/[^\s,;)`*]*)/giu;
/**
 * A page noun or the noun of a thing on a page (a form, a picker, a switch), maybe "is"/"lives" and
 * the like, a preposition, then a route (bare or in code marks): "the orders page at /orders", "a
 * dashboard at `/ops/shipments`", "the dashboard lives at /dashboard", "a profile view under /me",
 * "schedule picker UI at `/settings/payouts`", "a hold switch at `/admin/holds`", "queue at `/team/approvals`", "a payout report at `/reports/payouts`",
 * "settings (ship day, pause) live at `/account/plan`" (a short note in parentheses after the noun), "the
 * employee home is `/leave`", "the request form is `/leave/new`" (a route in code marks right after "is"), and the
 * nouns of a list, a record's card, a form or a dashboard in French, Spanish, Portuguese and Indonesian
 * ("la liste (`/rides`)", "un tableau de bord à l'adresse `/admin`"), or the route in code marks right after a form or a comma
 * ("remplit le formulaire `/candidature`", "son espace personnel, `/mon-espace`"), or a route in code marks at an address
 * without a noun ("arrive sur la carte à l'adresse `/jardins`", "en la dirección `/x`"), or the route in parentheses right after the noun ("from
 * the dashboard (`/dashboard`)"), or right after a page, screen or view ("Screen `/dispatch/board`", "the screen /settings"). Each part is a fixed word or one run of spaces: linear.
 */
const PAGE_AT =
  /(?:\b(?:page|screen|view|home|dashboard|portal|console|ui|form|modal|dialog|picker|widget|panel|tab|wizard|editor|button|switch|toggle|list|queue|overview|detail|board|inbox|workspace|calendar|timeline|gallery|drawer|sidebar|pane|report|setting|liste|fiche|formulaire|tableau de bord|espace(?:[^\S\n]+(?!à[^\S\n])[\p{L}-]+)?|mon compte|listado|ficha|formulario|mi cuenta|painel|minha conta|daftar|formulir|dasbor)s?(?:(?:[^\S\n]+\([^()\n]{1,60}\))?(?:[^\S\n]+(?:is|are|lives?|sits?|located|available|served|shown))?[^\S\n]+(?:at|on|under|à l'adresse|à l’adresse|à|sur)[^\S\n]+|[^\S\n]+(?:is|are)[^\S\n]+(?=`\/)|[^\S\n]*\(|[^\S\n]*,[^\S\n]+(?=`\/)|(?<=\b(?:page|screen|view)s?)[^\S\n]+|(?<=\b(?:form|formulaire|formulario|formulir)s?)[^\S\n]+(?=`\/))|(?<![\p{L}])(?:at the address|à l'adresse|à l’adresse|en la dirección|no endereço|unter der adresse|di alamat)[^\S\n]+(?=`\/))`?(\/[^\s,;)`]*)/giu;
/** What stands before the root route when it names the home page: "the home page (`/`)", "the landing page at /". */
const HOME_PAGE_BEFORE = /\b(?:home|landing|front|start)[ -]?page[^\S\n]*(?:\(|(?:is[^\S\n]+)?(?:at|on))?[^\S\n]*`?$/i;
/** The root written bare after "home", "landing" or "start" ("home /, schedule /schedule"). */
const HOME_ROOT = /(?<![\p{L}])(?:home|landing|start)(?:[ -]?page)?[^\S\n]+\/(?=[\s,.;)]|$)/iu;
/** Does the text before `at` (where the root route `/` stands) name the home page? */
const isHomePage = (line: string, at: number): boolean => HOME_PAGE_BEFORE.test(line.slice(Math.max(0, at - 30), at));
/** PAGE_AT as a plain test, without its global state. */
const PAGE_AT_ROUTE = new RegExp(PAGE_AT.source, 'iu');
/** NAVIGATE_TO as a plain test, without its global state. */
const NAVIGATES_TO_ROUTE = new RegExp(NAVIGATE_TO.source, 'iu');
/** What may stand right before the route: a preposition, or a page word ("opens the page /x"). */
const BEFORE_ROUTE = /^(?:to|at|via|through|from|on|onto|into|under|page|screen|view|route|url)$/i;
/** Words that start a clause of their own: auxiliaries and modals. */
const CLAUSE_VERB = /^(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|must|should|shall|may|might|do|does|did)$/i;
/** Verbs done from a route ("open the dashboard from /dashboard", "log in from /login"). */
const FROM_ROUTE = /^(?:open|log|sign)/i;
/** Verbs whose object is the route itself: "opens /settings", "visits /x". */
const DIRECT_OBJECT = /^(?:open|visit|brows)/i;
/** An endpoint noun right before a bare path ("the endpoint /auth/refresh"): `readEndpoints` reads it. */
const ENDPOINT_THEN_PATH = /(?:endpoints?|webhooks?|endpunkt(?:e|s)?|端点|端點|接口|엔드포인트|エンドポイント)[^\S\n]*\//i;
/** A code span holding a slash: the route candidates of `readPages`. */
const CODE_PATH = /`[^`\n]*\//;
/** A bold or code name, or a list item `name:`/`name (`/`name（`/`name —`: entity lines and field items of data sections. */
const MODEL_SIGNAL = /\*\*|__|`|^\s*(?:[-*+]|\d+[.)])\s+[\p{L}_$][\p{L}\p{N}_$]*\??\s*[:(（—–]|^\p{Lu}[\p{L}\p{N}]*\s*(?:[—–:：]|\s-)[^\n,]*,[^\n,]*,|(?:^|[.;]\s+)(?:[Ee]ach|[Ee]very|An?|an?|[Tt]he)\s+\p{Lu}[\p{L}\p{N}]*(?:\s+(?:record|entity|object))?\s+(?:has|holds|stores|records|keeps|contains|consists of)\s/mu;
/**
 * A model named as one in any section: `` `PayoutStatement` model — driverId, gross, net ``,
 * ``new `TotpCredential` model (userId, secretEncrypted)``, `**Invoice** entity: id, total`. The
 * name is in code or bold marks, the word "model", "entity", "table" or "record" follows it, then
 * its fields in parentheses or after a dash or colon.
 */
const NAMED_MODEL = /(?:`|\*\*)([A-Z][A-Za-z0-9]*)(?:`|\*\*)[^\S\n]+(?:model|entity|table|record)(?:[^\S\n]*\(([^()\n]+)\)|[^\S\n]*[—–:][^\S\n]*([^\n]+))/g;
/** The model word right after a closing code or bold mark: what NAMED_MODEL needs, found with one scan. */
const NAMED_MODEL_HINT = /[`*][^\S\n]+(?:model|entity|table|record)/;
/** NAMED_MODEL as a plain test, without its global state. */
const NAMED_MODEL_TEST = new RegExp(NAMED_MODEL.source);
/** Two paragraph lines in a row, each a code-case name, a separator and field names (`Customer — id, name`): what `readListedModels` reads as a run. */
const NAME_LINES_SIGNAL = /^`?\p{Lu}[\p{L}\p{N}]*`?[ \t]*[:：—–][ \t]*[a-z_]\w*[ \t]*(?:\([^)\n]*\))?[ \t]*,[^\n]*\n`?\p{Lu}[\p{L}\p{N}]*`?[ \t]*[:：—–][ \t]*[a-z_]/mu;
/** A list item that is a code-case name, a separator and two field names (`- Permit: id, plate`): what `readListedModels` reads, anywhere. */
const LISTED_MODEL_SIGNAL = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+`?\p{Lu}[\p{L}\p{N}]*`?[ \t]*[:：—–][ \t]*[a-z_][\w]*[ \t]*(?:\([^)\n]*\))?[ \t]*,[ \t]*[a-z_]/mu;
/** `- Bill { id, hostName, currency }`, `` `Claim { id, itemId }` ``: a name and its fields in braces, alone on a line or an item. */
const BRACE_MODEL = /^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+)?(?:\*\*|__|`)?(\p{Lu}[\p{L}\p{N}_]*)(?:\*\*|__)?[ \t]*\{([^{}\n]+)\}`?[ \t]*$/mu;
/** A label, a code-case name and an opening parenthesis (`- Reads: Vehicle (vin, …`): what `readLabelledModel` reads. */
const LABELLED_MODEL_SIGNAL = /^[ \t]*(?:[-*+][ \t]+)?[^\n:：(]{1,30}[:：][ \t]*[`*]*\p{Lu}[\p{L}\p{N}]*[`*]*[ \t]*\([a-z_]/mu;
/** A slash at a word start: a bare route under a screens heading. */
const PAGE_SIGNAL = /(?:^|\s)\//;

/**
 * Cheap test for a section body: can `readTextLines` (and the field lists of a data section) find
 * a route or an entity in it? Declarations and `METHOD /path` pairs have their own tests.
 */
export function mayContain(body: string, ctx: SectionContext): boolean {
  return (
    (body.includes('`') && CODE_PATH.test(body)) ||
    body.includes('at **/') ||
    (body.includes('/') && (NAVIGATES_TO_ROUTE.test(body) || ENDPOINT_THEN_PATH.test(body) || PAGE_AT_ROUTE.test(body) || ((body.includes('served') || body.includes('rendered')) && SERVED_TEMPLATE.test(body)))) ||
    (ctx.model && (MODEL_SIGNAL.test(body) || (body.includes(',') && NAME_LIST_SIGNAL.test(body)) || mayListFieldsInProse(body) || mayDescribeHeadingModel(body, ctx))) ||
    (body.includes(',') && (LISTED_MODEL_SIGNAL.test(body) || NAME_LINES_SIGNAL.test(body))) ||
    (body.includes('{') && BRACE_MODEL.test(body)) ||
    ((body.includes(' with its ') || body.includes(' with their ')) && STORED_WITH.test(body)) ||
    body.includes('` table') || body.includes('` collection') ||
    ((body.includes('**') || body.includes('__')) && STORED_BOLD_SIGNAL.test(body)) ||
    ((body.includes('`') || body.includes('**')) && STORED_NAMES.test(body)) ||
    (body.includes('(') && LABELLED_MODEL_SIGNAL.test(body)) ||
    (body.includes('`') && forEachNamed(body) !== undefined) ||
    ((body.includes(':') || body.includes('：') || body.includes('**')) && HAS_COLON.test(body)) ||
    ((body.includes('`') || body.includes('*')) && NAMED_MODEL_HINT.test(body) && NAMED_MODEL_TEST.test(body)) ||
    (body.includes('`') && (CODED_PROSE_SIGNAL.test(body) || GAINS_SIGNAL.test(body) || (mayNameThenFields(body) && NAMED_THEN_FIELDS.test(body)))) ||
    (ctx.page && PAGE_SIGNAL.test(body))
  );
}
/**
 * `- **Name**: `a`, `b`` or `- `Name` — a, b` in a data section; the colon also inside the bold
 * (`**Name:** a, b`, as Productboard and Google Docs write labels), and a note in parentheses
 * between the name and its separator (`**Post** (existing) — a, b`), or a few words after a comma before
 * a colon and a code-marked list (`**Digest**, kept for resending: `id` (uuid), …`); the name may be in code
 * marks inside the bold (`**`Post`** — a, b`), with its name in another language beside it in parentheses
 * (`**Volunteer (מתנדב)**:`, `**מתנדב (Volunteer)**:`, named by its code name); a name in lower case, as code
 * writes a table's, only so glossed (`**report（举报）**：reportId、listingId`). Group 2 is the separator, 3 the list.
 */
/** The code name in parentheses after a name in another script (`**מתנדב (Volunteer)**`): group 1. */
const CODE_NAME_ASIDE = /^[^(（\n]*[(（]\s*([A-Z][A-Za-z0-9]*)\s*[)）]/;
const BOLD_MODEL = /^(?:(?:\*\*|__)`?|`)([\p{Lu}\p{Lo}][\p{L}\p{N}_]*|\p{Ll}[\p{L}\p{N}_]*(?=\s*[(（]))(?:\s*[(（][^()（）\n*`]{1,40}[)）])?(?:(?:`?(?:\*\*|__)|`)\s*(?:\([^()\n]{1,40}\)\s*(?=[:：—–])|,\s[^:：\n`*]{1,40}(?=[:：]\s*`))?([:：—–-]|\()|([:：])(?:\*\*|__))\s*(.+)$/u;
/**
 * Lower-case words that lead in to a list of fields in code marks, before the first of them: "we store
 * it with", "guardamos", "each record has". The list must name two fields in code marks at least.
 */
const LEAD_IN = /^(?:\p{Ll}+\s+){0,5}\p{Ll}+\s+(?=`[^`\n]+`[^`\n]*`[^`\n]+`)/u;
/** `Connection — id, userId, provider`, `Connection: id, userId, provider`: a PascalCase name, a separator, a list. */
const PLAIN_MODEL = /^([\p{Lu}][\p{Ll}\p{N}]+(?:[\p{Lu}][\p{Ll}\p{N}]*)*)\s*(?:[—–:：]|\s-)\s*([^.!?]+?)\.?$/u;
/** Labels that head a list of names, not a model's fields. */
const NOT_A_MODEL_LABEL = /^(?:Notes?|Examples?|Owners?|Reviewers?|Authors?|Status|Tags?|Labels?|Stakeholders?|Participants?|Attendees?|Team|Teams|Contributors?|Dependencies|Depends|Links?|See|Related|Scope|Goals?|Summary|Also|Includes?|Fields|Columns|Keys|Indexes|Constraints?|Validations?)$/;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const CODE_SPAN = /`([^`\n]+)`/g;
const EXAMPLE_COMMAND = /\b(?:curl|wget|httpie)\s/;

/**
 * Read the lines of one paragraph or list item: declarations, `METHOD /path` pairs, routes that
 * a person navigates to, and field lists in data sections.
 * @param lines raw Markdown lines
 * @param firstLine document line of `lines[0]`
 * @param listItem the lines are a list item
 */
export function readTextLines(lines: string[], firstLine: number, listItem: boolean, ctx: SectionContext, out: TaskCollector): void {
  const linesInScope = lines.map((l) => inScopeClauses(withoutLinks(l)));
  if (!listItem && linesInScope.some((l) => HAS_COLON.test(l))) readHasLists(linesInScope, firstLine, ctx, out);
  const outOfScope = outOfScopeLines(linesInScope);
  const unlinked = outOfScope.some(Boolean) ? keepTailsAfterOutOfScope(linesInScope, outOfScope) : linesInScope;
  if (unlinked.some((l) => l.includes('`'))) readCodedProse(unlinked, firstLine, outOfScope, ctx, out);
  const before = out.tasks.length;
  // `- Pages: `/refill`, …` wrapping over lines: every line of the item lists pages.
  const pageCtx = !ctx.page && !ctx.api && PAGES_LABEL.test(unlinked[0]!) ? { ...ctx, page: true } : ctx;
  let wrapped = false;
  let continuedTo = 0;
  lines.forEach((rawLine, i) => {
    const lineNo = firstLine + i;
    const line = unlinked[i]!.replace(LIST_MARKER, '');
    if (line.trim() === '' || outOfScope[i]) return;
    if (isQuestion(line)) {
      // `**Order** (id, customerId, total?)`: an optional field last, no question.
      if (ctx.model) readBoldModel(line.trim(), lineNo, ctx, out);
      return;
    }
    if (readDeclaration(line.trim(), lineNo, ctx, out)) return;
    // A command line (`curl -X DELETE https://…`) is an example of a call, not an endpoint to build.
    // "we call its `POST /compartments/{id}/unlock` operation": another system's endpoint, not one to build.
    // "(`POST /partner/v1/refill-orders` on their side)": the other system's endpoint.
    // The words before a call may end the line above ("pulls from their" / "`GET /x` and …").
    const above = i > 0 && (unlinked[i - 1]!.includes(' their') || unlinked[i - 1]!.includes(' its')) ? `${unlinked[i - 1]!.trimEnd()} ` : '';
    const found = EXAMPLE_COMMAND.test(line) ? [] : ourMethodPaths(line, ctx).filter((p) => !(above !== '' || line.includes(' its ') || line.includes(' their ')) || !(THEIR_CALL.test((p.index < 40 ? above : '') + line.slice(Math.max(0, p.index - 40), p.index)) || THEIR_SIDE.test(line.slice(p.index, p.index + p.path.length + 40))));
    // A call to another host that the paragraph says goes out ("… PlantCare calls it but does not own it").
    const pairs = found.some((p) => p.host) && goesOut(unlinked.join(' ')) ? found.filter((p) => !p.host) : found;
    // A URL with its host (`PUT https://files.example.com/{key}`) writes its whole path: no prefix goes before it.
    pairs.forEach((p, i) => out.api(p.host && ctx.apiPrefix ? { ...ctx, apiPrefix: undefined } : ctx, lineNo, p.path, p.methods, returnsOf(line.slice(p.index, pairs[i + 1]?.index), p.methods)));
    if (NAMED_MODEL_HINT.test(line)) readNamedModels(balancedFrom(line, unlinked, i), lineNo, ctx, out);
    if (line.includes('(') && (line.includes(':') || line.includes('：'))) readLabelledModel(line.trim(), lineNo, ctx, out);
    if (line.includes('{')) readBraceModel(line, lineNo, ctx, out);
    if (line.includes(' with its ') || line.includes(' with their ')) readStoredModel(line, lineNo, ctx, out);
    if (line.includes('` table') || line.includes('` collection')) readCodedTables(line, lineNo, ctx, out);
    if (line.includes('`')) readEachModel(line, lineNo, ctx, out);
    if ((line.includes('`') || line.includes('**')) && STORED_NAMES.test(line)) readStoredNames(line, lineNo, ctx, out);
    if ((line.includes('**') || line.includes('__')) && (line.includes(':') || line.includes('：') || line.includes('** record') || line.includes('__ record'))) {
      // The list may wrap onto the paragraph's next lines.
      let text = line;
      for (let j = i + 1; j < unlinked.length && !LIST_MARKER.test(lines[j]!) && unlinked[j]!.trim() !== ''; j++) text = `${text} ${unlinked[j]!.trim()}`;
      readStoredBold(text, lineNo, ctx, out);
    }
    if (ctx.model) {
      if (!listItem && !LIST_MARKER.test(rawLine)) readPlainModel(line.trim(), lineNo, ctx, out);
      if (i === 0 && !listItem && (line.includes(',') || line.startsWith('**'))) readNameList(line.trim(), lineNo, ctx, out);
      if (i === 0 && (line.startsWith('**') || line.startsWith('__'))) readDescribedBold(line.trim(), lineNo, ctx, out);
      if (i === 0 && listItem && (line.trimStart().startsWith('**') || line.trimStart().startsWith('__'))) readBoldItem(line.trim(), lineNo, ctx, out);
      if (line.includes('(`')) readParenCodeModel(line, lineNo, ctx, out);
      if (line.includes('`') && (line.includes('**') || line.includes('__'))) readBoldDescribedModel(line.trim().replace(LIST_MARKER, ''), lineNo, ctx, out);
      readProseModels(line, lineNo, ctx, out);
      // A list item whose field list wraps (`- **RefillItem** — sku (string),` then `  skipped (boolean)`): read as one line.
      if (i === 0) wrapped = listItem && lines.length > 1 && wrapsOn(line, unlinked[1]!);
      if (wrapped) {
        if (i === 0) readBoldModel(unlinked.map((l, j) => (j === 0 ? line : l).trim()).join(' '), lineNo, ctx, out);
      } else if (i >= continuedTo) {
        // A paragraph's model line whose field list wraps (`**Tier** — `id` (uuid),` then `` `name` (string)``,
        // inside a note, or before it: `` `qty` (whole`` then ``number), `sku` (text)``): its list goes on over the lines
        // after it, up to the next model line or item.
        let text = line.trim();
        let j = i;
        // A definition list's term and its definition (`` `Delivery` `` then `: `id` (uuid), …`), the definition maybe wrapping on.
        if (j + 1 < lines.length && DEFINED_TERM.test(text) && DEFINITION.test(unlinked[j + 1]!)) {
          text = `${text}: ${unlinked[++j]!.replace(DEFINITION, '').trim()}`;
          while (j + 1 < lines.length && !DEFINITION.test(unlinked[j + 1]!) && !LIST_MARKER.test(lines[j + 1]!) && !(DEFINED_TERM.test(unlinked[j + 1]!.trim()) && DEFINITION.test(unlinked[j + 2] ?? ''))) text = `${text} ${unlinked[++j]!.trim()}`;
        } else if (j + 1 < lines.length && wrapsOn(text, unlinked[j + 1]!) && BOLD_MODEL.test(text)) {
          while (j + 1 < lines.length && (wrapsOn(text, unlinked[j + 1]!) || unlinked[j + 1]!.trimStart().startsWith('(')) && !LIST_MARKER.test(lines[j + 1]!) && !BOLD_MODEL.test(unlinked[j + 1]!.trim())) text = `${text} ${unlinked[++j]!.trim()}`;
        }
        continuedTo = j + 1;
        readBoldModel(text, lineNo, ctx, out);
        if (text.includes(' and ') && text.includes(') ')) readPairedModel(text, lineNo, ctx, out);
      }
      if (line.includes('**') || line.includes('__')) readIntroducedModel(line, lineNo, ctx, out);
    }
    readPages(line, lineNo, listItem || LIST_MARKER.test(rawLine), pairs.map((p) => p.path), pageCtx, out);
    // A sentence wrapped right before its route ("…every pending embargo on" / "`/desk/embargoes`."):
    // the end of the line before says what the route is.
    if (i > 0 && ROUTE_FIRST.test(line) && !LIST_MARKER.test(rawLine)) {
      const tail = unlinked[i - 1]!.slice(-60).replace(/^\S*\s/, '');
      readPages(`${tail} ${line}`, lineNo, false, pairs.map((p) => p.path), pageCtx, out, tail.length + 1);
    }
  });
  if (!ctx.api && out.tasks.length > before) readSubRoutes(unlinked, firstLine, out.tasks.slice(before), outOfScope, ctx, out);
}

/**
 * A line with the next lines of its paragraph joined on while a parenthesis it opens stays open
 * (four lines at most): "the **Permit** entity (permitNo, applicationNo," / "issuedAt, expiresAt)".
 */
function balancedFrom(line: string, lines: readonly string[], i: number): string {
  let text = line;
  let open = netParens(text);
  for (let j = i + 1; open > 0 && j < lines.length && j <= i + 4 && lines[j]!.trim() !== '' && !LIST_MARKER.test(lines[j]!); j++) {
    text = `${text} ${lines[j]!.trim()}`;
    open = netParens(text);
  }
  return text;
}

function netParens(text: string): number {
  let n = 0;
  for (const c of text) if (c === '(') n++;
  else if (c === ')') n--;
  return n;
}

/** `text` cut at each semicolon outside parentheses. */
function semicolonParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) depth++;
    else if (c === 41) depth = Math.max(0, depth - 1);
    else if (c === 59 && depth === 0) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/** A definition list's term that may name a model: a name alone, in code marks or bold (`` `InboundEvent` ``, `**Device**`). */
const DEFINED_TERM = /^(?:`[\p{Lu}][\p{L}\p{N}_]*`|(?:\*\*|__)[\p{Lu}][\p{L}\p{N}_]*(?:\*\*|__))$/u;
/** The start of a definition under a term (PHP Markdown Extra, Pandoc): a colon, then a space. */
const DEFINITION = /^\s{0,3}:[ \t]+/;

/**
 * Does a field list go on from a line onto the next: the line ends with a separator (`sku (string),`,
 * `` `name` string · ``) or inside a note's parentheses (`qty (whole`), or the next starts with the
 * type of the field the line ends with (`` `schemaVersion` `` then `(integer), …`).
 */
function wrapsOn(line: string, next: string): boolean {
  const end = line.trimEnd();
  return end.endsWith(',') || end.endsWith('·') || end.lastIndexOf('(') > end.lastIndexOf(')') || (end.endsWith('`') && next.trimStart().startsWith('('));
}

/** A preposition right before a route (and its code mark): "queue at /x", "download from `/x`". */
const ROUTE_PREPOSITION = /(?:^|\s)(?:at|from|on|in|to|under|via|à|en|auf|unter|em|su|op|di)\s+`?$/i;
/** A thing placed at the code-marked route right after: "a checkout at `", "a bake sheet for the next day at `", "check a permit on `". */
const THING_AT = /\b(?:a|an|the|its|their|our|one)\s+(?:[\p{L}-]+\s+){0,6}(?:at|on)\s+`$/iu;

/**
 * Routes of a paragraph that extend a page the paragraph names (`/tools/refunds` opened, then "their
 * queue at /tools/refunds/queue", "the log is at `/developers/webhooks/:id`"), after a preposition:
 * pages of the same UI. Not API paths, nor routes the text calls old.
 * @param found the tasks the paragraph's lines gave
 */
function readSubRoutes(lines: string[], firstLine: number, found: readonly Task[], outOfScope: boolean[], ctx: SectionContext, out: TaskCollector): void {
  const pages = new Set(found.flatMap((t) => (t.kind === 'page' && t.route !== '/' ? [t.route] : [])));
  if (pages.size === 0) return;
  const roots = [...pages];
  // A paragraph that places two pages or more enumerates the screens of one UI: any thing it places "at" a route is one more.
  const enumerates = pages.size >= 2;
  lines.forEach((raw, i) => {
    if (outOfScope[i] || !raw.includes('/')) return;
    const line = raw.replace(LIST_MARKER, '');
    for (const p of findPaths(line)) {
      if (pages.has(p.path) || isApiPath(p.path)) continue;
      const before = line.slice(0, p.index);
      const extends_ = roots.some((r) => p.path.startsWith(`${r}/`)) && ROUTE_PREPOSITION.test(before);
      if (!(extends_ || (enumerates && before.includes('`') && THING_AT.test(before))) || isOldRoute(line, p.index)) continue;
      pages.add(p.path);
      out.page(ctx, firstLine + i, p.path, undefined);
    }
  });
}

/** The models a line names as models (NAMED_MODEL): two fields at least, each a name as code writes it. */
function readNamedModels(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  for (const m of line.matchAll(NAMED_MODEL)) {
    // After a dash the list runs to the end of the sentence; "and `RecoveryCode` model (…)" is the next one.
    const list = (m[2] ?? m[3]!.split(/\.(?:\s|$)|\s+and\s+(?=`|\*\*)/)[0]!).replace(/\s+\(([^()]*)\)/g, '');
    const names = list.split(',').map((f) => f.trim().replace(/[`*]/g, ''));
    if (names.length < 2 || !names.every((n) => ASCII_FIELD_NAME.test(n))) continue;
    out.model(ctx, lineNo, m[1]!, parseFieldList(list));
  }
}

/**
 * A table or collection named in code marks after an article or "new" (`an \`inventorySyncQueue\` table`,
 * `the \`inventoryItems\` collection`, `a new \`audit_log\` table`): a model the product stores (group 1).
 * One that exists elsewhere or is only read ("the existing `users` table", "their `orders` table") is not
 * one to build; nor is a table named as a file or a setting.
 */
const CODED_TABLE = /(?<![\p{L}])(?:an?|the|new|our|one)\s+(?:new\s+)?`([a-z][a-z0-9]*(?:[A-Z_][a-z0-9]*)*)`\s+(?:table|collection)(?![\p{L}-])/gu;
/** Words before a table that say it is not the product's to build. */
const NOT_OURS_BEFORE = /\b(?:existing|external|their|legacy|old|shared|upstream|vendor|partner)\s+$/i;

/** A table taken away: "Delete … the `pdf_links` table", "the `shift_bids` table is dropped". */
const TAKEN_AWAY_BEFORE = /\b(?:delete|deletes|deleting|drop|drops|dropping|remove|removes|removing|retire|retires|archive)\b[^.;]*$/i;
const TAKEN_AWAY_AFTER = /^\s+(?:is|are|gets?|will be|was|were)\s+(?:then\s+)?(?:dropped|removed|deleted|retired|archived|renamed)\b/i;

function readCodedTables(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  for (const m of line.matchAll(CODED_TABLE)) {
    const before = line.slice(0, m.index! + m[0].indexOf('`'));
    if (NOT_OURS_BEFORE.test(before.slice(-20)) || TAKEN_AWAY_BEFORE.test(before.slice(-80)) || TAKEN_AWAY_AFTER.test(line.slice(m.index! + m[0].length))) continue;
    out.model(ctx, lineNo, m[1]!, []);
  }
}

/**
 * A requirement that says what is kept of each thing it names with a capital, as Kiro and other
 * requirement styles name their entities: "THE Catalog SHALL store each Tool with its name, category and
 * condition notes", "The ledger keeps every Payout with its amount, currency, status and paid date".
 * Group 1 the name, group 2 the list up to the sentence's end.
 */
const STORED_WITH = /\b(?:stores?|persists?|saves?|keeps?|records?|tracks?)\s+(?:each|every)\s+(\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*)\s+(?:(?:record|entry|row)\s+)?with\s+(?:its|their)\s+([^.;:!?()]+)/u;
/** A thing of such a list that says whether: "whether it is a power tool", "whether it has a photo". Group 1 the verb, 2 what follows. */
const WHETHER_ITEM = /^whether\s+(?:it|they)\s+(is|are|has|have)\s+(?:(?:a|an|the)\s+)?(\p{L}+(?:\s+\p{L}+){0,2})$/u;

/**
 * The model of a STORED_WITH sentence: two things at least, each one to three words (`start date` →
 * `startDate`) or a "whether" clause (`whether it is retired` → `isRetired`, a boolean); none when a
 * thing reads as neither ("its history of every change").
 */
function readStoredModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = STORED_WITH.exec(line);
  if (!m) return;
  const items = m[2]!.split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+/).map((t) => t.trim()).filter(Boolean);
  if (items.length < 2) return;
  const fields: ModelField[] = [];
  for (const item of items) {
    const whether = WHETHER_ITEM.exec(item);
    if (whether) {
      const verb = whether[1]!.startsWith('ha') ? 'has' : 'is';
      fields.push(notedField(phraseFieldName(`${verb} ${whether[2]!}`), { type: 'boolean', optional: false, nullable: false }, false));
    } else if (/^\p{L}+(?: \p{L}+){0,2}$/u.test(item)) {
      fields.push(notedField(phraseFieldName(item), { optional: false, nullable: false }, false));
    } else return;
  }
  if (new Set(fields.map((f) => f.name)).size !== fields.length || !fields.every((f) => ASCII_FIELD_NAME.test(f.name))) return;
  out.model(ctx, lineNo, m[1]!, fields);
}

/**
 * What a sentence says is kept for each thing it names with a capital, as requirements write an
 * entity: "THE Library SHALL record the following for each Book: `id` (uuid), `isbn` (text), …".
 * The list after the colon is read as `readCodeListModel` reads one, three fields at least.
 */
function readEachModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const each = forEachNamed(line);
  if (each) readCodeListModel(each.name, line.slice(each.rest).trim().replace(/\.$/, ''), 3, lineNo, ctx, out);
}

/** What stands right before another system's endpoint that the product calls: "we call its", "we invoke their", "our job hits their". */
/** A call the line places on the other system's side, right after it: "`POST /partner/v1/refill-orders` on their side", "… at their end". */
const THEIR_SIDE = /^(?:GET|POST|PUT|PATCH|DELETE)\s+\S+\s+(?:on|at)\s+their\s+(?:side|end)\b/;
/** …and "the ingest worker pulls from their `GET /x`", "it polls their": any subject, a verb of fetching from another system. */
const THEIR_CALL = /\b(?:(?:we|our \w+)\s+(?:call|calls|invoke|invokes|hit|hits|use|uses)\s+(?:its|their)|(?:pulls?|fetch(?:es)?|reads?|polls?|downloads?|imports?|syncs?)\s+(?:data\s+)?from\s+their|polls?\s+their)\s+`?$/i;

/** `Reads: Vehicle (vin, plate, odometerKm)`: a short label, a code-case name, its fields in parentheses (one level of notes inside). */
const LABELLED_MODEL = /^(?:\*\*|__)?\p{L}[\p{L} ]{0,24}?(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__|`)?(\p{Lu}[\p{L}\p{N}]*)(?:\*\*|__|`)?[ \t]*\(((?:[^()\n]|\([^()\n]*\))+)\)[ \t]*\.?$/u;

/**
 * A label, then a model with its fields in parentheses (`- Reads: WorkOrder (id, vin, status:
 * open/done, openedAt)`), in any section: three fields at least, each a name as code writes it
 * with a lower-case first letter, one of them a name only code writes (`odometerKm`, `id`).
 */
function readLabelledModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = LABELLED_MODEL.exec(line);
  if (m) readCodeListModel(m[1]!, m[2]!, 3, lineNo, ctx, out);
}

/**
 * A model named before a list of its fields (`Vehicle (vin, plate, odometerKm)`, `Bill { id, hostName }`):
 * `min` fields at least, each a name as code writes it with a lower-case first letter, one of them a
 * name only code writes (`odometerKm`, `id`).
 */
function readCodeListModel(name: string, list: string, min: number, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const fields = codeFieldList(list);
  if (fields && fields.length >= min && fields.some((f) => CODE_NAME.test(f.name))) out.model(ctx, lineNo, name, fields);
}

/**
 * A model written as a name and its fields in braces (`- Bill { id, hostName, tipPercent }`), in
 * any section: two fields at least, each a name as code writes it with a lower-case first letter
 * (a type after a colon allowed), one of them a name only code writes (`id`, `billId`). An example
 * object (`{ "id": 1 }`) has no name before it; a set in prose ("Roles {admin, user}") no such field.
 */
function readBraceModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = BRACE_MODEL.exec(line);
  if (m) readCodeListModel(m[1]!, m[2]!.replace(/;/g, ','), 2, lineNo, ctx, out);
}

/** A value after a field's colon, alone before the next field: `"v-1"`, `4`, `true` (a union of literals has a bar after its first). */
const SKETCH_VALUE = /:\s*(?:"[^"]*"|'[^']*'|-?\d[\d.]*|true|false|null)\s*(?:[,;}]|$)/;
/** The opening of a model written in braces on a line of its own in a code block: `Route   { id, wall,` (group 1 the name). */
const BRACE_OPEN = /^[ \t]*(\p{Lu}[\p{L}\p{N}_]*)[ \t]*\{/u;

/**
 * A code block with no language that only sketches models in braces, one or several lines each
 * (`Route { id, wall, grade,` / `  setOn: date, status: "up" | "stripped" }`, `Ascent { id, routeId }`):
 * each is read as readBraceModel reads one in prose. A block with any other line (code, an example
 * object, which has no name before its brace) gives nothing. True when it read the block so.
 */
export function readBraceSketch(lines: readonly string[], firstLine: number, ctx: SectionContext, out: TaskCollector): boolean {
  const entries: Array<{ line: number; text: string }> = [];
  let open: { line: number; text: string } | undefined;
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    if (!open) {
      if (!BRACE_OPEN.test(raw)) return false;
      open = { line: i, text: raw.trim() };
    } else open.text += ` ${raw.trim()}`;
    if (open.text.includes('}')) {
      entries.push(open);
      open = undefined;
    }
  }
  if (open || entries.length === 0) return false;
  // Every entry a name and a list of two fields or more, one a name only code writes (as readCodeListModel wants); else the block is some other code.
  const found: Array<{ line: number; name: string; fields: ModelField[] }> = [];
  for (const e of entries) {
    const m = BRACE_MODEL.exec(e.text);
    // `id: "v-1", berths: 4`: values where the types would stand, an example record.
    if (m && SKETCH_VALUE.test(m[2]!)) return false;
    const fields = m ? codeFieldList(m[2]!.replace(/;/g, ',')) : undefined;
    if (!fields || fields.length < 2 || !fields.some((f) => CODE_NAME.test(f.name))) return false;
    found.push({ line: e.line, name: m![1]!, fields });
  }
  for (const f of found) out.model(ctx, firstLine + f.line, f.name, f.fields);
  return true;
}

/** A model's name in code case: `Refund`, `LedgerEntry`. */
const MODEL_NAME_CASE = String.raw`\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)*`;
/** After a bold name with no article, a noun that says the sentence is about its records: "**Fault** records carry …". */
const RECORDS = '(?:records|rows|entries|documents)';
/** Articles and determiners that open a sentence about one thing, in the known languages. */
const SUBJECT_ARTICLES = '[Ee]ach|[Ee]very|[Aa]n?|[Tt]he|[Oo]ne|[Uu]n[ae]?|[Uu]ma?|[Ee]ine?|[Ee]en|[Cc]ada|[Cc]haque|[Jj]ede[rs]?|[Ee]lke?|[Oo]gni|[Ee]l|[Ll][ae]|[Ii]l|[Dd](?:er|ie|as)|[Dd]e|[Hh]et|[Ss]etiap|[Ss]ebuah';
/**
 * A sentence about a model by its name in code case (`Each Correction`, `An Embargo`, ``A `Refund` ``):
 * an article, the name (maybe in code or bold marks), a space; or a bold name and a noun for its records
 * (`**Fault** records carry …`). The name in group 1 or 2.
 */
const CODED_SUBJECT = new RegExp(`(?:^|[.;!?]\\s+)(?:(?:${SUBJECT_ARTICLES})\\s+(?:\`|\\*\\*)?(${MODEL_NAME_CASE})(?:\`|\\*\\*)?|\\*\\*(${MODEL_NAME_CASE})\\*\\*\\s+${RECORDS})\\s`, 'gu');
/** The cheap test: such a subject, then a code-marked lower-case name later on (maybe on the next lines). */
const CODED_PROSE_SIGNAL = new RegExp(`(?:^|[.;!?]\\s+)(?:(?:${SUBJECT_ARTICLES})\\s+[\`*]*\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]*[\`*]*|\\*\\*\\p{Lu}\\p{Ll}[\\p{L}\\p{N}]*\\*\\*\\s+${RECORDS})\\s[^.\`]{0,160}(?:\\.\\s+(?:It|We)\\s[^.\`]{0,40})?\`[a-z_$]`, 'mu');
/**
 * A verb of having or recording, in the known languages: what a model's fields follow. Being identified
 * by a field opens its fields too ("is identified by an `id`", "est identifié par un `id`"), and so does
 * French "a" after a pronoun ("elle a un `id`"; "a" alone is a preposition in other languages).
 */
const HAVING_VERB =
  /(?<![\p{L}\p{N}])(?:has|have|holds|hold|stores|store|records|keeps|tracks|contains|contain|carries|carry|consists of|is made of|(?:is|are) identified by|tiene|guarda|registra|contiene|almacena|se identifica(?:n)? por|tem|armazena|contém|(?:é|são) identificad[oa]s? por|contient|enregistre|stocke|possède|porte|portent|(?:est|sont) identifiée?s? par|(?:il|elle|ils|elles) (?:a|ont)|hat|enthält|speichert|ha|heeft|bevat|bewaart|memiliki|menyimpan|berisi|diidentifikasi (?:dengan|oleh))(?![\p{L}\p{N}])/u;
const HAVING_VERBS = new RegExp(HAVING_VERB.source, 'gu');
/** Articles and possessives before a field's name, in the known languages. */
const FIELD_ARTICLES = 'an?|the|its|their|un[ae]?|uma?|el|la|le|les|il|lo|der|die|das|de|het|een|eine?n?|o|sebuah';
/** What may stand between two fields of a sentence: a comma, "and", "plus", with an article after them or not. */
/**
 * Between two fields: a comma, "and" (maybe with a verb of having after it: "and has a", "et porte un"),
 * "as well as" ("ainsi qu'un", "así como"), then an article or not.
 */
const FIELD_GAP = new RegExp(String.raw`^\s*(?:[,;]\s*)?(?:(?:(?:and|plus|y|e|et|und|en|dan)\s+(?:(?:also\s+)?(?:has|have|holds|carries|tiene|lleva|tem|porte|possède|a|hat|memiliki)\s+)?|(?:as well as|así como|assim como|sowie|ainsi que)\s+|ainsi qu['’]))?(?:(?:${FIELD_ARTICLES}|one)\s+)?(?:optional\s+)?$`, 'i');
/** A field's description ends with an article: the next code span is a field. */
const ARTICLE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${FIELD_ARTICLES})\s+$`, 'i');
/** Only an article (or nothing) before the first field. */
const ARTICLE_ONLY = new RegExp(String.raw`^\s*(?:(?:${FIELD_ARTICLES})\s+)?(?:(?:field|champ|campo|feld|kolom)\s+)?(?:optional\s+)?$`, 'i');
/** "has line items: `description` …": a few words and a colon before the first field. */
const LABEL_BEFORE = /^\s*(?:\p{L}+\s+){0,2}\p{L}+\s*[:：]\s*$/u;
/** A colon, maybe an article after it, right before the first field: "records each message we sent: its `id`, …". */
const COLON_BEFORE = new RegExp(String.raw`[:：]\s*(?:(?:${FIELD_ARTICLES})\s+)?$`, 'i');
/** FIELD_GAP with a type word last, before the field's name: ", and a text ", " plus an integer ". The word in group 1. */
const TYPE_BEFORE_FIELD = new RegExp(String.raw`^\s*(?:[,;]\s*)?(?:(?:and|plus|y|e|et|und|en|dan|as well as)\s+)?(?:(?:${FIELD_ARTICLES}|one)\s+)?(?:optional\s+)?(\p{L}+)\s+$`, 'iu');
/** Between two fields, an article and one word that says what the next one is: ", a shipper `reference`", "and the billing `email`". */
const WORD_BEFORE_FIELD = new RegExp(String.raw`^\s*(?:[,;]\s*)?(?:(?:and|plus|et|y|e|und|dan)\s+)?(?:an?|the|its|their|un|une|el|la|le|um|uma|ein|eine|einen|sebuah)\s+\p{Ll}[\p{Ll}-]{2,}\s+$`, 'u');
/** A field's values in plain words after "one of" or "either", the last after "or": "which is one of booked, assigned or cancelled". */
const PLAIN_VALUES = /^[^`.;]*?(?<![\p{L}])(?:one of|either)\s+[\p{Ll}_][\p{Ll}\p{N}_-]*(?:\s*,\s*[\p{Ll}_][\p{Ll}\p{N}_-]*)*\s*,?\s+or\s+[\p{Ll}_][\p{Ll}\p{N}_-]*/u;
/** A field's type in a few words right after its name, then a comma: "`deliverBy` timestamp, `weightKg` …", "a `hazmat` yes/no flag, and …". */
const TYPE_WORDS_FIRST = /^\s*[\p{L}/-]+(?:\s+[\p{L}/-]+){0,2}(?=\s*[,;])/u;
/** TYPE_WORDS_FIRST when its words read as a type (`readsAsType`). */
function typeWordsFirst(gap: string): RegExpExecArray | null {
  const m = TYPE_WORDS_FIRST.exec(gap);
  // A plural names the type of the fields before it: "`pickupAt` and `deliverBy` timestamps".
  const type = m ? (readFieldNotes(m[0]).type ?? readFieldNotes(m[0].replace(/s$/, '')).type) : undefined;
  return type !== undefined && readsAsType(type) ? m : null;
}
/** A built-in type, as normalizeFieldType gives it. */
const PRIMITIVE = /^(?:string|number|boolean)$/;
/** A note in parentheses at the start of a gap between two fields: the type of the field before. */
const TYPE_NOTE_FIRST = /^\s*\([^()]*\)/;
/** "an optional `taxRate`": the word before the field's name says it may be left out. */
const OPTIONAL_BEFORE = /(?<![\p{L}])optional\s+$/iu;
/** What leads into an enum's values: "one of", "either", "any of", "which is". */
const VALUES_LEAD = /(?:one of|either|any of|among|(?:which|that) is|uno de|um de|l'un de|parmi|qui vaut|eins von|einer von|uno tra|een van|salah satu dari)\s*[:：]?\s*$/i;
/** A gap that opens parentheses right after a field's name: its values may follow in code marks. */
const OPEN_PAREN = /^\s*\(\s*$/;
/** Right after a value in code marks, another one: "`dentist` or `hygienist`", "`a`, `b`". */
const MORE_VALUES = /^\s*(?:[,|/]\s*)?(?:(?:or|o|ou|oder|of|atau)\s+)?`/;
/** The ")" that closes values in parentheses, at the start of the gap after them. */
const CLOSE_PAREN = /^\s*\)/;
/** A clause between commas after a field: ", which is null otherwise" (before ", and a boolean `x`"). */
const RELATIVE_CLAUSE = /,\s*(?:which|that)\s[^,`]*(?=,)/;
/** Between two values of an enum: a comma, a bar, "or". */
const VALUE_GAP = /^\s*(?:,|\||\/)?\s*(?:(?:or|o|ou|oder|of|atau)\s+)?$/i;
/** A note that the value may be null: "stays null until…", "null when…", "nullable"; not "never null". */
const NULL_NOTE = /(?<![\p{L}])(?:null(?:able)?|nulle?s?|nul[oa]s?)(?![\p{L}])/iu;
const NOT_NULL_NOTE = /(?<![\p{L}])(?:not|never|non)[- ]null/iu;

/**
 * A model a sentence describes by its fields in code marks, in any section: "Each Correction has an
 * `articleId` (string), a `body` (string) holding the wording, a `severity` that is one of `minor`,
 * `factual` or `legal`, and a `publishedAt` timestamp that stays null until it goes live." An article
 * and a name in code case open the sentence; after a verb of having, each field is a code-marked
 * name after an article, a comma or "and"; its type is the note in parentheses or the words after
 * it (`timestamp`, `user id`); values after "one of" are its enum; "null" in its note makes it
 * nullable. Two fields at least, one a name only code writes (`articleId`); values and other
 * code spans of the sentence are no fields.
 */
function readCodedProse(lines: string[], firstLine: number, outOfScope: boolean[], ctx: SectionContext, out: TaskCollector): void {
  const { parts, text } = joinedLines(lines);
  const before = out.tasks.length;
  if (GAINS_SIGNAL.test(text)) readGainedFields(parts, text, firstLine, outOfScope, ctx, out);
  if (CODED_PROSE_SIGNAL.test(text)) readCodedSubjects(parts, text, firstLine, outOfScope, ctx, out);
  if (mayNameThenFields(text) && NAMED_THEN_FIELDS.test(text)) readNamedFieldLists(parts, text, firstLine, outOfScope, ctx, out);
  if (out.tasks.length === before && ctx.model && text.includes('` (')) readHeadedCodedProse(parts, text, firstLine, outOfScope, ctx, out);
}

/** Words that open a sentence and are no model's name, though capitalised and ending in "s". */
const NOT_A_SUBJECT = /^(?:This|Its|Thus|Unless|Always|Perhaps|Besides|Sometimes|Status|Yes)$/;
/**
 * A sentence that says which fields an existing model gains, or all a model is made of: the model
 * in code marks (`` `Member` already exists and gains ``, `` `Rack` is just ``, `` The `Customer` table is
 * extended with ``), or a plural noun
 * opening the sentence in a data section ("Invoices get"); group 1 the name in code marks, 2 the
 * plain noun, 3 the verb.
 */
const GAINS_FIELDS = new RegExp(String.raw`(?:^|[.;!?]\s+|\(\s*)(?:(?:[Tt]he\s+)?\x60(${MODEL_NAME_CASE})\x60(?:\s+(?:table|model|entity|record|type|object|document))?|(${MODEL_NAME_CASE}s))\s+(?:(?:already\s+)?exists?\s+and\s+|also\s+|now\s+)?(gains?|gets?|(?:is|are)\s+extended\s+with|(?:is|are)\s+(?:just|only))\s+`, 'gu');
/** The cheap test for GAINS_FIELDS: one of its verbs, a code-marked name after it. */
const GAINS_SIGNAL = /\s(?:gains?|gets?|extended with|is just|are just|is only|are only)\s[^.`]{0,40}`[a-z_]/;
/** What may stand before the first field: an article, a number, "new", "nullable", "optional" ("a nullable `x`", "two new fields: `x`"). */
const GAINED_LEAD = /^\s*(?:(?:an?|the|one|two|three|four|new|nullable|optional|fields?|columns?|propert(?:y|ies)|attributes?)(?:\s+|\s*[:：]\s*|$))*$/i;
/** Between two fields: a comma or "and", maybe an article and "nullable" or "optional". */
const GAINED_GAP = /^\s*(?:\([^()]*\)\s*)?(?:,\s*|;\s*|\s(?:and|plus)\s+|,\s*(?:and|plus)\s+)(?:(?:an?|the|nullable|optional)\s+)*$/i;

/**
 * The fields a sentence says a model gains or is made of (GAINS_FIELDS), each a name in code marks,
 * maybe with its type (`` `waiver_signed_at: datetime | None` ``), "nullable" or "optional" before it or
 * in parentheses after it: "`Member` already exists and gains `waiver_signed_at: datetime | None`.",
 * "Invoices get a nullable `schedule_id` so the UI can…", "(`Rack` is just `id`, `freezerId`, `label`.)".
 * A model gains one field at least, written as only code writes a name (`schedule_id`) or with its type;
 * a model that "is just" its fields has two at least, one an id (`` `Priority` is just `low` or `high` `` is an enum).
 * A plain noun is a model's name in a data section only.
 */
function readGainedFields(parts: string[], text: string, firstLine: number, outOfScope: boolean[], ctx: SectionContext, out: TaskCollector): void {
  for (const m of text.matchAll(GAINS_FIELDS)) {
    if (m[2] !== undefined && (!ctx.model || NOT_A_SUBJECT.test(m[2]) || !/^(?:gain|get|are)\b/.test(m[3]!))) continue;
    const whole = /^(?:is|are)\s+(?:just|only)$/.test(m[3]!);
    const start = m.index! + m[0].length;
    const list = text.slice(start, sentenceEnd(text, start));
    const fields: ModelField[] = [];
    let from = 0;
    for (const span of list.matchAll(/`([^`\n]+)`/g)) {
      const gap = list.slice(from, span.index);
      if (!(fields.length === 0 ? GAINED_LEAD : GAINED_GAP).test(gap)) break;
      // "(nullable)" after the field before: a note on it.
      const note = fields.length > 0 ? /^\s*\(([^()]*)\)/.exec(gap) : null;
      if (note && /\bnull(?:able)?\b/i.test(note[1]!) && !fields[fields.length - 1]!.type.endsWith('| null')) fields[fields.length - 1] = { ...fields[fields.length - 1]!, type: `${fields[fields.length - 1]!.type} | null` };
      from = span.index! + span[0].length;
      const field = /^[a-z_$][\w$]*\??(?:\s*:\s*\S.*)?$/.test(span[1]!) ? parseFieldItem(span[1]!) : undefined;
      if (!field) break;
      const nullable = /\bnullable\s+$/i.test(gap) && !field.type.endsWith('| null');
      const typed = nullable ? { ...field, type: `${field.type} | null`, inferred: undefined } : field;
      fields.push(/\boptional\s+$/i.test(gap) ? { ...typed, optional: true } : typed);
    }
    const after = /^\s*\(([^()]*)\)/.exec(list.slice(from));
    if (after && fields.length > 0 && /\bnull(?:able)?\b/i.test(after[1]!) && !fields[fields.length - 1]!.type.endsWith('| null')) fields[fields.length - 1] = { ...fields[fields.length - 1]!, type: `${fields[fields.length - 1]!.type} | null` };
    const ok = whole
      ? fields.length >= 2 && fields.some((f) => ID_FIELD.test(f.name))
      : fields.length >= 1 && fields.every((f) => CODE_NAME.test(f.name) || !f.inferred);
    if (!ok) continue;
    const i = lineAt(parts, m.index! + m[0].search(/\p{Lu}/u));
    if (outOfScope[i]) continue;
    out.model(ctx, firstLine + i, m[1] ?? m[2]!, fields);
  }
}

/**
 * The models of sentences about a model named in code case (see readCodedProse). The sentences after
 * the subject's, up to the next subject, go on about it when they say what "it" or "we" keep ("We
 * store their `id` (a uuid), …", "Each patient has a `recallDueOn` date") or open with a field
 * ("Its `status` is one of …", "The `email` may be null …"): their fields join the model's.
 */
function readCodedSubjects(parts: string[], text: string, firstLine: number, outOfScope: boolean[], ctx: SectionContext, out: TaskCollector): void {
  const subjects = [...text.matchAll(CODED_SUBJECT)];
  for (let k = 0; k < subjects.length; k++) {
    const m = subjects[k]!;
    const start = m.index! + m[0].length;
    const limit = k + 1 < subjects.length ? subjects[k + 1]!.index! : text.length;
    let end = sentenceEnd(text, start);
    const sentence = text.slice(start, end);
    // French "a" right after the subject ("Une **Candidature** a un `id`"), a verb of having, or a colon right before the fields ("relie … : `id`, …").
    const verb = FRENCH_HAS.exec(sentence) ?? HAVING_VERB.exec(sentence) ?? COLON_FIELDS.exec(sentence);
    const fields = verb ? codedFields(sentence.slice(verb.index + verb[0].length)) : [];
    while (end < limit) {
      const from = end + 1;
      end = sentenceEnd(text, from);
      const next = text.slice(from, end);
      if (!next.includes('`')) continue;
      const lead = GOES_ON.exec(next.slice(0, next.indexOf('`')));
      if (lead) mergeFields(fields, codedFields(next.slice(lead.index + lead[0].length)));
      else if (FIELD_OPENS.test(next)) mergeFields(fields, codedFields(next));
    }
    if (fields.length < 2 || !fields.some((f) => CODE_NAME.test(f.name))) continue;
    const name = m[1] ?? m[2]!;
    const i = lineAt(parts, m.index! + m[0].indexOf(name));
    if (outOfScope[i]) continue;
    out.model(ctx, firstLine + i, name, fields);
  }
}

/** French "has" right after a sentence's subject: "Une **Candidature** a un `id`". */
const FRENCH_HAS = /^(?:a|ont)\s/;
/** A colon right before the first field in code marks: "An **Assignment** links an application to a plot: `id`, `plotId` …". */
const COLON_FIELDS = /\s?[:：]\s*(?=`[a-z_$])/;

/**
 * In a sentence that goes on about a model, a subject and a verb of keeping before its first field:
 * "It also has", "We store their", "we keep the", "Each patient has".
 */
const GOES_ON =
  /(?<![\p{L}\p{N}])(?:(?:[Ii]t|[Tt]hey|[Ww]e|[Ee](?:ach|very)\s+\p{Ll}+)\s+(?:also\s+|only\s+)?(?:has|have|holds|hold|stores|store|keeps|keep|records|record|tracks|track|needs|need|saves|save|contains|carries|carry)|(?:[Ee]lle|[Ii]l|[Ee]lles|[Ii]ls)\s+(?:a|ont|porte|portent|possède|contient|stocke)(?:\s+aussi|\s+également)?|(?:[Tt]ambién\s+)?(?:[Tt]iene|[Gg]uarda|[Tt]ambém\s+tem|[Tt]em)|(?:[Ee]r|[Ss]ie|[Ee]s)\s+(?:hat|enthält|speichert)(?:\s+auch)?)\s/u;
/** A sentence that opens with a field and says what it is: "Its `type` is one of …", "`flag` is a true/false flag", "The `email` may be null". */
const FIELD_OPENS =
  /^\s*(?:(?:[Ii]ts|[Tt]heir|[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Oo]|[Dd]as|[Dd]er|[Dd]ie)\s+)?(?:(?:field|champ|campo|Feld)\s+)?`[a-z_$][\w$]*`\s+(?:\([^()]*\)\s+)?(?:is|are|may|can be|stays|becomes|est|reste|indique|es|é|ist|bleibt)\s/;

/**
 * Adds fields a later sentence names to a model's: a new name is appended; a known one takes a type
 * the first sentence left to be guessed, and "null" said of it.
 */
function mergeFields(fields: ModelField[], more: readonly ModelField[]): void {
  for (const f of more) {
    const i = fields.findIndex((g) => g.name === f.name);
    if (i === -1) fields.push(f);
    else if (fields[i]!.inferred && !f.inferred) fields[i] = { ...f, optional: f.optional || fields[i]!.optional };
    else if (f.type.endsWith('| null') && !fields[i]!.type.endsWith('| null')) fields[i] = { ...fields[i]!, type: `${fields[i]!.type} | null` };
  }
}

/**
 * A sentence that names a model in code case, bold or in code marks after an article, then a colon and
 * its fields in code marks: "Each money movement is a **LedgerEntry**: `id` (uuid), `walletId`, …",
 * "We keep one `Invite`: `token`, `email`, `expiresAt` (timestamp)", "A **Loaf** is the thing on the bake list: an
 * `id`, a `name`, a `pricePence` (integer)", "A *DropOff*: `id`, `date`, `bagCount` (number)" (in italics). Group 1 the name.
 */
const NAMED_THEN_FIELDS = /(?<![\p{L}\p{N}])(?:[Aa]n?|[Oo]ne|[Tt]he|[Ee]ach)\s+(?:\*\*|`|\*|_)(\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)*)(?:\*\*|`|\*|_)(?:\s+(?:is|are)\s[^:：\n.`*]{1,60})?\s*[:：]\s*(?=(?:(?:an?|the)\s+)?`[a-z_$])/u;
const NAMED_THEN_FIELDS_ALL = new RegExp(NAMED_THEN_FIELDS.source, 'gu');
/** The cheap test for NAMED_THEN_FIELDS: the colon right after the name, or a field in code marks right after a colon. */
const mayNameThenFields = (text: string): boolean => text.includes('*:') || text.includes('_:') || text.includes('`:') || text.includes('**：') || text.includes(': `') || text.includes(': an `') || text.includes(': a `');

/** The models of NAMED_THEN_FIELDS sentences: three fields at least, one a name only code writes (see readCodedProse). */
function readNamedFieldLists(parts: string[], text: string, firstLine: number, outOfScope: boolean[], ctx: SectionContext, out: TaskCollector): void {
  for (const m of text.matchAll(NAMED_THEN_FIELDS_ALL)) {
    const start = m.index! + m[0].length;
    const fields = codedFields(text.slice(start, sentenceEnd(text, start)));
    if (fields.length < 3 || !fields.some((f) => CODE_NAME.test(f.name))) continue;
    const i = lineAt(parts, m.index! + m[0].indexOf(m[1]!));
    if (outOfScope[i]) continue;
    out.model(ctx, firstLine + i, m[1]!, fields);
  }
}

/**
 * Under a heading that names a model (`### Loan`), a paragraph whose sentence lists fields in code
 * marks with their types after a verb of having is the heading's model, whatever the sentence's
 * subject: "A loan links a member to a tool. It has an `id` (uuid), `toolId` (uuid) and …", "Each
 * invoice has line items: `description` (text), …". Three fields at least, one in parentheses with its
 * type, one a name only code writes.
 */
function readHeadedCodedProse(parts: string[], text: string, firstLine: number, outOfScope: boolean[], ctx: SectionContext, out: TaskCollector): void {
  if (!HAVING_VERB.test(text)) return;
  const name = modelNameFromHeading(ctx.section.title);
  if (name === undefined) return;
  for (const verb of text.matchAll(HAVING_VERBS)) {
    const start = verb.index! + verb[0].length;
    const fields = codedFields(text.slice(start, sentenceEnd(text, start)));
    if (fields.length < 3 || !fields.some((f) => CODE_NAME.test(f.name))) continue;
    const i = lineAt(parts, verb.index!);
    if (outOfScope[i]) continue;
    out.model(ctx, firstLine + i, name, fields);
    return;
  }
}

/**
 * Where the sentence that starts at `from` ends: the first `.`, `!` or `?` before a space or the end,
 * outside code marks and parentheses (a note such as "(decimal, e.g. 0.2)" goes on).
 */
function sentenceEnd(text: string, from: number): number {
  let code = false;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '`') code = !code;
    else if (code) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '.' || c === '!' || c === '?' || c === ';') && (i + 1 === text.length || /\s/.test(text[i + 1]!))) return i;
  }
  return text.length;
}

/** The fields of the part of a sentence after its verb of having (see readCodedProse). */
function codedFields(list: string): ModelField[] {
  const spans = [...list.matchAll(/`([^`\n]+)`/g)];
  const fields: Array<{ name: string; optional: boolean; note: string; values: string[] }> = [];
  let from = 0;
  let inValues = false;
  // Values in parentheses right after a name: "`role` (`dentist` or `hygienist`)"; the gap after the last opens with ")".
  let inParens = false;
  for (const span of spans) {
    let gap = list.slice(from, span.index);
    const last = fields[fields.length - 1];
    from = span.index! + span[0].length;
    const opensValues = last !== undefined && !inValues && last.values.length === 0 && OPEN_PAREN.test(gap) && MORE_VALUES.test(list.slice(from, from + 16));
    if (last && (opensValues || VALUES_LEAD.test(gap) || (inValues && VALUE_GAP.test(gap)))) {
      if (!inValues && !opensValues) last.note += gap;
      if (opensValues) inParens = true;
      last.values.push(span[1]!.trim());
      inValues = true;
      continue;
    }
    if (inParens) gap = gap.replace(CLOSE_PAREN, '');
    inValues = false;
    inParens = false;
    // ", which is null otherwise, and a boolean `x`": a clause between commas is a note on the field before; the rest leads to the next.
    const clause = last !== undefined && (gap.includes('which') || gap.includes('that')) ? RELATIVE_CLAUSE.exec(gap) : null;
    if (clause) gap = gap.slice(0, clause.index) + gap.slice(clause.index + clause[0].length);
    const name = /^([a-z_$][\w$]*)(\??)$/.exec(span[1]!.trim());
    // `` `id` (uuid), `toolId` ``: the type in parentheses right after a name, then the separator.
    const sep = last !== undefined && gap.trimStart().startsWith('(') ? gap.replace(TYPE_NOTE_FIRST, '') : gap;
    // "a `status` which is one of booked, assigned or cancelled, `pickupAt` …", "`deliverBy` timestamp, `weightKg` …":
    // values in plain words or type words close the note before; the separator follows them.
    const closing = last !== undefined && last.values.length === 0 && !FIELD_GAP.test(sep);
    const values = closing ? PLAIN_VALUES.exec(gap) : null;
    const typeWords = closing && !values ? typeWordsFirst(sep) : null;
    const plain = values ?? typeWords;
    const after = values ? gap.slice(values[0].length) : typeWords ? sep.slice(typeWords[0].length) : sep;
    let lead = last === undefined ? ARTICLE_ONLY.test(gap) || LABEL_BEFORE.test(gap) || COLON_BEFORE.test(gap) : FIELD_GAP.test(after) || (!plain && ARTICLE_BEFORE.test(gap));
    // "… a `surface` in square metres (number), a flag `shed`", "… installé, et un `statut`": after a note on the field
    // before, its last comma, then what leads to a field (an article, "and", a word that says what it is).
    const comma = !lead && name && !plain ? gap.lastIndexOf(',') : -1;
    if (comma !== -1) {
      const tail = gap.slice(comma);
      if (last === undefined ? ARTICLE_ONLY.test(tail.slice(1)) && comma > 0 && !gap.includes('`') : FIELD_GAP.test(tail) || WORD_BEFORE_FIELD.test(tail)) lead = true;
    }
    // "… and a text `note`": the field's type written before its name.
    // "`cancelledAt` timestamp, and a boolean `lateCancellation`": after the type words of the field before.
    const typedAt = name && !lead && last !== undefined ? (TYPE_BEFORE_FIELD.test(sep) ? sep : plain && TYPE_BEFORE_FIELD.test(after) ? after : undefined) : undefined;
    const typed = typedAt !== undefined ? TYPE_BEFORE_FIELD.exec(typedAt) : null;
    const typeWord = typed && PRIMITIVE.test(normalizeFieldType(typed[1]!)) ? typed[1]! : undefined;
    if (typeWord !== undefined) lead = true;
    // ", a shipper `reference`": a word that says what the field is, not its type.
    else if (name && !lead && last !== undefined && WORD_BEFORE_FIELD.test(after)) lead = true;
    if (!name || !lead) {
      // A code span that is neither a field nor a value ends the list: what follows is another clause,
      // and the last field's note runs up to it.
      if (last) {
        last.note += gap + (clause?.[0] ?? '');
        from = list.length;
        break;
      }
      continue;
    }
    if (last) last.note += (typeWord !== undefined ? gap.slice(0, gap.length - typedAt!.length) : plain ? gap.slice(0, gap.length - after.length) : gap.replace(OPTIONAL_BEFORE, '').replace(FIELD_GAP, '').replace(WORD_BEFORE_FIELD, '').replace(ARTICLE_BEFORE, ' ')) + (clause?.[0] ?? '');
    if (fields.some((f) => f.name === name[1])) continue;
    fields.push({ name: name[1]!, optional: name[2] === '?' || OPTIONAL_BEFORE.test(gap), note: typeWord !== undefined ? `${typeWord} ` : '', values: [] });
  }
  // The last field's note runs to the end of the sentence.
  if (fields.length > 0 && !inValues) fields[fields.length - 1]!.note += list.slice(from);
  return fields.map((f) => codedField(f.name, f.note, f.values, f.optional));
}

/** A field of a sentence from its name, the words after it and the values listed after "one of". */
function codedField(name: string, note: string, values: string[], optional: boolean): ModelField {
  const nullable = NULL_NOTE.test(note) && !NOT_NULL_NOTE.test(note);
  if (values.length >= 2) return { name, type: nullable ? `${literalUnion(values)} | null` : literalUnion(values), optional };
  // `(string)`, or the words right after the name up to a clause: "timestamp that stays null", "user id (string)".
  const paren = /\(([^()]*)\)/.exec(note);
  const phrase = /^\s*((?:[\p{L}\p{N}/-]+\s*){1,3}?)(?=$|[,(]|\s(?:that|which|who|whose|holding|when|while|until|for|of|from|with|set|used|shown|stays?|is|are|was)\b)/u.exec(note);
  const notes = readFieldNotes(paren?.[1] ?? '');
  if (notes.type === undefined && phrase) {
    const typed = readFieldNotes(phrase[1]!.trim());
    if (typed.type !== undefined) notes.type = typed.type;
  }
  const plain = notes.type === undefined ? PLAIN_VALUES.exec(note) : null;
  if (plain) notes.type = enumInNote(plain[0]);
  return notedField(name, { ...notes, nullable: nullable || notes.nullable }, optional || notes.optional || /(?<![\p{L}])optional(?![\p{L}])/iu.test(note));
}

/** A paragraph's lines without list markers, and their text joined by spaces: a sentence that wraps reads as one. */
function joinedLines(lines: readonly string[]): { parts: string[]; text: string } {
  const parts = lines.map((l) => l.replace(LIST_MARKER, '').trim());
  return { parts, text: parts.join(' ') };
}

/** The index of the line (of `joinedLines`' parts) that an offset of their joined text falls on. */
function lineAt(parts: readonly string[], offset: number): number {
  let at = offset;
  let i = 0;
  while (i < parts.length - 1 && at > parts[i]!.length) at -= parts[i++]!.length + 1;
  return i;
}

/** "has:" and its kin right before a colon, or right after a bold name: the cheap test for `readHasLists`. */
const HAS_COLON = /\b(?:has|holds|stores)[ \t]*[:：]|\*\*(?:[ \t]+\p{L}+)?[ \t]+(?:has|holds|stores|contains)[ \t]/u;
/**
 * "A waitlist entry has: id, clinicId, …" in a sentence ("What a pot holds: …" too): an article, a name
 * of one to three words, a verb of having, a colon, then the list up to the sentence's end. A bold
 * name needs no colon: "Each **Shipment** row has id (uuid), carrier (text) and weight_g (integer)."
 * The name in group 1 or 2 (bold), the list in group 3.
 */
const HAS_LIST = /(?:^|[.;!?]\s+)(?:[Ww]hat\s+)?(?:[Ee]ach|[Ee]very|[Aa]n?|[Tt]he)\s+(?:(\p{L}+(?:\s\p{L}+){0,2}?)\s+(?:has|holds|stores)\s*[:：]|\*\*(\p{Lu}[\p{L}\p{N}_]*)\*\*(?:\s+(?:record|row|entry|item|object|document|line))?\s+(?:has|holds|stores|contains)\s*[:：]?)\s*((?:[^.\n]|\.(?!\s|$))+)/gu;

/**
 * Models a paragraph lists the fields of after "has:" ("A waitlist entry has: id, clinicId, name,
 * status (waiting/offered). An offer has: token, entryId, expiresAt."), in any section, the sentence
 * wrapping over lines. The colon says a list follows: three fields at least, each a name as code
 * writes it with a lower-case first letter, one of them a name only code writes.
 */
function readHasLists(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  const { parts, text } = joinedLines(lines);
  for (const m of text.matchAll(HAS_LIST)) {
    const fields = codeFieldList(m[3]!.trim());
    if (!fields || fields.length < 3 || !fields.some((f) => CODE_NAME.test(f.name))) continue;
    const written = m[1] ?? m[2]!;
    const name = normalizeModelName(written);
    if (!name) continue;
    out.model(ctx, firstLine + lineAt(parts, m.index! + m[0].indexOf(written)), name, fields);
  }
}

/** A name as code writes a type, two words run together: `AuditLog`, `TrainingRecord` (not `Retention`). */
const CODE_CASE = /^\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)+$/u;
/** Two names or more, each bold and in code case, then a separator: `**AuditLog**, **UploadLog**: …`. */
const BOLD_NAMES = /^((?:\*\*\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)+\*\*\s*(?:,|and|&)\s*)+\*\*\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)+\*\*)\s*[:：—–]/u;
const BOLD_NAME = /\*\*([^*]+)\*\*/g;
/**
 * In a data section, a bold name (maybe glossed in another language), a sentence about it, then its
 * fields in code marks in parentheses at the end: "**Resident（入居者）** はケアノートから同期したコピーを保持する
 * （`id`、`name`、`room`）。", "**Tenant** is a copy synced from the CRM (`id`, `name`, `plan`)." Two fields
 * at least, each as code names it. Not a person under a heading of people, nor a remark (`**Note**`).
 */
const BOLD_DESCRIBED_FIELDS = /^(?:\*\*|__)([\p{Lu}][\p{L}\p{N}_]*)(?:\s*[(（][^()（）\n*]{1,40}[)）])?(?:\*\*|__)[^`\n]{1,120}?[(（]\s*(`[A-Za-z_$][\w$]*`(?:\s*[,、，]\s*`[A-Za-z_$][\w$]*`)+)\s*[)）][。.]?\s*$/u;
/** Bold words that label a remark, not a thing. */
const REMARK_LABEL = /^(?:note|nota|hinweis|remarque|opmerking|uwaga|nb|important|warning|caution|tip|hint|info|example|remark|update|summary|context|background)$/i;

function readBoldDescribedModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = BOLD_DESCRIBED_FIELDS.exec(line);
  if (!m || REMARK_LABEL.test(m[1]!) || PEOPLE_HEADING.test(ctx.section.title)) return;
  out.model(ctx, lineNo, m[1]!, parseFieldList(m[2]!));
}

/** A heading that lists entities by name: "Key Entities", "Entities", "Domain objects", "Entidades clave", "Kernentiteiten", "Ключевые сущности", "实体". */
const ENTITIES_HEADING = /^(?:(?:key|core|main|domain|kluczowe|główne|temel|viktiga|ключевые|основные|ключові|основні|주요|핵심)\s+)?(?:entit(?:y|ies)|domain objects|entidades|entités|entitäten|entità|(?:kern|hoofd)?entiteiten|encje|varlıklar|(?:nyckel|kärn)?entiteter|сущности|сутності|实体|實體|エンティティ|엔티티)(?:\s+(?:clave|principales|principais|clés|chiave|principali))?(?![\p{L}\p{N}])/iu;

/**
 * `- **Order**: id, customerId, total`, `` `Order` — id, total ``, or a bold name then its fields in
 * parentheses (`**Abonnee** (id, bsn-hash, naam, iban)`, one a line or several lines of a paragraph).
 * Hyphenated names are fields as written. What follows the name must read as a list, not as prose
 * (`**Analyst** — searches for a dataset, checks freshness`); under a heading about people
 * (`## Personas`, `## Roles`), where bold names are people, the list must hold a name only code
 * writes (`id`, `userId`).
 */
function readBoldModel(raw: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  // An emoji before the name (`🏢 **Company**: id, name`) decorates it.
  const line = raw.length > 0 && raw.charCodeAt(0) > 0x2000 ? raw.replace(LEADING_SYMBOLS, '') : raw;
  const m = BOLD_MODEL.exec(line);
  if (!m) {
    // `**AuditLog**, **UploadLog**: track actions and imports`: entities named as code names them, described.
    const several = BOLD_NAMES.exec(line);
    if (!several || PEOPLE_HEADING.test(ctx.section.title) || !isDescribedEntity(line.slice(several[0].length), ctx)) return;
    const names = [...several[1]!.matchAll(BOLD_NAME)].map((n) => n[1]!);
    if (!names.some((n) => ATTRIBUTE_NAME.test(n))) for (const name of names) out.model(ctx, lineNo, name, []);
    return;
  }
  // `**Fields**: id, total` under `### Invoice`: the heading's model; under no model's heading, none.
  const name = isFieldsLabel(m[1]!) ? modelNameFromHeading(ctx.section.title) : /[A-Za-z]/.test(m[1]!) ? m[1]! : (CODE_NAME_ASIDE.exec(line)?.[1] ?? m[1]!);
  if (name === undefined) return;
  const sep = m[2] ?? m[3]!;
  const written = sep === '(' ? m[4]!.replace(/\)[^)]*$/, '') : m[4]!;
  // `**Shop** — we store it with `id` (uuid), `name` (text)`: a few words lead in to the fields in code marks.
  const lead = written.includes('`') ? LEAD_IN.exec(written) : null;
  const list = lead ? written.slice(lead[0].length) : written;
  // "a funding round; title, opensAt": a description, then the fields. The part with the most fields is the list.
  // A semicolon inside a field's notes (`mood` (optional; one of a / b)) cuts nothing.
  const parts = (list.includes(';') ? semicolonParts(list) : [list]).map((p) => p.replace(FIELDS_LEAD, ''));
  let best = parts[0]!;
  let fields = parseFieldList(best, true);
  for (let i = 1; i < parts.length; i++) {
    const f = parseFieldList(parts[i]!, true);
    if (f.length >= fields.length) [best, fields] = [parts[i]!, f];
  }
  // Two fields at least: "**Format**: `JSON`" is a label, not an entity. Under a heading that
  // names entities (Spec Kit's "Key Entities"), an entity may be described with no field at all.
  // A list cut by middle dots names each field in code marks: its types may be phrases (`one of dog, cat`).
  const dotted = best.includes('·') && dottedFieldList(best) !== undefined;
  if (fields.length < (sep === '(' ? 1 : 2) || (!dotted && (isProseList(best) || isTypeWithNotes(best) || VALUES_FIRST.test(best)))) {
    // A name in code case, or in code marks (`**`Clinic`** — the partner clinic's record`), is code's name for an entity.
    const codeName = CODE_CASE.test(m[1]!) || line.startsWith('`') || line.startsWith('**`') || line.startsWith('__`');
    if (sep !== '(' && name === m[1] && (ENTITIES_HEADING.test(ctx.section.title) || (codeName && !ATTRIBUTE_NAME.test(m[1]!) && isDescribedEntity(best, ctx))) && !PEOPLE_HEADING.test(ctx.section.title)) out.model(ctx, lineNo, m[1]!, []);
    return;
  }
  // A label whose colon is inside the bold (`**Belanja:** Transport, Makan`) heads any list: a model's has a name only code writes.
  if (!fields.some((f) => CODE_NAME.test(f.name)) && (PEOPLE_HEADING.test(ctx.section.title) || m[3] !== undefined)) return;
  // A list cut by ideographic commas (`运营、客服、财务`) is prose's, unless each item is a name as code writes it (`reportId、listingId`).
  if ((best.includes('、') || best.includes('，')) && !fields.every((f) => /^[A-Za-z_$]/.test(f.name))) return;
  out.model(ctx, lineNo, name, fields);
}

/**
 * Words that lead in to a model's fields after its description, as Spec Kit's "Key Entities" write
 * them: "a family sharing plans; key attributes: id, name, timezone", "…; has `id`, `planId`".
 */
const FIELDS_LEAD = /^\s*(?:(?:key\s+|main\s+)?(?:attributes|fields|properties|columns)\s*[:：]|(?:it\s+)?(?:has|holds|stores|contains)(?:\s*[:：])?)\s+(?=[`*\p{L}_])/iu;

/**
 * Is what follows a bold code-case name (`**AuditLog**: tracks admin actions`) a description of an
 * entity, not a field's type (`**CreatedAt**: timestamp`)? Not under a model's own heading, where
 * bold names are its fields.
 */
function isDescribedEntity(text: string, ctx: SectionContext): boolean {
  return modelNameFromHeading(ctx.section.title) === undefined && !readsAsType(text.split(/[,;(]/)[0]!.trim());
}

/** A code-case name that code gives an attribute, not an entity: `CreatedAt`, `OwnerId`, `AvatarUrl`, `TotalAmount`. */
const ATTRIBUTE_NAME = /(?:At|On|Id|ID|Ids|IDs|By|Url|URL|Count|Date|Time|Amount|Name|Number|Flag|Status)$/;

/** A heading about the people who use the product: `Personas`, `Users`, `Actors`, `User roles`, `2. Personas and roles`. */
const PEOPLE_HEADING = /^[^\p{L}]*(?:(?:user|target|key|primary)\s+)?(?:personas?|users?|actors?|roles?|stakeholders?|audiences?)(?:\s*(?:and|&|\/|,)\s*(?:personas?|users?|actors?|roles?|stakeholders?|permissions|goals|needs))?\s*$/iu;
/** A field-list item that is one name (`id`, `total?`, `` `email` ``, `status (enum)`, `total: number`), not a phrase. */
const ONE_NAME = /^[`*]*[\p{L}_$][\p{L}\p{N}_$-]*\??[`*]*\??\s*(?:\([^)]*\)|[:：].*)?$/u;

/** A note on a field beside its type: `required`, `unique`, `one of a, b`, `default 0`. */
const FIELD_NOTE = /^(?:required|optional|nullable|not null|unique|indexed|pk|fk|primary key|read-?only|auto(?:-?increment)?|(?:one of|enum|default|max|min)\b.*)$/i;

/**
 * Is what follows a bold name one field's type and its notes (`**Total**: number, required`,
 * `**Status**: enum, one of draft, sent`), not a model's fields? A built-in type word, then a note.
 */
function isTypeWithNotes(list: string): boolean {
  const first = list.indexOf(',');
  if (first === -1) return false;
  const second = list.indexOf(',', first + 1);
  if (!FIELD_NOTE.test(list.slice(first + 1, second === -1 ? undefined : second).replace(/[`*]/g, '').trim())) return false;
  const t = normalizeFieldType(list.slice(0, first));
  return t === 'string' || t === 'number' || t === 'boolean';
}

/** A list whose first item leads into values ("`state` is one of idle, busy, charging"): its items are a field's values, not fields. */
const VALUES_FIRST = /^[^,(]*(?<![\p{L}])(?:is|are)\s+(?:one of|either)\s/u;

/** Two words with only spaces between them: an item of more than one word. */
const WORDS_IN_ITEM = /[^\s,;][ \t]+[^\s,;]/;

/**
 * Is what follows a bold name prose ("searches for a dataset, checks freshness and owner"), not a
 * field list? Fewer than half its items are one name or a name with a type (`total decimal`).
 */
function isProseList(list: string): boolean {
  // No word follows another within an item (`id, customerId, total?`): every item is one name.
  if (!WORDS_IN_ITEM.test(list)) return false;
  let items = 0;
  let names = 0;
  for (const raw of list.split(/[,;](?![^(]*\))|\band\b/)) {
    const item = raw.trim().replace(/\.$/, '');
    if (item === '') continue;
    items++;
    if (ONE_NAME.test(item)) names++;
    else {
      const f = parseFieldItem(item, true);
      if (f && !f.inferred && !f.type.startsWith('unknown')) names++;
    }
  }
  return names * 2 < items;
}

/** `Connection — id, userId, provider, lastSyncAt (nullable)`: a plain name and three fields at least. */
function readPlainModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  // "Felder: `terminId`, `minuten`. Details klären wir im Refinement.": the list is the first sentence.
  const first = line.includes('. ') ? line.split(FIRST_SENTENCE_END)[0]! : line;
  const p = PLAIN_MODEL.exec(first);
  if (!p || p[2]!.split(',').length < 3) return;
  // `Kolom: id, loanId, amount` under `### Installment`: a label of fields names no model, the heading does.
  const name = isFieldsLabel(p[1]!) ? modelNameFromHeading(ctx.section.title) : NOT_A_MODEL_LABEL.test(p[1]!) ? undefined : p[1]!;
  if (name === undefined) return;
  const fields = parseFieldList(p[2]!);
  // Names in a list ("Team: Ana, Bo, Cy", "Users: admins, editors") are no fields: an entity's list
  // has an id or a name written as code writes it (`userId`, `created_at`).
  if (fields.length >= 3 && fields.every((f) => IDENTIFIER.test(f.name)) && fields.some((f) => CODE_NAME.test(f.name))) out.model(ctx, lineNo, name, fields);
}

/** A name in code case, maybe in code marks or bold: a word that opens with a capital and a small letter (`Vendor`, `**LicenceType**`). */
const LISTED_NAME = String.raw`(?:\*\*|__|\x60)?\p{Lu}\p{Ll}[\p{L}\p{N}]*(?:\*\*|__|\x60)?`;
/**
 * A sentence that is only a list of three names or more ("Vendor, Enquiry, Quote and Review.",
 * "`Member`, `Plan`, `Invoice`.", "FaultReport, Station and RebalanceTask are stored too;"), the first
 * of a paragraph in a data section: the models it holds.
 */
const NAME_LIST = new RegExp(String.raw`^(${LISTED_NAME}(?:\s*,\s*${LISTED_NAME})+)(?:\s*,?\s+(?:and|&)\s+(${LISTED_NAME}))?(?:\s+(?:are|will be)\s+(?:also\s+)?(?:stored|kept|persisted|saved|tracked)(?:\s+too|\s+as well)?)?\s*[.:;](?:\s|$)`, 'u');
const NAME_LIST_SIGNAL = new RegExp(String.raw`(?:^|\n)${LISTED_NAME}\s*,\s*${LISTED_NAME}\s*(?:,|and\s|&)`, 'u');
/** Names of databases, stores and services: a data section may list where data lives as it lists what it is. */
const STORE_NAME = /^(?:Postgres(?:QL)?|Mysql|MySQL|MariaDB|Redis|Mongo(?:DB)?|Dynamo(?:DB)?|Sqlite|SQLite|Supabase|Firebase|Firestore|Elasticsearch|Opensearch|OpenSearch|Kafka|Snowflake|Bigquery|BigQuery|Cassandra|Neo4j|Clickhouse|ClickHouse|Prisma|Airtable|Notion|Excel|Sheets)$/;

/** Bold names joined by "and" as a sentence's subject in a data section: "**Shipment** and **Invoice** follow the carrier label …" (group 1 the names). */
const BOLD_SUBJECTS = /^((?:\*\*\p{Lu}\p{Ll}[\p{L}\p{N}]*\*\*\s*,\s*)*\*\*\p{Lu}\p{Ll}[\p{L}\p{N}]*\*\*\s+(?:and|&)\s+\*\*\p{Lu}\p{Ll}[\p{L}\p{N}]*\*\*)\s+\p{Ll}/u;

/** A first sentence that speaks of the tables or entities the list after it names: "We need five tables.", "Four entities:". */
const COUNTED_LEAD = /^[^.:]{0,60}\b(?:tables|entities|models|collections|record types|things)\b[^.:]{0,20}[.:]\s+(?=\p{Lu})/u;
/** Words and the code name an aside gives them: "Waitlist entry (call it `WaitlistEntry`)" (group 1 the code name). */
const NAMED_ASIDE = /\p{L}[\p{L} ]{0,30}\(\s*(?:call(?:ed)? it\s+|named\s+|as\s+|i\.e\.\s+)?`(\p{Lu}[\p{L}\p{N}]*)`\s*\)/gu;

/** NAME_LIST's models, read from a data section's paragraph; or BOLD_SUBJECTS'. */
function readNameList(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const bold = line.startsWith('**') ? BOLD_SUBJECTS.exec(line) : null;
  if (bold) {
    for (const b of bold[1]!.matchAll(STORED_BOLD_NAME)) if (!STORE_NAME.test(b[1]!) && !DATA_TOPIC.test(b[1]!)) out.model(ctx, lineNo, b[1]!, []);
    return;
  }
  // "We need five tables. Volunteer, Team, …": a sentence that counts what the data holds, then the list.
  let text = line.includes('.') || line.includes(':') ? line.replace(COUNTED_LEAD, '') : line;
  // "Waitlist entry (call it `WaitlistEntry`)": the code name the aside gives stands for the words.
  if (text.includes('(')) text = text.replace(NAMED_ASIDE, '$1');
  const m = NAME_LIST.exec(text);
  if (!m) return;
  const names = [...m[1]!.split(','), ...(m[2] ? [m[2]] : [])].map((n) => n.replace(/[`*_]/g, '').trim());
  if (names.length < 3 || names.some((n) => STORE_NAME.test(n))) return;
  for (const name of names) out.model(ctx, lineNo, name, []);
}

/**
 * Bold names after a verb of keeping, a few words and a colon: "Other things the service stores: **Angler** (the
 * person), **LicenceType** (code, name) and **CatchReturn**.", "We keep four things: **Walker**, **Dog** …"
 * (group 1 the list). Each bold name is a model.
 */
const STORED_BOLD = /(?<![\p{L}])(?:stores?|keeps?|saves?|persists?|tracks?|records?|holds?)(?:\s+[\p{L}\p{N}-]+){0,3}?\s*[:：]\s*((?:\*\*|__)\p{Lu}.*)$/u;
const STORED_BOLD_NAME = /(?:\*\*|__)(\p{Lu}\p{Ll}[\p{L}\p{N}]*)(?:\*\*|__)/gu;

/** The cheap test for STORED_BOLD and KEPT_RECORDS in a section body. */
const STORED_BOLD_SIGNAL = /(?<![\p{L}])(?:stores?|keeps?|saves?|persists?|tracks?|records?|holds?)(?:(?:\s+[\p{L}\p{N}-]+){0,3}?\s*[:：]\s*(?:\*\*|__)\p{Lu}|\s+(?:\*\*|__)\p{Lu}[\p{L}\p{N}]*(?:\*\*|__)\s+(?:records|rows|entries|documents)\b)/u;
/** "We also keep **Party** records (name, address, …)": a bold name the records of which are kept (group 1). */
const KEPT_RECORDS = /(?<![\p{L}])(?:keep|keeps|store|stores|track|tracks|persist|persists|save|saves)\s+(?:\*\*|__)(\p{Lu}\p{Ll}[\p{L}\p{N}]*)(?:\*\*|__)\s+(?:records|rows|entries|documents)\b/u;

/** A name in code marks or bold, with a capital: what STORED_NAMES lists. */
const MARKED_NAME = String.raw`(?:\x60\p{Lu}[\p{L}\p{N}]*\x60|(?:\*\*|__)\p{Lu}[\p{L}\p{N}]*(?:\*\*|__))`;
/**
 * A verb of keeping right before names in code marks or bold, in a known language: "We also store
 * `Vendor` and `Enquiry`", "Também guardamos `Condominio`, `Fracao` e `Aviso`", "También guardamos
 * …", "Nous stockons aussi …", "Wir speichern außerdem …", "Kami juga menyimpan …" (group 1 the list).
 * Each name is a model whose fields are yet to be written.
 */
const STORED_NAMES = new RegExp(
  String.raw`(?<![\p{L}])(?:stores?|saves?|persists?|guardamos|armazenamos|almacenamos|stockons|conservons|enregistrons|speichern|menyimpan)(?:\s+(?:also|too|as well|também|también|aussi|auch|außerdem|juga))?\s+(${MARKED_NAME}(?:\s*(?:,|\band\b|\be\b|\by\b|\bet\b|\bund\b|\bdan\b|&)\s*${MARKED_NAME})*)`,
  'u',
);
const MARKED_NAME_ALL = new RegExp(MARKED_NAME, 'gu');

/** The models STORED_NAMES names (no store's name: "We keep `Redis` warm"). */
function readStoredNames(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = STORED_NAMES.exec(line);
  if (!m) return;
  for (const n of m[1]!.matchAll(MARKED_NAME_ALL)) {
    const name = n[0].replace(/[`*_]/g, '');
    if (!STORE_NAME.test(name)) out.model(ctx, lineNo, name, []);
  }
}

function readStoredBold(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const kept = KEPT_RECORDS.exec(line);
  if (kept && !STORE_NAME.test(kept[1]!)) out.model(ctx, lineNo, kept[1]!, []);
  const m = STORED_BOLD.exec(line);
  if (!m) return;
  // Only the names the list gives in turn: `**A** (note), **B** and **C**`; a note's own bold is none.
  const list = m[1]!.replace(/\([^()]*\)/g, '').split(/[.;!?](?:\s|$)/)[0]!;
  for (const b of list.matchAll(STORED_BOLD_NAME)) if (!STORE_NAME.test(b[1]!)) out.model(ctx, lineNo, b[1]!, []);
}

/**
 * A bold name with a capital, a colon or dash, then what it holds in plain words, three things at
 * least, in noun phrases: "**Induction**: which member, which category, the date it was given and the
 * steward who gave it." (group 1 the name). In a data section, that thing is a model whose fields are
 * yet to be written. What a person does ("**Curator**: reviews new entries, merges duplicates, …") opens with a verb.
 */
const DESCRIBED_BOLD = /^(?:\*\*|__)(\p{Lu}[\p{L}\p{N}]*)(?:\*\*|__)[ \t]*[:：—–][ \t]*((?:which|what|who|when|where|the|an?|its|their|one|each|every)\s[^,\n]*,[^,\n]*,[^\n]*)$/u;
/** Topics of a data section that are no thing it stores: "**Retention**: …", "**Backups**: …". */
const DATA_TOPIC = /^(?:Retention|Backups?|Privacy|Security|Encryption|Access|Permissions|Migrations?|Indexes|Indices|Storage|Performance|Compliance|Auditing|Logging|Caching|Ownership|Validation|Naming|Conventions?|Volumes?|Sizing|Archiving|Deletion|Exports?|Imports?|Sync|Seeding|Seeds?)$/;

/**
 * A code name and what it holds in parentheses inside a sentence of a data section: "Availability is a
 * weekly template per tutor (`AvailabilitySlot`: weekday, start, end)" (group 1 the name, 2 the list of three or more).
 */
const PAREN_CODE_MODEL = /\(\s*`(\p{Lu}[\p{L}\p{N}]*)`\s*[:：—–]\s*([^()`\n,]+(?:,[^()`\n,]+){2,})\)/u;

function readParenCodeModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = PAREN_CODE_MODEL.exec(line);
  if (!m || STORE_NAME.test(m[1]!)) return;
  const fields = codeFieldList(m[2]!);
  out.model(ctx, lineNo, m[1]!, fields && fields.some((f) => CODE_NAME.test(f.name)) ? fields : []);
}

/**
 * A data section's list item that names models by bold names without listing their fields: two or
 * more joined ("- **Recipe** and **RecipeLine** (a line points at …)"), one with its parts' code name
 * in parentheses ("- **Invoice** and its lines (InvoiceLine)."), or one whose fields are written
 * elsewhere ("- **Ingredient** — see below."). A bold name alone, or with a colon, is a label or a
 * field's (`**Total**: number`), and one described in a sentence may be a person (`**Courier** — carries parcels`).
 */
const BOLD_NAME_PAIR = /^(?:\*\*|__)(\p{Lu}\p{Ll}[\p{L}\p{N}]*)(?:\*\*|__)((?:\s*,\s*(?:\*\*|__)\p{Lu}\p{Ll}[\p{L}\p{N}]*(?:\*\*|__))*\s+(?:and|&)\s+(?:\*\*|__)\p{Lu}\p{Ll}[\p{L}\p{N}]*(?:\*\*|__))(?=\s*(?:$|[—–(,.;]|\s-\s))/u;
const BOLD_WITH_PARTS = /^(?:\*\*|__)(\p{Lu}\p{Ll}[\p{L}\p{N}]*)(?:\*\*|__)\s+(?:and|with)\s+(?:its|their)\s+[\p{Ll} ]{2,30}\((\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)+)\)/u;
const BOLD_SEE_ELSEWHERE = /^(?:\*\*|__)(\p{Lu}\p{Ll}[\p{L}\p{N}]*)(?:\*\*|__)\s*(?:[—–]|\s-)\s*(?:see|fields|columns|detailed|described|defined|shape)\s+(?:(?:in\s+)?(?:the\s+)?(?:table\s+)?)?(?:below|above)\b/iu;

function readBoldItem(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const keep = (n: string) => !NOT_A_MODEL_LABEL.test(n) && !DATA_TOPIC.test(n) && !STORE_NAME.test(n);
  const pair = BOLD_NAME_PAIR.exec(line);
  if (pair) {
    const names = [pair[1]!, ...[...pair[2]!.matchAll(STORED_BOLD_NAME)].map((b) => b[1]!)];
    if (names.every(keep)) for (const n of names) out.model(ctx, lineNo, n, []);
    return;
  }
  const parts = BOLD_WITH_PARTS.exec(line) ?? BOLD_SEE_ELSEWHERE.exec(line);
  if (parts && keep(parts[1]!)) {
    out.model(ctx, lineNo, parts[1]!, []);
    if (parts[2] !== undefined) out.model(ctx, lineNo, parts[2], []);
  }
}

function readDescribedBold(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = DESCRIBED_BOLD.exec(line);
  if (m && !NOT_A_MODEL_LABEL.test(m[1]!) && !DATA_TOPIC.test(m[1]!) && !STORE_NAME.test(m[1]!)) out.model(ctx, lineNo, m[1]!, []);
}

/** The end of a line's first sentence: a full stop, then a capital. */
const FIRST_SENTENCE_END = /(?<=\.)\s+(?=\p{Lu})/u;

/** "Each Invoice has a number, an issue date and a list of line items": a model named in code case and what it has. */
const PROSE_MODEL = /(?:^|[.;]\s+)(?:[Ee]ach|[Ee]very|[Aa]n?|[Tt]he)\s+([\p{Lu}][\p{Ll}\p{N}]+(?:[\p{Lu}][\p{Ll}\p{N}]*)*)(?:\s+(?:record|entity|object))?\s+(?:has|holds|stores|records|keeps|contains|consists of)\s+([^.;]+)/gu;
/** "A client has a name, …": PROSE_MODEL's sentence with the model named in lower-case words, as under the model's own heading. */
const HEADED_PROSE_MODEL = /(?:^|[.;]\s+)(?:[Ee]ach|[Ee]very|[Aa]n?|[Tt]he)\s+(\p{Ll}+(?: \p{Ll}+){0,2}?)\s+(?:has|holds|stores|records|keeps|contains|consists of)\s+([^.;]+)/u;
const HEADED_PROSE_MODELS = new RegExp(HEADED_PROSE_MODEL.source, 'gu');
const HEADED_PROSE_SIGNAL = new RegExp(HEADED_PROSE_MODEL.source, 'mu');

/** Cheap test for a data section's body: may a sentence describe the heading's model in lower-case words (HEADED_PROSE_MODEL)? */
function mayDescribeHeadingModel(body: string, ctx: SectionContext): boolean {
  return body.includes(' has ') && HEADED_PROSE_SIGNAL.test(body) && modelNameFromHeading(ctx.section.title) !== undefined;
}
/** What may open a thing a model has: articles and quantities ("a", "an", "its", "a list of", "one or more"). */
const HAS_ARTICLE = /^(?:(?:a|an|the|its|one|some|many|several|optional|zero or more|one or more)\s+)*(?:(list|array|set|collection)\s+of\s+)?/i;

/**
 * An entity a sentence of a data section introduces by its bold name (INTRODUCED_MODEL): "A
 * **Patient** is the person receiving care." A model with no fields of its own, unless a list or
 * another line gives them. Not under a model's own heading (its bold names are its fields), nor
 * under a heading about people ("The **Admin** is…").
 */
function readIntroducedModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = INTRODUCED_MODEL.exec(line);
  if (!m || ATTRIBUTE_NAME.test(m[1]!) || modelNameFromHeading(ctx.section.title) !== undefined || PEOPLE_HEADING.test(ctx.section.title)) return;
  out.model(ctx, lineNo, m[1]!, []);
}

/** Models a sentence of a data section describes: "Each Invoice has a number, an issue date and a due date." */
function readProseModels(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  if (!line.includes(' has ') && !/\b(?:holds|stores|records|keeps|contains|consists of)\b/.test(line)) return;
  // "A client has a name, …" under `### Client`: the heading's model, named in lower case.
  const heading = HEADED_PROSE_MODEL.test(line) ? modelNameFromHeading(ctx.section.title) : undefined;
  const named = heading === undefined ? [] : [...line.matchAll(HEADED_PROSE_MODELS)].filter((m) => normalizeModelName(m[1]!) === heading);
  for (const m of [...line.matchAll(PROSE_MODEL), ...named]) {
    const fields: ModelField[] = [];
    for (const item of m[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
      const thing = HAS_ARTICLE.exec(item.trim())!;
      const words = item.trim().slice(thing[0].length).split(/\s+/);
      // A thing is a few plain words ("an issue date"), not a clause ("a date that the client picks").
      if (words.length === 0 || words.length > 3 || !words.every((w) => /^\p{L}+$/u.test(w)) || words.some((w) => CLAUSE_WORD.test(w))) {
        fields.length = 0;
        break;
      }
      const name = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
      const field = parseFieldItem(name);
      if (field && !fields.some((f) => f.name === field.name)) {
        const typed = thing[1] ? { ...field, type: `${normalizeModelName(words.join(' ')) ?? 'unknown'}[]` } : field;
        fields.push(/\boptional\b/i.test(thing[0]) ? { ...typed, optional: true } : typed);
      }
    }
    if (fields.length >= 2) out.model(ctx, lineNo, named.includes(m) ? heading! : m[1]!, fields);
  }
}
/**
 * A model with its fields, then "and" another model in the same marks, both the subject of a plural
 * verb: "`ClassGroup` (id, name, schoolId) and `Student` are created by the roster import",
 * "**Order** (id, total) and **Customer** are stored in Postgres". The second is a model too, its
 * fields not stated. Group 1 its name.
 */
const PAIRED_MODEL = /^(?:`|\*\*)\p{Lu}[\p{L}\p{N}]*(?:`|\*\*)\s*\([^()]+\)\s+and\s+(?:`|\*\*)(\p{Lu}[\p{Ll}\p{N}]+(?:\p{Lu}[\p{Ll}\p{N}]*)*)(?:`|\*\*)\s+(?:are|were|get|come|live|sit|stay)\b/u;

/** The second model of a PAIRED_MODEL sentence in a data section, when the first was read as one. */
function readPairedModel(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): void {
  const m = PAIRED_MODEL.exec(line);
  if (m && out.tasks.some((t) => t.kind === 'model' && t.sources[0]?.line === lineNo)) out.model(ctx, lineNo, m[1]!, []);
}

/** Words that make a phrase a clause: verbs and relative pronouns. */
const CLAUSE_WORD = /^(?:that|which|who|whose|is|are|was|were|be|can|may|must|should|will|when|if)$/i;

/** "returns a list of MenuItem", "→ Order", "-> Order[]", "responds with the Order": what a method returns. */
const RETURNS = /(?:→|->|=>|\b[Rr]eturns?\b|\bresponds? with\b|\bdevuelve\b|\bretorna\b|\brenvoie\b|\bliefert\b)\s*(?:(?:the|a|an|one|el|la|un|una|o|le)\s+)?((?:(?:list|array|collection|page)\s+of\s+(?:(?:the|all)\s+)?)?`?[A-Z][A-Za-z0-9]*(?:\[\])?`?)/;

/** What the rest of an endpoint's line says it returns: a model, and status codes ("; returns 409 on overlap"). */
function returnsOf(text: string, methods: HttpMethod[]): ApiBodies | undefined {
  const m = RETURNS.exec(text);
  const response = m ? bodyType(m[1]!) : undefined;
  const bodies = response ? Object.fromEntries(methods.map((x) => [x, { response }])) : undefined;
  return withStatuses(bodies, methods, statusesOf(text));
}

/** "Takes a `BookingInput`", "Accepts an Order", "Request body: `OrderInput`": what a method takes. */
const TAKES = /(?:\b[Tt]akes\b|\b[Aa]ccepts\b|\b[Ee]xpects\b|\b[Rr]equest(?: body)?(?: is)?\s*:|\b[Bb]ody(?: is)?\s*:)\s*(?:(?:the|a|an|one)\s+)?((?:(?:list|array|collection)\s+of\s+(?:(?:the|all)\s+)?)?`?[A-Z][A-Za-z0-9]*(?:\[\])?`?)/;
const FENCE = /^\s*(?:```|~~~)/;

/**
 * What an endpoint written as a heading (`### GET /api/history`) takes and returns, from the prose
 * right under it: "Returns a list of `Receipt`.", "Takes a `BookingInput`.", "Returns 409 on overlap." Only the heading's own
 * section is read, up to the first line that names another endpoint, a code block or a table, and
 * lines that say what they name is out of scope are skipped.
 * @param lines the section body's lines
 */
export function headingBodies(lines: string[], methods: HttpMethod[]): ApiBodies | undefined {
  const prose: string[] = [];
  for (const raw of lines) {
    if (FENCE.test(raw) || /^\s*\|/.test(raw) || findMethodPaths(raw).length > 0) break;
    const line = withoutLinks(raw).replace(LIST_MARKER, '');
    if (!LINE_OUT_OF_SCOPE.test(line)) prose.push(line);
  }
  if (prose.length === 0) return undefined;
  // A sentence may wrap: read the prose as one text.
  const text = prose.join(' ');
  const r = RETURNS.exec(text);
  const t = TAKES.exec(text);
  const response = r ? bodyType(r[1]!) : undefined;
  const request = t ? bodyType(t[1]!) : undefined;
  const body = { ...(request ? { request } : {}), ...(response ? { response } : {}) };
  return withStatuses(request || response ? Object.fromEntries(methods.map((x) => [x, body])) : undefined, methods, statusesOf(text));
}

/**
 * A path the text calls an endpoint: "invoke the `/api/cost/calculate` endpoint", "the /hooks/stripe
 * webhook". A CJK word may have a particle right after it (`엔드포인트는`): only Latin words must end.
 */
const ENDPOINT_AFTER = /^[\s`]*(?:(?:endpoints?|api|webhooks?|endpunkt)(?![\p{L}\p{N}])|端点|엔드포인트|エンドポイント)/iu;
/**
 * A path the text calls an endpoint by the noun right before it: "our webhook `/hooks/carrier`",
 * "through the endpoint /auth/refresh", "der Export-Endpunkt `/api/export`", "导出接口 `/api/export`".
 */
const ENDPOINT_BEFORE = /(?:(?<![\p{L}\p{N}])(?:endpoints?|webhooks?)|endpunkt(?:e|s)?|端点|端點|接口|엔드포인트|エンドポイント)[^\S\n]*$/iu;
const ENDPOINT_WORD = /endpoint|\bapi\b|webhook|endpunkt|端点|端點|接口|엔드포인트|エンドポイント/i;
/**
 * ENDPOINT_AFTER's nouns anywhere in a text that starts at a line's first slash, but a path's own
 * segment (`/api/…`): a line without one has no path that a noun after it names.
 */
const NOUN_AFTER_SLASH = /(?<!\/)(?:endpoints?|api|webhooks?|endpunkt)|端点|엔드포인트|エンドポイント/iu;
/** ENDPOINT_BEFORE's nouns followed by a slash: a line without one has no path that a noun before it names. */
const NOUN_THEN_SLASH = /(?:endpoints?|webhooks?|endpunkt(?:e|s)?|端点|端點|接口|엔드포인트|エンドポイント)[^\S\n]*\//iu;
/**
 * "the same path", "that endpoint", and in the known languages ("la même adresse", "denselben Pfad",
 * "lo stesso percorso", "cùng đường dẫn"): a path named before the paragraph (see paths.ts' SAME_WORDS).
 */
const SAME_PATH = /\b(?:same|that) (?:path|endpoint|url|route|resource)\b|(?:même|mism[oa]|mesm[oa]|stess[oa]|selben?|gleichen?|dieselbe|denselben|derselben|zelfde|dezelfde|hetzelfde|cùng) (?:adresse|address|chemin|ressource|route|url|uri|endpoint|ruta|rota|direcci[oó]n|endereço|recurso|percorso|rotta|indirizzo|risorsa|pfad|endpunkt|pad|đường|địa)/i;
/** A list item that starts with a path (after its marker and code marks): an entry of an endpoints list. */
const STARTS_WITH_PATH = /^[\s`*]*\//;

/**
 * Endpoints of a paragraph or list item that the line readers do not pair: method and path apart
 * in a sentence (the sentence may wrap), and paths named with no method at all (a path the text
 * calls an endpoint, or an item of an endpoints list). A path without a method becomes an API task
 * with no methods: the run warns where it is and how to write it.
 * @param lines raw Markdown lines
 * @param firstLine document line of `lines[0]`
 */
export function readEndpoints(lines: string[], firstLine: number, listItem: boolean, ctx: SectionContext, out: TaskCollector): void {
  const unlinked = lines.map((l) => withoutLinks(l));
  const text = unlinked.join('\n');
  if (!text.includes('/') && !SAME_PATH.test(text)) return;
  // Matches come in order: line breaks are counted once over the whole text.
  let counted = 0;
  let lineNo = 0;
  const lineOf = (index: number) => {
    for (; counted < index; counted++) if (text.charCodeAt(counted) === 10) lineNo++;
    return lineNo;
  };
  const paired = new Set<string>();
  // Whether a line is out of scope or an example command, judged once per line.
  const skipped = new Map<number, boolean>();
  // Scope is judged by sentence, which may wrap: for the whole paragraph, and only when a line asks.
  let outOfScope: boolean[] | undefined;
  const isOutOfScope = (n: number) => (outOfScope ??= outOfScopeLines(unlinked))[n]!;
  const skip = (n: number) => {
    let s = skipped.get(n);
    if (s === undefined) skipped.set(n, (s = isOutOfScope(n) || EXAMPLE_COMMAND.test(lines[n]!) || isQuestion(lines[n]!)));
    return s;
  };
  const earlier = () => {
    for (let i = out.tasks.length - 1; i >= 0; i--) {
      const t = out.tasks[i]!;
      if (t.kind === 'api') return t.path;
    }
    return undefined;
  };
  for (const p of findSeparatedMethodPaths(text, earlier)) {
    const n = lineOf(p.index);
    if (skip(n)) continue;
    out.api(ctx, firstLine + n, p.path, p.methods);
    paired.add(p.path);
  }
  const endpointList = ctx.api && listItem;
  if (!endpointList && !ENDPOINT_WORD.test(text)) return;
  // The `METHOD /path` pairs of a line matter only to a line with a path that may be named or
  // listed, as the paths later lines must not take again: they are read when such a line comes,
  // for it and the lines before it (most endpoint lines are pairs and need no second reading).
  const unread: string[] = [];
  unlinked.forEach((unlinkedLine, n) => {
    const line = unlinkedLine.replace(LIST_MARKER, '');
    if (!line.includes('/') || isOutOfScope(n) || EXAMPLE_COMMAND.test(line) || isQuestion(line)) return;
    const plain = line.replace(/`/g, ' ');
    const firstSlash = plain.indexOf('/');
    const listedAt = endpointList && n === 0 && STARTS_WITH_PATH.test(line) ? firstSlash : -1;
    // Without an endpoint noun after a path's start or right before a path, and not listed, no path
    // of the line is named: its paths are not looked for.
    if (listedAt === -1 && !NOUN_AFTER_SLASH.test(plain.slice(firstSlash)) && !NOUN_THEN_SLASH.test(plain)) {
      unread.push(line);
      return;
    }
    const found = findPaths(plain);
    // The word right after a path, and the noun before it: bounded looks, whatever the line's length.
    const after = found.map((p) => ENDPOINT_AFTER.test(plain.slice(p.index + p.raw.length, p.index + p.raw.length + 24)));
    const before = found.map((p) => ENDPOINT_BEFORE.test(plain.slice(Math.max(0, p.index - 24), p.index)));
    if (!found.some((p, i) => after[i] || before[i] || p.index === listedAt)) {
      unread.push(line);
      return;
    }
    for (const l of unread) for (const p of findMethodPaths(l)) paired.add(p.path);
    unread.length = 0;
    const pairs = ourMethodPaths(line, ctx);
    for (const p of pairs) paired.add(p.path);
    found.forEach((p, i) => {
      if (paired.has(p.path)) return;
      // The noun before a path names it only in a line that pairs no method with a path: "the
      // endpoint `/api/a` is replaced by POST /api/b" is about /api/b.
      const named = after[i] || (pairs.length === 0 && before[i]);
      const listed = p.index === listedAt && pairs.length === 0;
      if (named || listed) {
        out.endpoint(ctx, firstLine + n, p.path);
        paired.add(p.path);
      }
    });
  });
}

/** Link destinations are where a link points, never what the PRD asks to build. */
function withoutLinks(line: string): string {
  let l = line;
  if (l.includes('](')) l = l.replace(/\]\([^)]*\)/g, ']');
  if (l.includes('<http')) l = l.replace(/<https?:[^>]*>/g, ' ');
  return l;
}

/** Routes a verb of navigation leads to, each with where it stands in the line. */
function navigatedRoutes(line: string): Array<{ path: string; index: number; raw: string }> {
  const out: Array<{ path: string; index: number; raw: string }> = [];
  for (const m of line.matchAll(NAVIGATE_TO)) {
    const words = m[1]!.trim().split(/\s+/);
    const last = words[words.length - 1]!;
    if (last === '' ? !DIRECT_OBJECT.test(m[0]) : !BEFORE_ROUTE.test(last)) continue;
    // The route belongs to the verb's own clause: "Open questions are tracked at /x" starts another.
    if (words.some((w) => CLAUSE_VERB.test(w))) continue;
    // One opens or logs in from a route; what is taken or sent from a path is data.
    if (/^from$/i.test(last) && !FROM_ROUTE.test(m[0])) continue;
    const p = findPaths(m[2]!)[0];
    if (p && p.index === 0) out.push({ path: p.path, index: m.index! + m[0].length - m[2]!.length, raw: p.raw });
  }
  return out;
}

/** A list item that is a short label, a separator and a route, nothing else: `Shipment detail — `/shipments/:id``. */
/**
 * A list item (its marker gone) that opens with a route, maybe after a short label: `` `/pipelines` —
 * runs per network ``, `` New: `/settings/webhooks` to create webhooks ``.
 */
const ROUTE_ITEM = /^\s*(?:\p{L}+(?:[^\S\n]\p{L}+){0,2}[^\S\n]*[:：][^\S\n]*)?`?(\/[^\s`]*)`?(?:[^\S\n]|$)/u;
/** A line that opens with a route, maybe after its preposition (`to `/claims/:id`.`): the end of a wrapped sentence. */
const ROUTE_FIRST = /^\s*(?:(?:to|at|on|under|via|into)[^\S\n]+)?`?\//;
/**
 * A code-marked route a sentence or list item places a screen at: "Admin list of registrations at
 * `/admin/registrations`", "Coaches enter scores at `/coach/results`", "- **Bake list** at `/bake-list` — …";
 * the route in code marks (group 1) or in bold (group 2).
 * Not where things are stored, mounted or exposed, nor where an endpoint, webhook or file is (AT_NOT_A_SCREEN).
 */
const ROUTE_AT = /(?<![\p{L}\p{N}])at[^\S\n]+(?:`(\/[^\s`]*)`|\*\*(\/[^\s*]*)\*\*)/gu;
/**
 * A verb of opening or visiting in another language right before a code-marked route: "ouvre
 * `/agents/pointage`", "accède à `/x`", "abre `/x`", "acessa `/x`", "öffnet `/x`", "membuka `/x`".
 */
const ROUTE_OPENED_INTL = /(?<![\p{L}\p{N}])(?:ouvre(?:nt)?|ouvrir|acc[eè]de(?:nt)? à|se rend(?:ent)? sur|va sur|abre[mn]?|abrir|accede[mn]? a|entra[mn]? (?:a|en|em|no|na)|visita[mn]?|acessa[mn]?|öffne[tn]|besuch(?:t|en)|navigier(?:t|en) (?:zu|auf)|membuka|mengunjungi|masuk ke)[^\S\n]+`(\/[^\s`]*)`/giu;
/** A file's address (`/static/tariff.pdf`, `/legacy/submit.asp`): no screen. */
const FILE_ADDRESS = /\.[A-Za-z]\w{1,4}$/;

/** A route an arrow leads to at the end of a line: "트레이너 목록 보고 선택 → `/trainers`", "pick a slot -> `/book`". */
const ARROW_TO_ROUTE = /(?:→|⇒|->|=>)[^\S\n]*`(\/[^\s`]*)`[^\S\n]*\.?$/u;

/** The routes a line places a screen at (ROUTE_AT, ROUTE_OPENED_INTL, ARROW_TO_ROUTE), each a route alone. */
function placedRoutes(line: string): Array<{ path: string; index: number; raw: string }> {
  const out: Array<{ path: string; index: number; raw: string }> = [];
  const arrow = line.includes('`/') && (line.includes('→') || line.includes('>') || line.includes('⇒')) ? ARROW_TO_ROUTE.exec(line) : null;
  const led = arrow ? screenRoute(arrow[1]!) : undefined;
  if (led) out.push({ path: led, index: arrow!.index + arrow![0].indexOf('`'), raw: `\`${arrow![1]}\`` });
  if (line.includes('at `/') || line.includes('at **/')) {
    for (const m of line.matchAll(ROUTE_AT)) {
      const route = (m[1] ?? m[2])!;
      const path = screenRoute(route);
      if (path && !AT_NOT_A_SCREEN.test(line.slice(Math.max(0, m.index! - 60), m.index!))) out.push({ path, index: m.index! + m[0].indexOf('/'), raw: route });
    }
  }
  if (line.includes(' `/')) {
    for (const m of line.matchAll(ROUTE_OPENED_INTL)) {
      const path = screenRoute(m[1]!);
      if (path) out.push({ path, index: m.index! + m[0].indexOf('`'), raw: `\`${m[1]}\`` });
    }
  }
  return out;
}

/** A route written alone, normalised; none for a file's address or text that is no route from its start. */
function screenRoute(route: string): string | undefined {
  if (FILE_ADDRESS.test(route)) return undefined;
  const p = findPaths(route)[0];
  return p && p.index === 0 ? p.path : undefined;
}

/** Words before "at `/x`" that say the route is no screen: "stored at", "the webhook at", "mounted at", "the file at". */
const AT_NOT_A_SCREEN = /(?<![\p{L}\p{N}])(?:stored|saved|kept|written|mounted|deployed|exposed|listens?|listening|endpoints?|webhooks?|apis?|callbacks?|hooks?|files?|folders?|director(?:y|ies)|buckets?|repo(?:sitory)?|redirects?|redirected|proxied|proxy)(?![\p{L}\p{N}])[^.;!?]*$/iu;
/** A code-marked route that a sentence says shows something: "`/book/done` shows the summary", "`/x` lists every run". */
const ROUTE_SHOWS = /(?:^|[.;!]\s+|^\s*(?:\*\*|__)?)`(\/[^\s`]*)`\s+(?:shows|displays|lists|renders|presents|is where|lets (?:the )?(?:user|customer|owner|admin|member)s?)\b/g;
/**
 * A code-marked route of the UI that a clause says makes a call: "I mark the task done on
 * `/tasks/:taskId`, which sends `POST /api/tasks/{id}/complete`", "… at `/orders`, which loads `GET /api/orders`".
 * Only a call written as a method and a path makes the route a screen (an API path is none: see readPages' callers).
 */
const ROUTE_THAT_CALLS = /`(\/[^\s`]*)`,\s+which\s+(?:sends|loads|calls|fetches|posts|submits|hits|requests|reads|saves)\s+(?:a\s+|an\s+)?`?(?:GET|POST|PUT|PATCH|DELETE)\s+\//g;
/** A sentence that opens at a code-marked route, then says who does what there: "On `/m/jobs/:jobId` the driver takes a photo", "At `/join`, a visitor …". */
const ROUTE_PLACE = /(?:^|[.;!]\s+)(?:On|At)\s+`(\/[^\s`]*)`,?\s+(?:the|a|an|each|every|any|users?|members?|customers?|we|you|they)\s/g;
/** A list item or line that opens with a pages label: `- Pages: …`, `Screens:`, `Páginas:`. */
const PAGES_LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:(?:key|main|new|customer[- ]facing|admin|app|web|ui|frontend|front-end|mobile|client|public|private|staff|committee|member|members|user|\p{L}+-facing)\s+)?(?:pages?|screens?|views?|routes?|ui|páginas?|pantallas?|vistas?|telas?|écrans?|ecrãs?|vues?|seiten|pagine|schermate|halaman|страницы|экраны)(?:\*\*|__)?\s*[:：]/iu;
const LABELLED_ROUTE = /^\s*(?:\*\*|__)?\p{L}[^:：—–`/\n]{0,50}?(?:\*\*|__)?[^\S\n]*(?:[:：—–]|[^\S\n]-)[^\S\n]*`?(\/[^\s`]*)`?[^\S\n]*$/u;

/**
 * "The old `/account/team` page", "the former /signup route", "die alte Seite `/konto`": the word
 * right before a route (maybe with a page noun after it) says the route is what there was, not what
 * is to be built.
 */
const OLD_BEFORE = /(?:^|[^\p{L}])(?:old|former|previous|legacy|alte[nmrs]?|ehemalige[nmrs]?|antigu[ao]s?|antig[ao]s?|ancien(?:ne)?s?|vecchi[ao]|oude|стар(?:ый|ая|ой|ую|ое|ого))[^\S\n]+(?:(?:page|screen|view|route|url|seite|página|pantalla|tela|écran|pagina|страниц[аеуы])[^\S\n]+)?[`*_]*$|旧[^\S\n]*[`*_]*$/iu;

/** Does the text right before a route (at `index`) call it the old one? */
function isOldRoute(line: string, index: number): boolean {
  return OLD_BEFORE.test(line.slice(Math.max(0, index - 32), index));
}

/**
 * "A small SPA served from `/app`", "the bundle is hosted from /static": the route an app or its files
 * are served from is where its pages sit, not a page of its own.
 */
const SERVED_FROM_BEFORE = /\b(?:served|hosted|deployed|mounted)[^\S\n]+from[^\S\n]+`?$/i;

/** Is the route at `index` of a line the base an app is served from (SERVED_FROM_BEFORE)? */
function isServedFrom(line: string, index: number): boolean {
  return line.includes(' from ') && SERVED_FROM_BEFORE.test(line.slice(Math.max(0, index - 24), index));
}

/**
 * The pages a table cell names in words, as a requirements table's notes do ("Screen `/dispatch/board`",
 * "shown in the stop drawer at `/dispatch/stops/:stopId`"): only a route a page noun or a verb of going
 * leads to, as in prose outside a screens section. A cell of a screens table's route column is `readTable`'s.
 */
export function readCellPages(cells: readonly string[], line: number, ctx: SectionContext, out: TaskCollector): void {
  if (ctx.api) return;
  const prose = { ...ctx, page: false };
  for (const cell of cells) {
    // A Razor page's directive quoted in a cell (`@page "/work-orders"`) is that page, whatever the table.
    const razor = razorPages(cell);
    for (const path of razor) out.page(ctx, line, path, undefined);
    if (razor.length > 0) continue;
    if (!cell.includes('/') || !cell.trim().includes(' ')) continue;
    const text = withoutLinks(cell);
    // "Public pages: home `/`, schedule `/schedule`": a cell that opens with a pages label lists pages.
    readPages(text, line, false, findMethodPaths(text).map((p) => p.path), PAGES_LABEL.test(text) ? { ...ctx, page: true } : prose, out);
  }
}

function readPages(line: string, lineNo: number, listItem: boolean, apiPaths: string[], ctx: SectionContext, out: TaskCollector, from = 0): void {
  // Every candidate below is a route, and routes start with a slash.
  if (ctx.api || !line.includes('/')) return;
  // A page noun of another language makes code-marked routes candidates, as NAVIGATION does: only a line with code marks asks.
  // On a wrapped line (`from` > 0), a page noun of another language that ends the line before leads to the route.
  const pageContext = from === 0 ? ctx.page || NAVIGATION.test(line) || (line.includes('`') && hasIntlPageNoun(line)) : line.includes('`') && INTL_PAGE_NOUN_LAST.test(line.slice(0, from));
  const candidates: Array<{ path: string; index: number; raw: string }> = [];
  if (!pageContext && listItem && UI_HEADING.test(ctx.section.title)) {
    // `- Shipments list — `/shipments`` or `` - `/pipelines` — runs per network `` under `## Dashboard`: the screens of a UI the heading names.
    const item = LABELLED_ROUTE.exec(line) ?? ROUTE_ITEM.exec(line);
    const p = item ? findPaths(item[1]!)[0] : undefined;
    if (p && p.index === 0) candidates.push({ path: p.path, index: line.indexOf(item![1]!), raw: p.raw });
  }
  // "`/book/done` shows the summary": a route a sentence says shows something; "On `/jobs/:id` the driver …": one it opens at.
  if (!pageContext && line.includes('`/')) {
    for (const m of line.matchAll(ROUTE_SHOWS)) candidates.push({ path: m[1]!, index: m.index! + m[0].indexOf('`'), raw: `\`${m[1]}\`` });
    if (line.includes('n `/') || line.includes('t `/')) for (const m of line.matchAll(ROUTE_PLACE)) candidates.push({ path: m[1]!, index: m.index! + m[0].indexOf('`'), raw: `\`${m[1]}\`` });
    if (line.includes(', which ')) for (const m of line.matchAll(ROUTE_THAT_CALLS)) candidates.push({ path: m[1]!, index: m.index! + m[0].indexOf('`'), raw: `\`${m[1]}\`` });
  }
  // "`app/templates/pass.html`, served at `/passes/{code}`": a template the app serves at a route.
  const served = !pageContext && (line.includes('served') || line.includes('rendered')) ? SERVED_TEMPLATE.exec(line) : null;
  const servedAt = served ? normalizeApiPath(served[1]!) : undefined;
  if (servedAt) candidates.push({ path: servedAt, index: served!.index + served![0].lastIndexOf(served![1]!), raw: served![1]! });
  // "Coaches enter scores at `/coach/results`", "l'agent ouvre `/agents/pointage`": routes a sentence places a screen at.
  const placed = pageContext ? [] : placedRoutes(line);
  if (!pageContext && candidates.length === 0 && placed.length === 0 && !NAVIGATES_TO_ROUTE.test(line) && !PAGE_AT_ROUTE.test(line)) return;
  for (const m of pageContext ? line.matchAll(CODE_SPAN) : []) {
    // The home page: a code span that is just `/`.
    if (m[1]!.trim() === '/' && (ctx.page || isHomePage(line, m.index!))) {
      candidates.push({ path: '/', index: m.index!, raw: m[0] });
      continue;
    }
    const found = findPaths(m[1]!.trim());
    const first = found[0];
    // A code span that is exactly one route; `src/app.ts` or a sentence in code is not.
    if (first && found.length === 1 && first.raw.length >= m[1]!.trim().length - 1) candidates.push({ path: first.path, index: m.index!, raw: m[0] });
  }
  if (candidates.length === 0 && ctx.page) {
    // Under a screens heading, a bare route is a page too (list item or sentence); the root after "home" too ("home /, schedule /schedule").
    for (const p of findPaths(line)) candidates.push({ path: p.path, index: p.index, raw: p.raw });
    const home = line.includes(' /') ? HOME_ROOT.exec(line) : null;
    if (home) candidates.push({ path: '/', index: home.index + home[0].length - 1, raw: '/' });
  } else if (candidates.length === 0) {
    // Elsewhere, only a route a verb of navigation leads to: "WHEN the user opens /settings",
    // "members log in to the portal via `/portal`".
    candidates.push(...navigatedRoutes(line));
    // "the orders page at /orders": a route a page noun says the page is at.
    for (const m of line.includes('/') ? line.matchAll(PAGE_AT) : []) {
      // "the home page (`/`)": the root is a page when the noun says it is the home page.
      const p = m[1] === '/' ? (isHomePage(line, m.index! + m[0].length - 1) ? { path: '/', index: 0, raw: '/' } : undefined) : findPaths(m[1]!)[0];
      if (p && p.index === 0 && !candidates.some((c) => c.path === p.path)) candidates.push({ path: p.path, index: m.index! + m[0].length - m[1]!.length, raw: p.raw });
    }
  }
  for (const p of placed) if (!candidates.some((c) => c.path === p.path)) candidates.push(p);
  for (const c of candidates) {
    if (c.index < from || isApiPath(c.path) || apiPaths.includes(c.path) || isOldRoute(line, c.index) || isServedFrom(line, c.index)) continue;
    let title: string | undefined;
    if (listItem && candidates.length === 1) {
      // A label is text set off from the route by a separator ("Dashboard — /x", "/x: Dashboard");
      // the words of a sentence ("WHEN the user visits /x") are not a title.
      const rawBefore = line.slice(0, c.index).replace(/[*_`]/g, '');
      const rawAfter = line.slice(c.index + c.raw.length).replace(/[*_`]/g, '');
      const before = rawBefore.replace(/[\s—–:|(-]+$/, '').trim();
      const after = rawAfter.replace(/^[\s—–:|)-]+/, '').trim();
      const label = (t: string) => t !== '' && t.split(/\s+/).length <= 6 && !/[.!?]$/.test(t);
      if (label(before) && /(?:[—–:|(]|\s-)\s*$/.test(rawBefore)) title = before;
      else if (label(after) && /^\s*(?:[—–:|)]|-\s)/.test(rawAfter)) title = after;
    }
    out.page(ctx, lineNo, c.path, title);
  }
}

/** A label line: list marker, bold or code marks, the label, its colon, and the value after it. */
const LABEL_LINE = /^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?(?:\*\*|__)?([^\s:：*_`][^:：*_`]{0,20}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/;
/** Labels of a method's line: `Method`, `HTTP method`, `Verb`, `Methode`, `请求方式` (lower-cased). */
const METHOD_LABEL = /^(?:(?:http|request)[ -]?)?(?:methods?|verbs?|methode|método|méthode|metodo|メソッド|方法|请求方法|请求方式|메서드|메소드)$/;
/** Labels of a path's line: `Path`, `Endpoint`, `URL`, `Route`, `Pfad`, `Ruta`, `パス` (lower-cased). */
const PATH_LABEL = /^(?:(?:api|http|request)[ -]?)?(?:paths?|endpoints?|urls?|uris?|routes?|pfad|endpunkt|ruta|rota|chemin|caminho|路径|接口|パス|エンドポイント|경로|엔드포인트)$/;
const METHODS_VALUE = /^((?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?:\s*(?:,|\/|\||&)\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS))*)(?![\w-])/;
/** The most document lines between a method's label line and its path's. */
const LABEL_GAP = 3;

/**
 * Method and path on labelled lines of their own, as page exports of wikis write them
 * (`**Method:** POST` then `**Path:** /api/refunds`, either order, a few lines apart, in one run
 * of paragraphs and list items). A method value is upper case, or a lower-case list alone
 * (`Verb: get`); a path value starts with a path.
 */
export function readLabelledEndpoints(blocks: ReadonlyArray<{ lines: string[]; line: number }>, ctx: SectionContext, out: TaskCollector): void {
  let method: { methods: HttpMethod[]; line: number } | undefined;
  let path: { path: string; line: number } | undefined;
  for (const block of blocks) {
    block.lines.forEach((raw, i) => {
      // Both labels end with a colon near the line start: most lines have none.
      const colon = raw.indexOf(':');
      if ((colon === -1 || colon > 40) && !raw.slice(0, 40).includes('：')) return;
      const m = LABEL_LINE.exec(raw);
      if (!m) return;
      const label = m[1]!.trim().toLowerCase();
      const lineNo = block.line + i;
      const value = m[2]!.replace(/[`*]/g, '').trim();
      if (METHOD_LABEL.test(label)) {
        // "POST (staff), GET (owners)": who may call each method is a note on it.
        const methodsText = value.includes('(') || value.includes('（') ? value.replace(/\s*[(（][^()（）]*[)）]/g, '') : value;
        const list = METHODS_VALUE.exec(methodsText) ?? (/^[a-z ,/|&]+$/.test(methodsText) ? METHODS_VALUE.exec(methodsText.toUpperCase()) : null);
        const methods = list && !LINE_OUT_OF_SCOPE.test(raw) ? methodsOf(list[1]!) : [];
        method = methods.length > 0 ? { methods, line: lineNo } : undefined;
      } else if (PATH_LABEL.test(label)) {
        const found = value.startsWith('/') && !LINE_OUT_OF_SCOPE.test(raw) && findMethodPaths(value).length === 0 ? findPaths(value)[0] : undefined;
        path = found && found.index === 0 ? { path: found.path, line: lineNo } : undefined;
      } else return;
      if (method && path && Math.abs(method.line - path.line) <= LABEL_GAP) {
        out.api(ctx, path.line, path.path, method.methods);
        method = path = undefined;
      }
    });
  }
}

function methodsOf(list: string): HttpMethod[] {
  return [...new Set(list.split(/[^A-Z]+/).filter((x): x is HttpMethod => x !== '' && HTTP_METHODS.includes(x as HttpMethod)))];
}
