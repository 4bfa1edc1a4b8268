import { isJiraMarkup, jiraAsMarkdown, lineText, unescapedDocument } from '../prd/index.js';
import { parseSectionMarkdown } from '../prd/index.js';
import type { PrdDocument, PrdSection } from '../prd/index.js';
import { copyTask } from '../task.js';
import { hasWideChars } from '../strings.js';
import type { Root } from 'mdast';
import { BoundedMap, carried } from '../memo.js';
import type { HttpMethod, RuleLevel, RuleTask, Task } from '../types.js';
import { readCode, readOutlineParagraph, shownAsIs } from './code.js';
import { documentCode, mayHoldDocumentCode, NO_DOCUMENT_CODE, sectionCode, type DocumentCode, type SectionCode } from './framework-routes.js';
import { TaskCollector } from './collector.js';
import { forEachNamed, saysExample } from './names.js';
import { codeMountPrefix, isBaseHeading, isConventionsHeading, MAY_MOUNT_CODE, hasSettingsBase, ownApiHosts, ourMethodPaths, paragraphPrefix, sectionPrefix, writtenInFull } from './doc-scope.js';
import { LEADS_TO_SCREENS, LINE_OUT_OF_SCOPE, labelTopic, toggleHeadingStart, toggleParts, mayContainTopicLabel, namesModelsLabel, paragraphTopic, sectionContexts, type OutlineWords, type SectionContext } from './context.js';
import { HTML_TABLE, blocksFromTree, mayContainPandocBlock, needsRemark, pandocBlocks, readBlocksFast, type Block } from '../prd/index.js';
import { mayContain as mayContainDeclaration } from './declarations.js';
import { findPaths, isApiPath, mayContainMethodPath, normalizeApiPath } from './paths.js';
import { HOLDS_TAIL, readFieldList, readListedModels, readNestedModels, readTypedFieldList, mayContainTypedFieldList } from './field-lists.js';
import { mayContain as mayContainFileRoute, readFileTree, readRouteFileLines, readRouteFileRow } from './file-routes.js';
import { headingBodies, mayContain as mayContainProse, readCellPages, readEndpoints, readLabelledEndpoints, readTextLines } from './prose.js';
import { givesUpList, idCell, isStory, mayContain as mayContainRule, mayContainIdItem, mayContainUnmarkedRule, mayContainRulesLabel, mayContainStory, notNowCell, readRuleBlocks, readRules, storyHeadingId, WRITTEN_ID, type TextBlock } from './rules.js';
import { readTable } from './tables.js';
import { hideGuidance, mayHideGuidance } from './guidance.js';

/**
 * The cheap prefilter: only sections in which some reader may find an API, model or page are read
 * for structure (by the line block reader, or remark where the section needs a real Markdown
 * parser). Everything else is read for rules with a plain line scan. Each test is the reader's
 * own `mayContain`; the block test is the block reader's (a table, a fence or an indented line).
 */
function needsMarkdown(body: string, ctx: SectionContext): boolean {
  return mayContainBlock(body) || mayContainMethodPath(body) || mayContainDeclaration(body) || mayContainProse(body, ctx) || mayContainTopicLabel(body) || mayContainTypedFieldList(body, ctx);
}

/** How the blocks `start` writes into a PRD begin (`<!-- prd-orchestrator:roles -->`). */
const GENERATED_BLOCK = '<!-- prd-orchestrator:';

const BLOCK_START = /^[ \t]*(?:>[ \t]?)*(?:\||```|~~~)/m;

/** A table row or fence at a line start (inside a blockquote too), an HTML table, a tab anywhere or a line indented four spaces. */
function mayContainBlock(body: string): boolean {
  if ((body.includes('|') || body.includes('```') || body.includes('~~~')) && BLOCK_START.test(body)) return true;
  // An HTML table (`<table>`): remark hands it over as HTML, read into table blocks.
  if ((body.includes('<table') || body.includes('<TABLE') || body.includes('<d') || body.includes('<D')) && HTML_TABLE.test(body)) return true;
  // Pandoc's definition lists and simple tables.
  if (mayContainPandocBlock(body)) return true;
  // `/^ {4}|\t/m` as substring searches (faster here), with every line terminator a multiline `^` knows.
  return body.includes('\t') || body.startsWith('    ') || body.includes('\n    ') || body.includes('\r    ') || body.includes('\u2028    ') || body.includes('\u2029    ');
}

/** Which block reader reads structured sections: `auto` uses remark only where the line reader cannot judge. */
export type BlockReader = 'auto' | 'remark';

export interface ExtractOptions {
  /** @default 'auto' */
  reader?: BlockReader;
  /** A watching session's state: each section's tasks and Markdown trees, kept for the next call. */
  watch?: ExtractWatch;
  /** What the extractions of one run share (see ExtractRun); not read while watching, whose memos are kept per PRD. */
  run?: ExtractRun;
}

/**
 * What the extractions of one run share: what the titles and headings of its PRDs say. PRDs written
 * from one template repeat their headings ("Overview", "API", "Acceptance criteria"): each distinct
 * one is read once per run, not once per PRD. It lives as long as the run (a one-shot run, a pool
 * worker's batch) and holds copies of the headings only.
 */
export interface ExtractRun {
  words: OutlineWords;
}

/** An empty ExtractRun. */
export function createExtractRun(): ExtractRun {
  return { words: { titles: new Map(), headings: new Map() } };
}

/**
 * What the extractions of one watching session remember. `files`: by PRD, what its last extraction
 * read (see FileMemo), so an edit elsewhere in the PRD moves a section without re-reading it
 * (`vite dev` saves). `trees`: remark trees by section hash.
 */
export interface ExtractWatch {
  files: BoundedMap<string, FileMemo>;
  trees: BoundedMap<string, Root>;
}

/**
 * What one extraction of a PRD read, handed to the next extraction of the same file, which keeps
 * only what it used again. `sections`: the tasks of each section by its content, context and reader,
 * with the line the section was at; tasks are shared, never mutated after extraction. `words`: what
 * its titles and headings say.
 */
export interface FileMemo {
  sections: Map<string, { line: number; tasks: Task[] }>;
  /** The hosts of the PRD's own API and what its code sets for all its blocks (see documentCode): `sections` hold while these are the same. */
  docKey: string;
  words: OutlineWords;
  /** What each section's own text says of its place in the API (see SectionScope), by the section's hash. */
  scopes: Map<string, SectionScope>;
}

/** A prefix a section states (see sectionPrefix); null for none. */
type Stated = ReturnType<typeof sectionPrefix> | null;

/**
 * What a section's own text (heading and body) says of the API's prefix, read on first use: is its
 * heading a base or conventions heading, and the prefix it states read as the API's and not (lines
 * counted from the section's own). A watching session keeps it by the section's hash, so a save
 * reads again only the sections it changed; a one-shot run reads each section once anyway.
 */
interface SectionScope {
  base?: boolean;
  conventions?: boolean;
  api?: Stated;
  other?: Stated;
  /** Does the section hold a word that code set for the whole document needs (see mayHoldDocumentCode)? */
  code?: boolean;
  /** Does the section's body hold a settings row that names the base (see hasSettingsBase)? */
  setting?: boolean;
  /** Does the section write its paths with the prefix it inherits (see writtenInFull), for the last prefix asked? */
  full?: { prefix: string; full: boolean };
}

/** writtenInFull of a section's body for an inherited prefix, read once per SectionScope and prefix. */
function inFull(doc: PrdDocument, section: PrdSection, prefix: string, scope: SectionScope): boolean {
  if (scope.full?.prefix !== prefix) scope.full = { prefix, full: writtenInFull(doc.text.slice(section.bodyStart, section.end), prefix) };
  return scope.full.full;
}

/** sectionPrefix of a section, read once per SectionScope (`api` picks the reading). */
function scopePrefix(doc: PrdDocument, section: PrdSection, api: boolean, scope: SectionScope): ReturnType<typeof sectionPrefix> {
  const slot = api ? 'api' : 'other';
  let kept = scope[slot];
  if (kept === undefined) {
    const found = sectionPrefix(doc, section, api);
    kept = scope[slot] = found ? { ...found, line: found.line - section.line } : null;
  }
  return kept ? { ...kept, line: kept.line + section.line } : undefined;
}

/** A watching session's empty extraction memo: what it keeps is bounded by PRDs and by section trees. */
export function createExtractWatch(): ExtractWatch {
  return { files: new BoundedMap(20_000), trees: new BoundedMap(5000) };
}

/**
 * Extract tasks from a parsed PRD with the heuristic extractor: deterministic, no network.
 * @param doc a parsed document (see `parsePrd`)
 * @param options `reader: 'remark'` forces remark on every structured section (slower; same tasks)
 * @returns tasks in document order, each with its source line; not yet merged
 */
export function extractTasks(doc: PrdDocument, options: ExtractOptions = {}): Task[] {
  // A description pasted from Jira is read as its Markdown equivalent, line for line.
  if (isJiraMarkup(doc.text)) doc = jiraAsMarkdown(doc);
  // Escapes no writer needs (`order\_id`, `done\.`, from an export) are read as CommonMark reads them.
  doc = unescapedDocument(doc);
  const reader = options.reader ?? 'auto';
  const tasks: Task[] = [];
  const watch = options.watch;
  let wide: boolean | undefined;
  // Field names and types repeat across sections: their detached copies are shared by the whole document.
  const fieldStrings = new Map<string, string>();
  const previous = watch?.files.get(doc.file);
  const { contexts, words } = sectionContexts(doc, previous?.words, watch ? undefined : options.run?.words);
  const sections: FileMemo['sections'] = new Map();
  const scopes: FileMemo['scopes'] = new Map();
  // Hosts of the PRD's own API, and the prefixes sections declare for their paths (a parent's holds in its children).
  const ownHosts = ownApiHosts(doc);
  // What each section's own text says (SectionScope): a watching session keeps it by the section's hash.
  const scopeOf = watch ? doc.sections.map((s) => carried(scopes, previous?.scopes, s.hash, (): SectionScope => ({}))) : undefined;
  // A global route prefix, a router's mount or a Rails model's enum may be set in one section for the code of another.
  // A watching session reads the whole text for them only when some section (or the text before the first) holds one of their words.
  const shared = !scopeOf || mayHoldDocumentCode(doc.text.slice(0, doc.sections[0]?.start ?? doc.text.length)) || doc.sections.some((s, i) => (scopeOf[i]!.code ??= mayHoldDocumentCode(doc.text.slice(s.start, s.end)))) ? documentCode(doc.text) : NO_DOCUMENT_CODE;
  // What every section's tasks depend on besides their own context: the last extraction's sections hold only while it is the same.
  const docKey = `${[...ownHosts].join(' ')}\0${shared.key}`;
  const kept = previous?.docKey === docKey ? previous.sections : undefined;
  watch?.files.set(doc.file, { sections, words, scopes, docKey });
  const prefixes: Array<SectionContext['apiPrefix']> = [];
  // What a base heading at the top level states, for the top-level sections after it (see isBaseHeading).
  let rootPrefix: SectionContext['apiPrefix'];
  // Where the next path in code marks starts (`/x` after a backtick), at or after a section's body; -1 when none is left.
  let codePathAt = -2;
  // Where the next line that may mount a router in code starts (see codeMountPrefix); -1 when none is left.
  let mountAt = -2;
  // The prefixes the document states for its API's paths.
  let stated: Set<string> | undefined;
  // An app's global prefix or context path (`setGlobalPrefix('api')`, `context-path: /resa/api`, Ktor's `rootPath`) holds for every path of its API.
  const appPrefix = shared.globalPrefix.replace(/^\/*/, '/').replace(/\/+$/, '');
  if (appPrefix !== '/' && appPrefix !== '') {
    rootPrefix = { path: appPrefix, line: 0, whole: true };
    stated = new Set([appPrefix]);
  }
  for (const [index, context] of contexts.entries()) {
    let ctx = context;
    const depth = ctx.trail.length;
    // Only a section about the API states its paths' prefix ("file paths are relative to `/workspace`" elsewhere states none).
    // Elsewhere, a sentence about routes or endpoints may say where they are mounted (spec kits' "Contracts"),
    // in a body with a path in code marks: the next one after the body's start is looked up once per position.
    // A heading about the base ("## Base URL") is the API's, whatever its parent is about.
    const scope: SectionScope = scopeOf?.[index] ?? {};
    const base = ctx.section.level > 0 && !ctx.outOfScope && (scope.base ??= isBaseHeading(ctx.section.heading));
    // A conventions section's sentence states the API's prefix only when it speaks of the API's paths.
    let own = ctx.api || base ? scopePrefix(doc, ctx.section, ctx.api || !(scope.conventions ??= isConventionsHeading(ctx.section.heading)), scope) : undefined;
    if (!ctx.api && !base && !ctx.outOfScope && !ctx.page && codePathAt !== -1) {
      if (codePathAt < ctx.section.bodyStart) codePathAt = doc.text.indexOf('`/', ctx.section.bodyStart);
      if (codePathAt !== -1 && codePathAt < ctx.section.end) own = scopePrefix(doc, ctx.section, false, scope);
    }
    // A section's code that mounts its one router at a path (`app.use("/ops/api", …, liveOpsRouter)`) over routes listed without it.
    if (!own && !ctx.outOfScope && mountAt !== -1) {
      if (mountAt < ctx.section.bodyStart) mountAt = nextMatch(doc.text, MAY_MOUNT_CODE, ctx.section.bodyStart);
      if (mountAt !== -1 && mountAt < ctx.section.end) own = codeMountPrefix(doc, ctx.section);
    }
    // …and a settings table's row that names the base (`| API_BASE | /api/interp |`).
    if (!own && !ctx.api && !base && !ctx.outOfScope && (scope.setting ??= hasSettingsBase(doc.text.slice(ctx.section.bodyStart, ctx.section.end)))) own = scopePrefix(doc, ctx.section, false, scope);
    const inherited = own ? undefined : depth >= 2 ? prefixes[depth - 2] : rootPrefix;
    // A section that writes its calls with the prefix it inherits (`/api/v1/sites` … `/health`) writes them from the root.
    const apiPrefix = own ?? (inherited && !inFull(doc, ctx.section, inherited.path, scope) ? inherited : undefined);
    prefixes.length = depth;
    prefixes[depth - 1] = own ? { ...own, line: ctx.section.line } : apiPrefix;
    // What a base heading states holds for the sections after it under the same parent (see isBaseHeading).
    // …and so does one whose sentence speaks of the routes below it ("All routes below are mounted under the `/v1` prefix").
    if (own && (base || own.below)) {
      if (depth >= 2) prefixes[depth - 2] = { ...own, line: ctx.section.line };
      else rootPrefix = { ...own, line: ctx.section.line };
    }
    if (own) (stated ??= new Set()).add(own.path);
    // A toggle heading after an out-of-scope list (see toggleHeadingStart) opens what is in scope again.
    const toggles = ctx.outOfScope ? toggleHeadingStart(doc.text.slice(ctx.section.bodyStart, ctx.section.end)) : undefined;
    if (ctx.outOfScope && toggles === undefined) continue;
    if (toggles !== undefined) ctx = { ...ctx, outOfScope: false };
    // The contexts are this call's own: set in place (a spread of each one cost more than the rest of this loop).
    ctx.ownHosts = ownHosts;
    ctx.apiPrefix = apiPrefix;
    const section = ctx.section;
    // Everything a section yields depends only on its text and these context bits.
    const prefixKey = apiPrefix ? `${apiPrefix.path}@${apiPrefix.line - section.line}${apiPrefix.fromCode ? 'c' : ''}` : '';
    const key = watch ? `${section.hash}\0${+ctx.api}${+ctx.model}${+ctx.page}${+ctx.rules}${+!!ctx.noRules}${ctx.ruleLevel ?? ''}\0${ctx.trail.join('\0')}\0${reader}\0${prefixKey}` : '';
    const hit = sections.get(key) ?? kept?.get(key);
    if (hit) {
      // Same place: the very same task objects (downstream recognises them by identity).
      // Moved: copies with shifted lines, remembered at the new place.
      const entry = hit.line === section.line ? hit : { line: section.line, tasks: hit.tasks.map((t) => copyTask(t, section.line - hit.line)) };
      sections.set(key, entry);
      for (const t of entry.tasks) tasks.push(t);
      continue;
    }
    const out = new TaskCollector(doc.file, (wide ??= hasWideChars(doc.text)), fieldStrings);
    const text = doc.text.slice(section.bodyStart + (toggles ?? 0), section.end);
    // Comments and template guidance (`<!-- … -->`, `<instruction>`) are no part of the product.
    const hidden = mayHideGuidance(text) ? hideGuidance(text) : undefined;
    const body = hidden ?? text;
    readHeading(ctx, body, out);
    // A block the tool itself wrote into the PRD (`start`'s QA links and roles) states no
    // requirement: its items are not rules because they stand under a requirements heading.
    if (ctx.rules && text.includes(GENERATED_BLOCK)) ctx = { ...ctx, rules: false };
    // Toggles that stand as subsections (`<details><summary>Data model</summary>`): each part is read
    // in its own context, the rest of the body blanked so that lines keep their places.
    const parts = body.includes('<details') ? toggleParts(body, ctx) : undefined;
    if (!parts) readBody(doc, ctx, body, hidden !== undefined, reader, out, watch?.trees, shared);
    else {
      // A body read from a toggle heading on (see toggleHeadingStart) starts below the section's first body line: blanks keep the lines in place.
      const lead = toggles ? doc.text.slice(section.bodyStart, section.bodyStart + toggles).replace(/[^\n]/g, ' ') : '';
      for (const part of parts) if (!part.ctx.outOfScope) readBody(doc, part.ctx, lead + blankedOutside(body, part.start, part.end), true, reader, out, undefined, shared);
    }
    if (watch) sections.set(key, { line: section.line, tasks: out.tasks });
    for (const t of out.tasks) tasks.push(t);
  }
  return headingIdRules(scopeRestartedIds(stated ? underStatedPrefix(tasks, stated) : tasks, doc), doc, contexts);
}

/**
 * A route written without the prefix the document states for its API, outside the sections the
 * prefix holds in (a changelog above them: "Added `GET /reports/aging`"; a caption below: "Example
 * response for `GET /invoices/{invoiceId}`"), is the endpoint those sections list under the prefix,
 * when they list it. Tasks are shared between runs (see ExtractWatch): a moved one is a new object.
 */
function underStatedPrefix(tasks: Task[], prefixes: ReadonlySet<string>): Task[] {
  const paths = new Set<string>();
  for (const t of tasks) if (t.kind === 'api') paths.add(t.path);
  let out = tasks;
  tasks.forEach((t, i) => {
    if (t.kind !== 'api') return;
    for (const p of prefixes) if (t.path === p || t.path.startsWith(`${p}/`)) return;
    for (const p of prefixes) {
      if (!paths.has(p + t.path)) continue;
      if (out === tasks) out = [...tasks];
      out[i] = { ...t, path: p + t.path };
      return;
    }
  });
  return out;
}

/** Where `pattern` next matches `text` at or after `from`; -1 when it does not. */
function nextMatch(text: string, pattern: RegExp, from: number): number {
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  global.lastIndex = from;
  return global.exec(text)?.index ?? -1;
}

/** A list item that ends in a colon and says what follows is given up: "- Out of scope, for a later phase:", "2. Ficam excluídos do presente procedimento:". */
function givesUpItems(line: string): boolean {
  const text = line.trimEnd();
  return (text.endsWith(':') || text.endsWith('：')) && (LINE_OUT_OF_SCOPE.test(text) || givesUpList([text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')]));
}

/** Read the blocks of a section body (or a part of it, the rest blanked) in a context. */
function readBody(doc: PrdDocument, ctx: SectionContext, body: string, hidden: boolean, reader: BlockReader, out: TaskCollector, trees: ExtractWatch['trees'] | undefined, shared: DocumentCode): void {
  // Route files (`app/dashboard/page.tsx`) are read where the section may name one, in any block.
  const fileRoutes = mayContainFileRoute(body);
  if (needsMarkdown(body, ctx)) readStructure(doc, ctx, body, hidden, reader, out, trees, fileRoutes, shared);
  else {
    const rules = !ctx.noRules && (ctx.rules || mayContainRule(body) || mayContainRulesLabel(body) || mayContainUnmarkedRule(body) || mayContainIdItem(body) || (storyHeadingId(ctx.section.title) !== undefined && mayContainStory(body)));
    const blocks = rules || fileRoutes ? plainBlocks(body, ctx.section) : [];
    if (rules) readRuleBlocks(blocks, ctx, out);
    if (fileRoutes) for (const b of blocks) readRouteFileLines(b.lines, b.line, ctx, out);
  }
}

/** `text` with every character outside `start`–`end` but its line breaks made a space: what is kept stays at its line. */
function blankedOutside(text: string, start: number, end: number): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end));
}

/** A heading that opens with an id of its own: `STORY-102: Pay with a saved card`, `US3 — Export`, `Story 2: …`, `Epic 1.2`. */
const HEADING_ID = new RegExp(String.raw`^(?:${WRITTEN_ID}|[A-Z]{1,5}\d{1,4}(?:\.\d+)*|(?:(?:user|job)\s+)?(?:story|epic|feature|use\s+case|scenario|historia|história|récit|fonctionnalité|funcionalidad|funcionalidade)\s+#?\d+(?:\.\d+)*)(?=$|[\s:：.)—–-])`, 'iu');

/**
 * Ids that restart under each story (`AC1` under `STORY-101` and again under `STORY-102`): each is
 * that story's criterion, not one requirement written three times. When one written id names
 * different sentences of a PRD, each under a heading with an id of its own, the heading's id scopes
 * it (`STORY-102/AC1`); otherwise the merge reports the clash as before. Tasks are shared between
 * runs (see ExtractWatch): a scoped rule is a new object, the section's own stays as it was.
 */
function scopeRestartedIds(tasks: Task[], doc: PrdDocument): Task[] {
  let byId: Map<string, number[]> | undefined;
  tasks.forEach((t, i) => {
    if (t.kind !== 'rule' || t.id === undefined || t.id.startsWith('rule:')) return;
    byId ??= new Map();
    const at = byId.get(t.id);
    if (at) at.push(i);
    else byId.set(t.id, [i]);
  });
  if (!byId) return tasks;
  let scopes: Array<string | undefined> | undefined;
  const scopeOf = (line: number): string | undefined => (scopes ??= headingIds(doc))[sectionAt(doc, line)];
  let out = tasks;
  for (const [id, at] of byId) {
    if (at.length < 2) continue;
    const texts = new Set(at.map((i) => (tasks[i] as RuleTask).text.replace(/\s+/g, ' ').trim().toLowerCase()));
    if (texts.size < 2) continue;
    const ids = at.map((i) => scopeOf(tasks[i]!.sources[0]!.line));
    if (ids.some((s) => s === undefined) || new Set(ids).size < 2) continue;
    if (out === tasks) out = [...tasks];
    at.forEach((i, n) => (out[i] = { ...(tasks[i] as RuleTask), id: `${ids[n]}/${id}` }));
  }
  return out;
}

/** Each section's scope: the id of the nearest heading, its own or a parent's, that opens with one (see HEADING_ID). One pass over the outline. */
function headingIds(doc: PrdDocument): Array<string | undefined> {
  return nearestHeadingIds(doc, (s) => HEADING_ID.exec(s.title.trim())?.[0].replace(/\s+/g, ' '));
}

/** Each section's nearest heading id, its own or a parent's, as `idOf` reads a heading (undefined for none); one pass over the outline. */
function nearestHeadingIds(doc: PrdDocument, idOf: (section: PrdSection, index: number) => string | undefined): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  const stack: Array<{ level: number; id: string | undefined }> = [];
  for (const [i, s] of doc.sections.entries()) {
    if (s.level === 0) {
      out.push(undefined);
      continue;
    }
    while (stack.length > 0 && stack[stack.length - 1]!.level >= s.level) stack.pop();
    stack.push({ level: s.level, id: idOf(s, i) ?? stack[stack.length - 1]?.id });
    out.push(stack[stack.length - 1]!.id);
  }
  return out;
}

/**
 * A heading that opens with a written id among requirements (`### FR-01 Menu list` under
 * `## Functional requirements`, `## NFR-2: Latency`) names the requirement its section states: the
 * first rule of that section (or of its subsections, under no id-heading of their own) that has no
 * id of its own takes the heading's, unless a rule of the PRD already has it (a user story under
 * `### US-1`, an item `- FR-01: …`). Elsewhere such an id is a ticket's or a story's key
 * (`## RET-143 Request a return`) that names no one of its criteria, and the document's title
 * (`# SHOP-10 — Epic: …`) names the whole PRD. Tasks are shared between runs (see ExtractWatch): a
 * rule given an id is a new object.
 * @param contexts the sections' contexts, in the order of `doc.sections`
 */
function headingIdRules(tasks: Task[], doc: PrdDocument, contexts: readonly SectionContext[]): Task[] {
  const title = doc.sections.find((s) => s.level === 1);
  // Only where a heading opens with an id is there anything to do: most PRDs have none.
  if (!doc.sections.some((s, i) => s.level > 0 && s !== title && contexts[i]!.rules && storyHeadingId(s.title) !== undefined)) return tasks;
  const scopes = nearestHeadingIds(doc, (s, i) => (s !== title && contexts[i]!.rules ? storyHeadingId(s.title) : undefined));
  const used = new Set<string>();
  for (const t of tasks) if (t.kind === 'rule' && t.id !== undefined) used.add(t.id);
  let out = tasks;
  tasks.forEach((t, i) => {
    if (t.kind !== 'rule' || t.id !== undefined) return;
    const id = scopes[sectionAt(doc, t.sources[0]!.line)];
    if (id === undefined || used.has(id)) return;
    used.add(id);
    if (out === tasks) out = [...tasks];
    out[i] = { ...t, id };
  });
  return out;
}

/** The index of the section a line stands in (sections are in line order). */
function sectionAt(doc: PrdDocument, line: number): number {
  let lo = 0;
  let hi = doc.sections.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sections[mid]!.line <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}


/**
 * `### GET /api/orders` (with what the prose right under it says it takes and returns) or, under a
 * screens heading, `### /orders`.
 */
/** An API Blueprint action heading: `### List Warehouses [GET]`. */
const BLUEPRINT_ACTION = /\[(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\]$/;
/** An API Blueprint resource heading: `## Stock Levels [/v1/warehouses/{id}/stock{?sku,page}]`. */
const BLUEPRINT_RESOURCE = /\[(\/[^\]\s]*)\]$/;

/**
 * The endpoint of an API Blueprint action heading (`### List Warehouses [GET]`): its method, and the
 * path of the resource heading right above it (`## Warehouses [/v1/warehouses]`), its URI template's
 * query part (`{?page}`) left out.
 */
function blueprintAction(ctx: SectionContext, out: TaskCollector): void {
  const action = BLUEPRINT_ACTION.exec(ctx.section.heading.trimEnd());
  const parent = ctx.trail.length > 1 ? BLUEPRINT_RESOURCE.exec(ctx.trail[ctx.trail.length - 2]!.trimEnd()) : null;
  if (!action || !parent) return;
  const path = normalizeApiPath(parent[1]!.replace(/\{[?&#][^}]*\}/g, ''));
  if (path) out.api(ctx, ctx.section.line, path, [action[1] as HttpMethod]);
}

/** The root route in a heading: a slash alone in code marks or in parentheses (`` `/` ``, `(/)`). */
const ROOT_ROUTE = /`\/`|\(\/\)/;

function readHeading(ctx: SectionContext, body: string, out: TaskCollector): void {
  const heading = ctx.section.heading;
  if (heading.endsWith(']')) blueprintAction(ctx, out);
  if (!heading.includes('/')) return;
  const pairs = ourMethodPaths(heading, ctx);
  // One endpoint per heading: with several, the prose could be about any of them.
  const bodies = pairs.length === 1 ? headingBodies(bodyLines(body), pairs[0]!.methods) : undefined;
  for (const p of pairs) out.api(ctx, ctx.section.line, p.path, p.methods, bodies);
  if (pairs.length > 0 || ctx.api) return;
  const parentIsPages = ctx.page && ctx.trail.length > 1;
  if (!parentIsPages) return;
  // `#### 1.1 Login page (/login)`, or several: `#### 2.4 New / edit (/apps/new, /apps/[id]/edit)`.
  const paths = findPaths(heading.replace(/`/g, ' ')).filter((p) => !isApiPath(p.path));
  // `### 1. Welcome — `/``, `### Home (/)`: the home page, a slash alone in code marks or parentheses.
  const home = ROOT_ROUTE.exec(heading);
  if (home) paths.unshift({ raw: home[0], path: '/', index: home.index });
  if (paths.length === 0) return;
  let title = heading;
  for (const p of paths) title = title.replace(p.raw, ' ');
  title = title.replace(/[`()（）—–:：,，-]/g, ' ').replace(/^\s*\d+(?:\.\d+)*\.?\s*/, '').replace(/\s+/g, ' ').trim();
  for (const p of paths) out.page(ctx, ctx.section.line, p.path, title || undefined);
}

function readStructure(doc: PrdDocument, ctx: SectionContext, body: string, hidden: boolean, reader: BlockReader, out: TaskCollector, trees: ExtractWatch['trees'] | undefined, fileRoutes: boolean, shared: DocumentCode): void {
  const section = ctx.section;
  const firstBody = firstBodyLine(section);
  let blocks: Block[];
  if (reader === 'remark' || (reader === 'auto' && needsRemark(body))) {
    // The body may have its guidance blanked: then its lines are read from it, not from the document.
    const blanked = hidden ? bodyLines(body) : undefined;
    const rawLine = (l: number) => (blanked && l >= firstBody ? blanked[l - firstBody]! : lineText(doc.text, doc.lineStarts, l - 1));
    // A plain-text outline's heading is not Markdown: only its body is parsed.
    const plain = section.style === 'plain';
    const head = plain ? '' : doc.text.slice(section.start, section.bodyStart);
    const sectionText = blanked || plain ? head + body : doc.text.slice(section.start, section.end);
    blocks = blocksFromTree(parseSectionMarkdown(sectionText, section.hash, trees), plain ? ctx.lineOffset + 1 : ctx.lineOffset, rawLine);
  } else {
    blocks = readBlocksFast(bodyLines(body), firstBody);
  }
  // Both readers leave Pandoc's grid tables, simple tables and definition lists as paragraphs.
  if (body.includes('+-') || mayContainPandocBlock(body)) blocks = pandocBlocks(blocks);
  readBlocks(blocks, ctx, out, fileRoutes, shared);
}

/** The document line of a section body's first line: after an ATX heading, after a setext heading's underline, or the preamble's own first. */
function firstBodyLine(section: PrdSection): number {
  return section.style === 'setext' ? section.line + 2 : section.level > 0 ? section.line + 1 : section.line;
}

/** The lines of a section body (which starts at a line start), without line endings. */
function bodyLines(body: string): string[] {
  const lines = body.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) if (lines[i]!.endsWith('\r')) lines[i] = lines[i]!.slice(0, -1);
  return lines;
}

/**
 * Tasks and rules from a section's blocks, whichever reader produced them.
 * @param fileRoutes the section may name route files (`mayContain` of file-routes.ts): its blocks are read for them too
 * @param document what the whole PRD's code sets for its blocks (a global route prefix, mounted routers, Rails models' enums)
 */
export function readBlocks(blocks: Block[], ctx: SectionContext, out: TaskCollector, fileRoutes = false, document: DocumentCode = NO_DOCUMENT_CODE): void {
  readFieldList(blocks, ctx, out);
  readNestedModels(blocks, ctx, out);
  readListedModels(blocks, ctx, out);
  // Outside a data section, what follows a paragraph that only labels models (`**Data contract (attached to Feature 4110):**`) is read as a data section's body.
  if (!ctx.model) {
    readTypedFieldList(blocks, ctx, out);
    for (const run of labelledRuns(blocks)) {
      const data = { ...ctx, model: true };
      readFieldList(run, data, out);
      readNestedModels(run, data, out);
    }
  }
  let previous: Block | undefined;
  // Paragraphs and list items in a row, read for rules together (a scenario may span items).
  let texts: TextBlock[] = [];
  // The items nested under a label item (`- Data models:`), and the list right under a label
  // paragraph (`Screens:`), are read as its topic's section reads them.
  // A bold paragraph of its own (`**What pages are there?**`, a FAQ's question) holds over the paragraphs after it, up to the next such one (`sticky`).
  let label: { indent: number; ctx: SectionContext; sticky?: boolean } | undefined;
  // The tasks the last code block gave, from this index on: a paragraph right below it may say which it only shows.
  let codeTasks = -1;
  let shared: SectionCode | undefined;
  // The list right under a paragraph that gives it up (`Future enhancements (not MVP):`, "The following are out of scope:") names nothing to build.
  let givenUp = false;
  // The indent of a list item that gives up the items nested under it (see givesUpItems).
  let upUnder: number | undefined;
  for (const block of blocks) {
    if (block.type !== 'text' && texts.length > 0) {
      readLabelledEndpoints(texts, ctx, out);
      readRuleBlocks(texts, ctx, out);
      texts = [];
    }
    if (block.type !== 'text') givenUp = false;
    if (block.type === 'code') {
      if (fileRoutes) readFileTree(block.lang, block.value, block.line, previous, ctx, out);
      const before = out.tasks.length;
      // An app's global route prefix (NestJS's `setGlobalPrefix('api')`) and lazily mounted route configs are often set in blocks of their own.
      shared ??= sectionCode(blocks.flatMap((b) => (b.type === 'code' ? [b.value] : [])), document);
      // Code that mounts its routes itself says where each one sits: a sentence that puts "everything" under a path sums it up loosely.
      // A mount read from code stated its prefix for the routes listed outside code: the code reader places code's own routes.
      const codeCtx = (ctx.apiPrefix?.whole && CODE_MOUNTS.test(block.value)) || ctx.apiPrefix?.fromCode ? { ...ctx, apiPrefix: undefined } : ctx;
      // A block whose file the paragraph right above names (`` `app/routers/specimens.py`: ``) is read as one whose first line names it.
      const named = namedFileAbove(previous, block.value);
      readCode(block.lang, named ? `${named}\n${block.value}` : block.value, named ? block.line - 1 : block.line, codeCtx, out, captionOf(previous, false), previous?.type === 'text' ? previous.lines[previous.lines.length - 1] : undefined, shared);
      // A table the paragraph above shows only for reference ("the existing `locations` table … is shown for reference") is not to be built.
      const asIs = previous?.type === 'text' && out.tasks.length > before ? shownAsIs(previous.lines) : undefined;
      if (asIs) dropModels(out, before, asIs);
      // "The web pages, in the same file:" over a block of routes: what it serves outside the API are pages (a server renders them).
      if (previous?.type === 'text' && !previous.listItem && out.tasks.length > before && paragraphTopic(previous.lines[previous.lines.length - 1]!) === 'page') routesAsPages(out, before, ctx);
      codeTasks = before;
    } else if (block.type === 'table') {
      // A table right under a label that gives it up (`**Removed**`, `**Unchanged** (already exist — …)`) names nothing to build.
      if (previous?.type === 'text' && !previous.listItem && previous.lines.length === 1 && givesUpList([previous.lines[0]!.replace(ASIDE, '')])) {
        previous = block;
        continue;
      }
      readTable(block.header, block.rows, ctx, out, block.caption ?? captionOf(previous));
      if (fileRoutes) for (const row of block.rows) readRouteFileRow(row.cells, row.line, ctx, out);
      readRuleRows(block.header, block.rows, ctx, out);
      for (const row of block.rows) readCellPages(row.cells, row.line, ctx, out);
    } else if (block.toggle !== undefined && LINE_OUT_OF_SCOPE.test(block.toggle)) {
      // The text of a toggle whose summary puts it out of scope (`<summary>Not in v1 — do not build</summary>`) names nothing to build.
      previous = block;
      continue;
    } else {
      const itemIndent = block.listItem ? block.lines[0]!.search(/\S/) : -1;
      if (upUnder !== undefined && itemIndent <= upUnder) upUnder = undefined;
      if (!block.listItem) givenUp = false;
      else if (previous?.type === 'text' && !previous.listItem) givenUp = givesUpList(previous.lines);
      // An item that labels the items under it as given up ("2. Ficam excluídos …, a contemplar em fase posterior:").
      if (block.listItem && upUnder === undefined && block.lines.length === 1 && givesUpItems(block.lines[0]!)) upUnder = itemIndent;
      if (givenUp || (upUnder !== undefined && itemIndent > upUnder)) {
        // Its rules are left out by readRuleBlocks, which reads the paragraph too.
        texts.push(block);
        previous = block;
        continue;
      }
      const indent = block.listItem ? block.lines[0]!.search(/\S/) : -1;
      const bold = !block.listItem && block.lines.length === 1 && BOLD_PARAGRAPH.test(block.lines[0]!);
      if (label && indent <= label.indent && !(label.sticky && !block.listItem && !bold)) label = undefined;
      const labelled = block.lines.length !== 1 ? undefined : block.listItem ? labelTopic(block.lines[0]!) : paragraphTopic(block.lines[0]!);
      // "so the customer side needs basically 3 screens:": a paragraph whose last sentence ends on its screens.
      const topic = labelled ?? (!block.listItem && LEADS_TO_SCREENS.test(block.lines[block.lines.length - 1]!) ? 'page' : undefined);
      // A label of screens ("Oberflächen, die gebaut werden:") in an API document: its list is of pages, not of endpoints without a method.
      // A bold label of models holds over its list only, as a label with a colon does.
      if (topic) label = { indent, ctx: { ...ctx, [topic]: true, ...(topic === 'page' ? { api: false } : {}) }, sticky: bold && topic === 'page' };
      // "`INVOICE` is shown for context only": a paragraph right below a block may say so too.
      const asIs = previous?.type === 'code' && !block.listItem && out.tasks.length > codeTasks ? shownAsIs(block.lines) : undefined;
      if (asIs) dropModels(out, codeTasks, asIs);
      // `Data models:` with its models outlined in the indented lines of the same paragraph.
      if (!block.listItem && block.lines.length > 3 && block.lines[1]!.startsWith(' ') && OUTLINE_LABEL.test(block.lines[0]!) && namesModelsLabel(block.lines[0]!.replace(/[ \t]*\([^()\n]*\)/g, ''))) readOutlineParagraph(block.lines.slice(1), block.line + 1, { ...ctx, model: true }, out);
      readTextLines(block.lines, block.line, block.listItem, paragraphPrefix(block.lines, label && !topic ? label.ctx : ctx), out);
      readEndpoints(block.lines, block.line, block.listItem, paragraphPrefix(block.lines, label && !topic ? label.ctx : ctx), out);
      if (fileRoutes) readRouteFileLines(block.lines, block.line, ctx, out);
      texts.push(block);
    }
    previous = block;
  }
  if (texts.length > 0) {
    readLabelledEndpoints(texts, ctx, out);
    readRuleBlocks(texts, ctx, out);
  }
}

/** A label line at the left margin, ending in its colon: what may head an outline in its paragraph's indented lines. */
const OUTLINE_LABEL = /^\S[^\n]*[:：][ \t]*$/;

/** A paragraph that is only a label: bold, or ending in its colon. */
const LABEL_PARAGRAPH = /^[ \t]*(?:(?:\*\*|__)[^\n]*(?:\*\*|__)[ \t]*[:：]?|[^\n]*[:：])[ \t]*$/;

/** A bold paragraph that is one name, as an entity's: `**SlipHold**`, `**Waitlist entry**:`. */
const BOLD_ENTITY = /^[ \t]*(?:\*\*|__)\p{Lu}[\p{L}\p{N}_]*(?: [\p{L}\p{N}_]+){0,2}(?:\*\*|__)[ \t]*[:：]?[ \t]*$/u;

/**
 * The runs of blocks each right after a paragraph that only labels models (`namesModelsLabel`, its
 * asides in parentheses left out), up to the next label paragraph.
 */
function labelledRuns(blocks: Block[]): Block[][] {
  const runs: Block[][] = [];
  let run: Block[] | undefined;
  for (const block of blocks) {
    const line = block.type === 'text' && !block.listItem && block.lines.length === 1 ? block.lines[0]! : undefined;
    // A bold entity's name under the label (`**SlipHold**` over its fields) is part of its run.
    if (line !== undefined && LABEL_PARAGRAPH.test(line) && !(run && BOLD_ENTITY.test(line))) {
      run = namesModelsLabel(line.replace(/[ \t]*\([^()\n]*\)/g, '')) ? [] : undefined;
      if (run) runs.push(run);
      continue;
    }
    run?.push(block);
  }
  return runs;
}

/** A source file's path in code marks: `` `app/routers/specimens.py` ``, `` `routes/api.php` `` (group 1, its extension in group 2). */
const SOURCE_FILE = /`((?:[\w.-]+\/)*[\w.-]+\.(py|rb|php|ts|tsx|js|jsx|mjs|go|java|kt|cs))`/g;

/**
 * The file a short paragraph right above a code block names as the block's ("`app/routers/specimens.py`:",
 * "Everything below lives in `routes/api.php`, which Laravel serves under `/api`"), as a comment line
 * of the block's language would name it (`# app/routers/specimens.py`); undefined when the block's
 * first line is a comment already, or the paragraph names no source file or several.
 */
function namedFileAbove(previous: Block | undefined, value: string): string | undefined {
  if (previous?.type !== 'text' || previous.listItem || previous.lines.length > 3 || !previous.lines.some((l) => l.includes('`'))) return undefined;
  const first = value.trimStart();
  if (first.startsWith('#') || first.startsWith('//') || first.startsWith('/*')) return undefined;
  const files = [...previous.lines.join(' ').matchAll(SOURCE_FILE)];
  if (files.length !== 1) return undefined;
  return `${files[0]![2] === 'py' || files[0]![2] === 'rb' ? '#' : '//'} ${files[0]![1]!}`;
}

/** The `GET` routes outside the API among the tasks collected from index `from` on, as pages (see readBlocks). */
function routesAsPages(out: TaskCollector, from: number, ctx: SectionContext): void {
  const pages: Array<{ line: number; route: string }> = [];
  for (let i = out.tasks.length - 1; i >= from; i--) {
    const t = out.tasks[i]!;
    if (t.kind !== 'api' || isApiPath(t.path) || t.methods.length === 0 || t.methods.some((m) => m !== 'GET')) continue;
    out.tasks.splice(i, 1);
    pages.unshift({ line: t.sources[0]!.line, route: t.path });
  }
  for (const p of pages) out.page(ctx, p.line, p.route, undefined);
}

/** Leave out the models named `names` among the tasks collected from index `from` on. */
function dropModels(out: TaskCollector, from: number, names: Set<string>): void {
  for (let i = out.tasks.length - 1; i >= from; i--) {
    const t = out.tasks[i]!;
    if (t.kind === 'model' && names.has(t.name)) out.tasks.splice(i, 1);
  }
}

/** Column headers of a requirements table: the column holding the rule, and the one holding its id. */
const H_RULE_TEXT = /^(?:requirements?|descriptions?|rules?|criteri(?:on|a)|acceptance criteria|(?:user )?stor(?:y|ies)|statement|details?|behaviou?r|requisitos?|descripci[oó]n|regla|exigence|r[eè]gle|anforderung|beschreibung|regel|deskripsi|persyaratan|kebutuhan|wymaganie|wymagania|opis|treść|gereksinim|açıklama|krav|beskrivning|regola|requisito|aturan|ketentuan|quy tắc|yêu cầu|mô tả|правило|требование|описание)$|需求|描述|说明|說明|规则|規則|ルール|要件|説明|内容|요구사항|설명|규칙|내용/;
/** A column header that names a row rather than states it: `要件名`, `需求名称`, `Requirement name`, `Title`. */
const H_REQUIREMENT_NAME = /(?:名|名称|名稱|标题|標題|タイトル|이름|제목|명)$|(?:^|\s)(?:name|title|titel|nombre|t[ií]tulo|titre|nom|nome|nama|judul|naam|nazwa|tytuł|başlık)$/;
/** Cells that label a row rather than say something: priorities, MoSCoW, yes/no, ticks, empty. */
const TABLE_NOISE = /^(?:p[0-4]|high|medium|low|critical|major|minor|must(?: have)?|should(?: have)?|could(?: have)?|won'?t(?: have)?|mvp|yes|no|n\/a|[-—–✓✔✗xX]|)$/i;
const H_RULE_ID = /^(?:id|ids|#|no\.?|nr\.?|n[°º]\.?|ref(?:erence)?|réf\.?|código|codigo|numer|kod|kode|numara|kimlik|kennung|nummer|identificador|identifiant|nomor|编号|編號|番号|번호|(?:req(?:uirement)?|rule|(?:user )?story|feature|criterion|ac|fr|nfr|use case|anforderungs?|requisito|requerimiento|exigence|wymagani[ae]|gereksinim|krav|要件|要求|需求|規則|规则|ルール|機能|功能|요구사항|요구 사항|기능)[ ._-]{0,2}(?:id|no\.?|nr\.?|#|编号|編號|番号|번호))$/;
/** H_RULE_TEXT's and H_RULE_ID's words in Arabic, Hebrew, Persian and Thai: `| الرقم | القاعدة |`, `| מזהה | דרישה |`, `| شناسه | قاعده |`, `| รหัส | ข้อกำหนด |`. */
const H_RULE_TEXT_AR_HE_FA_TH = /^(?:(?:ال)?قاعدة|(?:ال)?متطلب|(?:ال)?وصف|כלל|דרישה|תיאור|قاعده|قانون|نیازمندی|شرح|توضیحات|กฎ|ข้อกำหนด|ความต้องการ|คำอธิบาย|รายละเอียด)$/;
const H_RULE_ID_AR_HE_FA_TH = /^(?:(?:ال)?رقم|(?:ال)?معرف|(?:ال)?رمز|מזהה|מס['׳]?|מספר|شناسه|شماره|کد|รหัส|ลำดับ|เลขที่)$/;
/** A column that names the case a row's behaviour holds in: `Situation`, `Condition`, `Error`, `Scenario`, `Trigger`. */
const H_CONDITION = /^(?:situations?|conditions?|cases?|errors?|error cases?|scenarios?|triggers?|events?|when|failures?|edge cases?|input)$/;
/** A priority column: what only a list of requirements or stories ranks. */
const H_PRIORITY = /^(?:priority|prio|moscow|importance|moscow priority|prioridad|prioridade|priorité|priorität|priorytet|öncelik|prioritet|优先级|優先度|우선순위)$/;

/**
 * Rules from a table. In a requirements table (a requirement, story or description column, with an
 * id or priority column or in a requirements section) every row is a rule: its text cell, with the id from an id column.
 * Elsewhere a row is a rule when a cell holds a requirement keyword; cells of one or two words
 * (priorities, owners, ids) are left out of its text.
 */
function readRuleRows(header: string[], rows: Array<{ cells: string[]; line: number }>, ctx: SectionContext, out: TaskCollector): void {
  if (ctx.noRules) return;
  const headers = header.map((h) => h.replace(/[*_`]/g, '').trim().toLowerCase());
  const idCol = headers.findIndex((h) => H_RULE_ID.test(h) || H_RULE_ID_AR_HE_FA_TH.test(h));
  const priorityCol = headers.findIndex((h) => H_PRIORITY.test(h));
  // `| ID | As a… | I want to… | So that… |`: each row is one user story, its parts joined as the headers say them.
  const story = storyColumns(header);
  // `要件ID` names the id column, not the requirement's: the text column is another one.
  // `| 要件ID | 要件名 | 内容 |`: a column that names the requirement is its title; the text is the column that says it.
  const textCols = story ? [] : headers.flatMap((h, i) => (i !== idCol && (H_RULE_TEXT.test(h) || H_RULE_TEXT_AR_HE_FA_TH.test(h)) ? [i] : []));
  let textCol = textCols.find((i) => !H_REQUIREMENT_NAME.test(headers[i]!)) ?? textCols[0] ?? -1;
  // A requirements list by its id column (in a requirements section, or with a priority column too)
  // whose text column has a phrase for a header ("What the system must do"): the column of sentences.
  if (textCol === -1 && idCol !== -1 && (ctx.rules || priorityCol !== -1) && !headers.some((h) => H_STRUCTURE.test(h))) textCol = wordiestColumn(rows, [idCol, priorityCol]);
  const requirementsTable = story !== undefined || (textCol !== -1 && (ctx.rules || idCol !== -1 || priorityCol !== -1));
  // The first column is a row's status only in a requirements table that heads it so; elsewhere it names what the row is about (`| Deferred | meaning |`).
  const statusFirst = requirementsTable && (H_PRIORITY.test(headers[0] ?? '') || H_STATUS.test(headers[0] ?? ''));
  const notesCols = requirementsTable ? headers.flatMap((h, i) => (i !== textCol && H_STORY_NOTES.test(h) ? [i] : [])) : [];
  // `| Situation | Behaviour |`: the behaviour holds in the situation its row names, which opens the rule's text.
  const conditionCol = requirementsTable && !story ? headers.findIndex((h, i) => i !== textCol && i !== idCol && H_CONDITION.test(h)) : -1;
  for (const row of rows) {
    // A MoSCoW column ranks the row: "Won't" is not to be built, "Should" and "Could" are softer than "Must".
    const rank = priorityCol !== -1 ? MOSCOW.exec((row.cells[priorityCol] ?? '').replace(/[*_`]/g, '').trim()) : null;
    if (rank?.[4] !== undefined) continue;
    if (!requirementsTable && !row.cells.some((c) => mayContainRule(c))) continue;
    // A row marked `Deferred`, `Out of scope`, `Cut`, `Zurückgestellt`, `対象外` in a column of its own is kept for the record, not to be built.
    if (row.cells.some((c, i) => i !== textCol && (i > 0 || statusFirst) && notNowCell(c))) continue;
    const level = rank?.[1] ? 'must' : rank?.[2] ? 'should' : rank?.[3] ? 'may' : requirementsTable ? levelCell(row.cells, textCol) : undefined;
    // Without an id column, any id-like cell but a priority (`P0` looks like `R1`).
    const id = idCol !== -1 ? idCell(row.cells[idCol] ?? '') : row.cells.map((c) => (TABLE_NOISE.test(c.replace(/[*_`]/g, '').trim()) ? undefined : idCell(c))).find((c) => c !== undefined);
    if (requirementsTable) {
      let text = story ? storyText(row.cells, story) : (row.cells[textCol] ?? '');
      const condition = conditionCol !== -1 ? (row.cells[conditionCol] ?? '').trim() : '';
      if (condition !== '' && text.trim() !== '') text = `${condition.replace(/[:：.]$/, '')}: ${text.trim()}`;
      // Confluence's `| # | Title | User Story | Importance | Notes |`: the story says who wants what, a notes cell that is a sentence states its rule.
      if (!story && notesCols.length > 0 && isStory(text)) for (const c of notesCols) if (statementCell(row.cells[c] ?? '')) text = `${text.trim().replace(/[.。]?$/, '.')} ${row.cells[c]!.trim()}`;
      if (text.trim() !== '') readRules([text], row.line, ctx, out, { item: true, id, level });
      continue;
    }
    const text = row.cells.filter((c) => !TABLE_NOISE.test(c.replace(/[*_`]/g, '').trim()) && idCell(c) === undefined).join(' — ');
    if (text !== '') readRules([text], row.line, ctx, out, { item: ctx.rules, id });
  }
}

/**
 * A column of notes beside a requirements table's text: what it adds to a user story may be the rule
 * itself. Not tables.ts's H_NOTES (a field table's notes column): rules and acceptance are here, descriptions are a requirement's text.
 */
const H_STORY_NOTES = /^(?:notes?|comments?|remarks?|(?:business )?rules?|constraints?|acceptance(?: criteria)?|details?)$/;

/** A cell that states something in a sentence of four words or more: no question, no link alone, no label. */
function statementCell(cell: string): boolean {
  const t = cell.trim();
  return t.length > 15 && /[.。]$/.test(t) && !t.includes('?') && !t.includes('://') && t.split(/\s+/).length >= 4;
}

/** A status column: its cell may say the row is not to be built (`notNowCell`). */
const H_STATUS = /^(?:status|scope|release|phase|stage|decision|horizon|target|estado|situação|statut|stato|stand|区分|状態|ステータス|状态|狀態|상태)$/;

/**
 * The level a cell of the row gives its requirement, written as a word of its own in the PRD's
 * language (`Muss`, `Soll`, `Kann`, `必須`, `推奨`, `任意`, `Obligatorio`); undefined for any other cell.
 */
function levelCell(cells: readonly string[], textCol: number): RuleLevel | undefined {
  for (let i = 0; i < cells.length; i++) {
    if (i === textCol) continue;
    const c = cells[i]!;
    if (c.length > 20) continue;
    const m = LEVEL_CELL.exec(c);
    if (m) return m[1] ? 'must' : m[2] ? 'should' : 'may';
  }
  return undefined;
}
const LEVEL_CELL = /^[*_`\s]*(?:(muss|pflicht|obligatorio|obligatoria|obrigatório|obrigatória|obligatoire|obbligatorio|verplicht|wajib|obowiązkowe|zorunlu|обязательно|bắt buộc|必須|必须|必需|필수)|(soll|sollte|recomendado|recomendable|recommandé|raccomandato|aanbevolen|zalecane|önerilen|желательно|nên có|推奨|推荐|推薦|권장)|(kann|opcional|optionnel|facultatif|opzionale|optioneel|opsional|opcjonalne|isteğe bağlı|опционально|tùy chọn|任意|可选|可選|선택))[*_`\s]*$/i;

/** MoSCoW values of a priority cell: must, should, could, won't (captured in that order). */
const MOSCOW = /^(?:(must)|(should)|(could|nice)|(won'?t|will not|wont))(?:[- ]?(?:to[- ])?have)?$/i;
/** Headers of a table about structure (endpoints, fields, screens): its wordy column is notes, not rules. */
const H_STRUCTURE = /\b(?:method|path|endpoint|route|url|field|type|column|screen|page)s?\b/;

/**
 * The headers of a user-story table's parts: who (`As a…`, `Als`, `En tant que`, `Como`), what they
 * want (`I want to…`, `Ich möchte`, `Je veux`, `Quiero`) and, optionally, why (`So that…`, `Damit`,
 * `Afin de`, `Para que`). A `Role` column alone is a permissions table's, no story's.
 */
const H_STORY_WHO = /^(?:as (?:an?|the)(?:\s*\(n\))?|als(?: eine?)?|en tant que|como(?: una?)?|sebagai)$/i;
const H_STORY_WANT = /^(?:i (?:want|need|would like|'d like)(?: to)?|ich (?:möchte|will)|je (?:veux|souhaite)|(?:eu )?quero|quiero|saya (?:ingin|mau))$/i;
const H_STORY_WHY = /^(?:so that|in order to|damit|afin (?:de|que)|para que|para|agar|sehingga)$/i;

/** The columns of a user-story table (who and what they want at least, in that order, then why), each with its header's words; undefined for any other table. */
function storyColumns(header: readonly string[]): Array<{ at: number; words: string }> | undefined {
  const words = header.map((h) => h.replace(/[*_`]/g, '').trim().replace(/\s*(?:…|\.{3}|[:：])$/, ''));
  const who = words.findIndex((w) => H_STORY_WHO.test(w));
  const want = words.findIndex((w) => H_STORY_WANT.test(w));
  if (who === -1 || want <= who) return undefined;
  const why = words.findIndex((w) => H_STORY_WHY.test(w));
  return [who, want, ...(why > want ? [why] : [])].map((at) => ({ at, words: words[at]! }));
}

/** A story table's row as one sentence: "As a store manager, I want to set a threshold, so that …" (a row with one part only says nothing). */
function storyText(cells: readonly string[], story: ReadonlyArray<{ at: number; words: string }>): string {
  const parts = story.filter((c) => (cells[c.at] ?? '').trim() !== '').map((c) => `${c.words} ${cells[c.at]!.trim()}`);
  return parts.length < 2 ? '' : parts.map((p, i) => (i === 0 || /^I\b/.test(p) ? p : p.charAt(0).toLowerCase() + p.slice(1))).join(', ');
}

/** The column whose cells hold the most words (four on average at least), leaving out `skip`; -1 if none. */
function wordiestColumn(rows: ReadonlyArray<{ cells: string[] }>, skip: number[]): number {
  let best = -1;
  let bestWords = 4 * rows.length;
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  for (let c = 0; c < width; c++) {
    if (skip.includes(c)) continue;
    let words = 0;
    for (const r of rows) {
      const cell = (r.cells[c] ?? '').trim();
      if (cell === '') continue;
      words += cell.split(/\s+/).length;
      // CJK text has no spaces between its words: two characters count as one word.
      if (/[\u3040-\u9fff\uac00-\ud7af]/.test(cell)) words += Math.floor((cell.match(/[\u3040-\u9fff\uac00-\ud7af]/g)?.length ?? 0) / 2);
    }
    if (words >= bestWords) {
      best = c;
      bestWords = words + 1;
    }
  }
  return best;
}

/** A paragraph that is only bold text: a run-in heading (`**What pages are there?**`). */
const BOLD_PARAGRAPH = /^[ \t]*(?:\*\*|__)[^*_\n]{2,80}(?:\*\*|__)[ \t]*$/;

/** A note in parentheses after a label: `**Unchanged** (already exist — listed for context)`. */
const ASIDE = /[ \t]*[(（][^()（）\n]*[)）]/g;

/** Code that mounts routers or sets a prefix itself: Django's `include(`, FastAPI's `include_router`, Express's `.use(`, NestJS's `setGlobalPrefix`. */
const CODE_MOUNTS = /include_router|register_blueprint|\.use\(|\.mount\(|\binclude\(|setGlobalPrefix|\bprefix\s*[=:]/;

/**
 * A one-line paragraph right above a table that names it: `**Book**`, `` `books` table: ``,
 * `Entity: Loan`, or above a table only, a bold name described (`**Suspension** — created when …`).
 * Other sentences are not captions.
 */
function captionOf(block: Block | undefined, described = true): string | undefined {
  if (!block || block.type !== 'text' || block.listItem) return undefined;
  // A bold name described over a few lines (`**Mission** — `status` is one of …,` / `… until it ends.`) is read as one line.
  const lines = block.lines.length === 1 ? 1 : block.lines.length <= 3 && block.lines[0]!.trimStart().startsWith('**') ? block.lines.length : 0;
  if (lines === 0) return undefined;
  let line = lines === 1 ? block.lines[0]!.trim() : block.lines.map((l) => l.trim()).join(' ');
  // `**Product** — each product has:`: a bold name, then a few words that lead in to the table.
  const named = line.startsWith('**') && line.endsWith(':') ? NAMED_LEAD_IN.exec(line) : null;
  if (named) return named[1];
  // `**Suspension** — created when an application is approved.`: a bold name, a dash, then what it is.
  // One that ends with a colon leads in to the table: NAMED_LEAD_IN's, or a note when it is long.
  // Over a table only: a sentence that does not lead in says nothing of the example in a code block below it,
  // unless it says it is one (`**Robot** — example record.`) or speaks of its fields (`**Mission** — `status` is one of …`).
  const namedDescribed = line.startsWith('**') && (described || saysExample(line) || CODE_FIELD.test(line)) && !line.endsWith(':') && !line.endsWith('：') ? NAMED_DESCRIBED.exec(line) : null;
  if (namedDescribed && !CAPTION_LABEL.test(namedDescribed[1]!.replace(/\s*[(（].*$/, ''))) return namedDescribed[1];
  if (lines > 1) return undefined;
  // "Data to capture for each Loan:": the thing after "for each", when nothing follows the colon.
  const each = forEachNamed(line);
  if (each && line.slice(each.rest).trim() === '') return each.name;
  // "A **Refund** record has:", "Each booking holds the following fields:": the name before the verb.
  const held = line.endsWith(':') || line.endsWith('：') ? line.replace(HOLDS_TAIL, '') : line;
  if (held !== line) line = held.replace(/^(?:each|every|an?|the)\s+/i, '');
  // `**Shift** (table `shift`, a mirror of the rota, read-only for users)`: a bold name and a note of any length.
  const noted = line.startsWith('**') || line.startsWith('__') ? BOLD_THEN_NOTE.exec(line) : null;
  if (noted) return noted[1];
  // "Table 2: `listings` — one row per physical copy": a numbered table caption, then the table's name in code marks.
  const numbered = line.includes('`') ? NUMBERED_TABLE_CAPTION.exec(line) : null;
  if (numbered) return numbered[1];
  // "Bike record as the control room sees it:": a name in code case, a word for a record, then what it is.
  const record = line.endsWith(':') || line.endsWith('：') ? NAMED_RECORD_LEAD.exec(line) : null;
  if (record) return record[1];
  if (line.length > 60 || /[.!?。]$/.test(line) || line.split(/\s+/).length > 4) return undefined;
  return line.replace(/[:：]\s*$/, '');
}

/** `Table 1: \`textbooks\` — …`, `**Table 3.2** — \`offers\``, `New table \`streak_freezes\`:`: a numbered or new table's caption and the name in code marks after it (group 1). */
const NUMBERED_TABLE_CAPTION = /^(?:\*\*|__)?(?:(?:table|entity|model|tabla|tabela|tableau|tabelle|tabella|entidad|entidade|entité|entität)\s+[\dA-Z]+(?:\.\d+)*[.:]?(?:\*\*|__)?\s*[:：.—–-]|(?:new|one new|a new|the new)\s+(?:table|entity|model|collection)(?:\*\*|__)?\s*[:：—–-]?)\s*`([A-Za-z_][\w]*)`(?:\s*[:：]\s*$|\s*[—–(-]|\s*$)/i;
/** A name with a capital, then "record", "entity", "table", "row" or "fields", then a few words and a colon ("Ingredient fields, since …:"; group 1 the name). */
const NAMED_RECORD_LEAD = /^(\p{Lu}[\p{L}\p{N}]*)\s+(?:(?:record|entity|table|object|row|document)s?|fields|columns|attributes|schema)(?:,?\s+[^.!?:：]{1,80})?[:：]$/u;
/** A bold name, then only a note in parentheses (group 1 the name). */
const BOLD_THEN_NOTE = /^(?:\*\*|__)([^*_\s][^*_]{0,40}?)(?:\*\*|__)\s*\((?:[^()\n]|\([^()\n]*\))*\)\s*[:：]?$/;

/**
 * A bold name, a dash, then at most six words and a colon: `**Product** — each product has:`, maybe
 * after a sentence that says what it is (`**Species** — cached from the taxonomy. A record looks like:`).
 * The name in group 1.
 */
const NAMED_LEAD_IN = /^\*\*([\p{Lu}][\p{L}\p{N}_]*)\*\*\s*[—–-]\s*(?:[^.:!?\n]{1,80}\.\s+)?(?:[\p{L}\p{N}]+\s+){0,5}[\p{L}\p{N}]+\s*:$/u;

/** A field's name in code marks: `finishedAt`, `status`. */
const CODE_FIELD = /`[a-z_$][\w$]*`/;

/**
 * A bold name, then a long dash and what it is (`**Suspension** — created when …`): the name in group 1.
 * The name may follow a requirement id and be glossed in parentheses, as data requirements write it in
 * a language of their own (`**DAR-001 습득물(LostItem)** — 시스템은 …`, `**Lieferung (Delivery)** — …`).
 */
const NAMED_DESCRIBED = /^\*\*(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d+(?:\.\d+)*\s+)?([\p{Lu}][\p{L}\p{N}_]*|[\p{L}][\p{L}\p{N}_ ]{0,30}?\s*[(（][\p{Lu}][\p{L}\p{N}_]*[)）])\*\*\s*[—–]\s+\S/u;
/** Bold words that label a remark, not a thing: `**Note** — …`. */
const CAPTION_LABEL = /^(?:note|nota|hinweis|remarque|opmerking|uwaga|not|nb|important|warning|caution|tip|hint|info|example|remark|update|summary|context|background)$/i;

const LIST_ITEM = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+/;

/** The blocks of a section with no structure: paragraphs and list items split on blank lines and markers. */
function plainBlocks(body: string, section: PrdSection): TextBlock[] {
  const firstBody = firstBodyLine(section);
  const lines = bodyLines(body);
  let block: string[] = [];
  let blockStart = firstBody;
  const blocks: TextBlock[] = [];
  const flush = () => {
    if (block.length > 0) blocks.push({ lines: block, line: blockStart, listItem: LIST_ITEM.test(block[0]!) });
    block = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = firstBody + i;
    const text = lines[i]!;
    if (text.trim() === '' || LIST_ITEM.test(text)) {
      flush();
      blockStart = l;
      if (text.trim() === '') {
        blockStart = l + 1;
        continue;
      }
    }
    block.push(text);
  }
  flush();
  return blocks;
}
