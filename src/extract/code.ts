import { parse as parseYaml } from 'yaml';
import { netBraces } from '../strings.js';
import type { ApiBody, HttpMethod, ModelField } from '../types.js';
import { bodyType, type ApiBodies } from './bodies.js';
import { classLanguage, readClassBlocks, readClassDiagram } from './classes.js';
import { blockEnums, NOT_A_MODEL_NOTE, readDeclBlocks, withAlias, withCommentValues, withEnums } from './decl-blocks.js';
import type { SectionContext } from './context.js';
import { LINE_OUT_OF_SCOPE } from './context.js';
import { isLocalHost } from './doc-scope.js';
import type { TaskCollector } from './collector.js';
import { patternViewMethods, registeredRoutes } from './drf.js';
import { readHandlerFile } from './file-routes.js';
import { literalUnion, normalizeFieldType, notedField, notedType, readSideNotes, readTypeText, readsAsType } from './field-types.js';
import { codeFieldList, ID_FIELD, parseFieldItem } from './fields.js';
import { railsEnums, readDrizzleTables, readEctoSchemas, readJsSchemas, readKnexMigration, readLaravelMigration, readRailsMigration } from './schemas.js';
import { firstKeyLines, firstLinesContaining, firstNameEntryLines } from './line-index.js';
import { captionModelName, codeNameIn, modelNameFromHeading, normalizeModelName, shapesCall } from './names.js';
import { goesOut, HTTP_METHODS, isApiPath, methodsIn, normalizeApiPath, normalizeCalledPath, normalizeMethod, SERVED_TEMPLATE } from './paths.js';
import { gherkinWords, readGherkin } from './gherkin.js';
import { djangoPrefix, frameworkRoutes, joinRoute, NO_SECTION_CODE, routerAliases, routerPlaces, routerPrefix, type RouterPlace, type SectionCode } from './framework-routes.js';
import { mayContainZod, readZodSchemas } from './zod.js';
import { readBraceSketch } from './prose.js';

/** The method (group 1), an optional host or host variable, the path (group 2) and an optional HTTP version, from the line start. */
const REQUEST_START = String.raw`^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(?:https?:\/\/[^\s/]+|\{\{[^{}\s]+\}\}|\$\{?[A-Za-z_]\w*\}?)?(\/\S*)(?:\s+HTTP\/[\d.]+)?`;
/** A note after the path: after an arrow, `#`, `//` or `--`. */
const REQUEST_NOTE = String.raw`(?:(?:->|→|=>|#|\/\/|--)(?:\s.*)?)?`;
/**
 * `GET /api/x`, `POST https://host/api/x HTTP/1.1`, `GET {{host}}/api/x` (an `.http` file's variable),
 * `DELETE $BASE/api/x/{id}`, with an optional note after an arrow, `#`, `//` or `--`
 * (`POST /api/jobs   -> 202 Accepted`).
 */
const REQUEST_LINE = new RegExp(`${REQUEST_START}\\s*${REQUEST_NOTE}$`);
/** REQUEST_LINE, or one with a description after two spaces or a tab: a line of a block that lists calls. */
const LISTED_REQUEST = new RegExp(`${REQUEST_START}(?:\\s*${REQUEST_NOTE}|(?: {2,}|\\t)\\S.*)$`);
/** LISTED_REQUEST, or one whose description follows after one space: a long path that overran its listing's column (`POST /api/x/:id/retry replay it`). */
const OVERRUN_REQUEST = new RegExp(`${REQUEST_START}(?:\\s*${REQUEST_NOTE}|\\s+\\S.*)$`);
/**
 * Read a fenced code block by its language or, when it has none, by its shape: `http` request
 * lines, OpenAPI `paths:` (YAML or JSON), Prisma `model`, TypeScript `interface`/`type`,
 * SQL `CREATE TABLE`, GraphQL `type`. Any other code (shell, examples, config) yields nothing:
 * a route inside a curl example is not a declaration.
 * @param firstLine document line of the first line of `value`
 * @param caption a short caption right above the block (see `captionOf`): the model an example shows
 * @param lead the last line of the paragraph right above the block ("Airflow settings (not an entity):")
 */
export function readCode(lang: string, value: string, firstLine: number, ctx: SectionContext, out: TaskCollector, caption?: string, lead?: string, routing: SectionCode = NO_SECTION_CODE): void {
  // A fence marked as plain text (`text`, `txt`, `plain`) says no more than one without a language.
  const l = PLAIN_TEXT.test(lang) ? '' : lang.toLowerCase();
  const lines = value.split('\n');
  if (l === '' && ctx.page && !ctx.api) {
    const routes = routeMap(lines);
    if (routes) {
      for (const r of routes) out.page(ctx, firstLine + r.index, r.route, r.title);
      return;
    }
  }
  if (l === '' && !ctx.api && (value.includes('(/') || /\][^\S\n]+\//.test(value))) {
    const places = screenSketch(lines);
    if (places) {
      for (const r of places) out.page(ctx, firstLine + r.index, r.route, r.title);
      return;
    }
  }
  // `Route { id, wall, … }` over a line or several, one model each: shapes sketched in braces.
  if (l === '' && value.includes('{') && readBraceSketch(lines, firstLine, ctx, out)) return;
  // Route code that is there already and stays as it is declares nothing to build.
  const existing = existingCode(lead, lines);
  // Django's `urlpatterns`: the pages of the site, under a screens heading or named as url patterns.
  if (!existing && (l === '' || PYTHON.test(l)) && value.includes('path(') && (ctx.page || ctx.api || value.includes('urlpatterns'))) readDjangoPaths(lines, firstLine, ctx, out, djangoPrefix(lines, routing.djangoIncludes) ?? leadPrefix(lead), routing.apiViews);
  if (!existing && JS_LANGS.test(l) && value.includes('export') && value.trimStart().startsWith('//')) readHandlerFile(value, firstLine, ctx, out);
  // DRF router registrations: the routes of the viewsets the PRD describes.
  if (!existing && (l === '' || PYTHON.test(l)) && routing.viewSets.size > 0 && value.includes('.register')) {
    for (const r of registeredRoutes(lines, routing.viewSets, djangoPrefix(lines, routing.djangoIncludes))) if (!COMMENT_LINE.test(lines[r.index]!) && !LINE_OUT_OF_SCOPE.test(lines[r.index]!)) out.api(ctx, firstLine + r.index, r.path, r.methods);
  }
  // Route declarations of a web framework (`router.post('/x', …)`, `@app.get("/x")`, Rails `get '/x'`)
  // under an API or routes heading: the endpoints the code is to serve. Elsewhere ("Implementation
  // notes") such code is an example. The block may define models too: it is read on.
  // A framework's route file (a Spring controller, Laravel's routes, ASP.NET's minimal APIs, a Phoenix
  // router, React Router's config): each route with the prefixes its class, group or scope gives it.
  // A route file's own marks (a class's `@RequestMapping`, `@Controller`, a router's `scope … do`,
  // `option (google.api.http)`) say what it is under any heading; a frontend's client calls count
  // under an API or screens heading only.
  const routesHere = ctx.api || ctx.page || ROUTING_TITLE.test(ctx.section.title);
  const routeFile = !existing && (routesHere || !shownOnly(ctx));
  const declared = routeFile && FRAMEWORK_LANGS.test(l) ? frameworkRoutes(value, lines, routing, routesHere) : undefined;
  if (declared) {
    for (const r of declared) {
      // A declaration commented out (`// tickets.MapDelete("/{id}", …)`, `# get "/x", C, :a`) is not served.
      if (COMMENT_LINE.test(lines[r.index]!) || LINE_OUT_OF_SCOPE.test(lines[r.index]!) || internalNote(lines[r.index]!)) continue;
      if (r.page) {
        if (!isApiPath(r.path)) out.page(ctx, firstLine + r.index, r.path, undefined);
      } else out.api(ctx, firstLine + r.index, r.path, r.methods);
    }
  } else if (!existing && (ctx.api || ctx.page || (routeFile && MAKES_ROUTER.test(value))) && ROUTE_LANGS.test(l) && ROUTE_SIGNAL.test(value)) {
    readRouteDeclarations(lines, firstLine, ctx, out, routing.routers);
  }
  // `curl` calls to the PRD's own API host under an API heading, or one of its docs' ("Usage", "Quick start"): the endpoints as its docs show them.
  if ((l === '' || SHELL.test(l)) && (ctx.api || (!ctx.page && USAGE_TITLE.test(ctx.section.title))) && ctx.ownHosts && ctx.ownHosts.size > 0 && value.includes('curl') && readCurlCalls(lines, firstLine, ctx, out)) return;
  if (l === '' && isHttpMessage(lines)) {
    // Only the request line: the body after the headers is an example payload.
    const i = lines.findIndex((x) => x.trim() !== '');
    const m = REQUEST_LINE.exec(lines[i]!)!;
    const path = LINE_OUT_OF_SCOPE.test(lines[i]!) || foreignCall(lines[i]!, ctx) ? undefined : normalizeCalledPath(m[2]!);
    if (path) out.api(ctx, firstLine + i, path, [m[1] as HttpMethod]);
    return;
  }
  // What `rails routes` prints: the routes the app serves.
  if ((l === '' || SHELL.test(l)) && value.includes('#') && isRoutesOutput(lines)) {
    lines.forEach((text, i) => {
      const m = ROUTES_OUTPUT_LINE.exec(text);
      const path = m ? normalizeApiPath(m[2]!) : undefined;
      if (path) out.api(ctx, firstLine + i, path, [m![1] as HttpMethod]);
    });
    return;
  }
  // The annotate gem's schema comment over a Rails model (`# Table name: orders`), wherever the block stands.
  if ((l === '' || RUBY.test(l)) && value.includes('Table name') && readAnnotatedTables(lines, firstLine, ctx, out)) return;
  // A list of calls, one a line, each maybe with a description after a gap (`POST  /api/bills   create from a receipt`).
  // Every line a call (two at least when each has a description): `GET    /api/outlet    daftar outlet terdekat`.
  // A line whose description follows after one space (OVERRUN_REQUEST) belongs to a listing that two gapped lines at least make.
  const listed = l === '' && lines.every((x) => x.trim() === '' || OVERRUN_REQUEST.test(x) || x.trim().startsWith('#'));
  const gapped = listed ? lines.filter((x) => LISTED_REQUEST.test(x)).length : 0;
  const overrun = listed && lines.some((x) => x.trim() !== '' && !x.trim().startsWith('#') && !LISTED_REQUEST.test(x));
  const listing = listed && (gapped >= 2 || (!overrun && lines.some((x) => REQUEST_LINE.test(x))));
  if (/^(?:http|https|rest|api|endpoints?)$/.test(l) || listing) {
    lines.forEach((text, i) => {
      // OVERRUN_REQUEST reads every line REQUEST_LINE and LISTED_REQUEST read, and a description after a space besides.
      const m = (listing ? OVERRUN_REQUEST : REQUEST_LINE).exec(text);
      if (!m || LINE_OUT_OF_SCOPE.test(text) || foreignCall(text, ctx)) return;
      // A method before the path: a data file it ends in is the endpoint's (`GET /api/episodes/:id/chapters.json`).
      const path = normalizeCalledPath(m[2]!);
      if (path) out.api(ctx, firstLine + i, path, [m[1] as HttpMethod]);
    });
    return;
  }
  // A task list whose items are calls (`  - GET    /preorders/batches   # open batches`), as a PRP's "List of tasks" writes them.
  if ((l === '' || l === 'yaml' || l === 'yml') && LISTED_CALL_SIGNAL.test(value) && readListedCalls(lines, firstLine, ctx, out)) return;
  // A `.feature` file's scenarios are acceptance criteria wherever the PRD puts them.
  const gherkin = l === '' || !ROUTE_LANGS.test(l) ? gherkinWords(l, lines) : undefined;
  if (gherkin) {
    readGherkin(lines, gherkin, firstLine, ctx, out);
    return;
  }
  // An OpenAPI document, or a piece of its `paths` quoted on its own (a block that starts with a path key: `  /api/firings:`).
  if ((/^(?:ya?ml|json|openapi|swagger)$/.test(l) || l === '') && (/"paths"\s*:|(?:^|\n)\s*paths\s*:/.test(value) || PATHS_PIECE.test(value))) {
    readOpenApi(value, lines, firstLine, ctx, out);
    return;
  }
  if (/^(?:ya?ml|json|jsonc)$/.test(l) && (ctx.model || COLLECTION_LINE.test(value))) {
    if (isConfiguration(ctx, lead)) return;
    const doc = parseData(value);
    const own = ctx.model && readSchemaDocument(doc, firstLine, ctx, out, caption);
    if (!readSchemaBlock(doc, lines, firstLine, ctx, out) && !own && ctx.model && /^(?:json|jsonc)$/.test(l)) readExampleRecord(doc, firstLine, ctx, out, caption, lead);
    return;
  }
  if (l === '' && ctx.model && (value.trimStart().startsWith('{') || YAML_COLLECTION_START.test(value))) {
    if (isConfiguration(ctx, lead)) return;
    const doc = parseData(value);
    const own = readSchemaDocument(doc, firstLine, ctx, out, caption);
    // Without a language, only a collection key (`entities:`) says the block lists models: any other JSON object is an example record.
    if (!readSchemaBlock(doc, lines, firstLine, ctx, out, false) && !own && value.trimStart().startsWith('{')) readExampleRecord(doc, firstLine, ctx, out, caption, lead);
    return;
  }
  if ((l === '' || JS_LANGS.test(l)) && ctx.model && COMMENTED_OUTLINE_START.test(value)) {
    const models = commentedModels(lines);
    if (models) {
      for (const m of models) out.model(ctx, firstLine + m.index, m.name, m.fields);
      return;
    }
  }
  if (l === '' && ctx.model && OUTLINE_START.test(value)) {
    const models = outlineModels(lines);
    if (models) {
      for (const m of models) out.model(ctx, firstLine + m.index, m.name, m.fields);
      return;
    }
  }
  // Models listed one a line, each name then its fields after a gap (`Vehicle        id, vin, plate, odometerKm: int`).
  if (l === '' && LISTED_MODELS_START.test(value)) {
    const models = modelsOneALine(lines, ctx.model);
    if (models) {
      for (const m of models) out.model(ctx, firstLine + m.index, m.name, m.fields);
      return;
    }
  }
  // Models sketched as object types under their bare names (`Piece {` … `}`, `Kiln { id: string, name: string }`).
  if (l === '' && value.includes('{') && BARE_DECLARATION.test(value) && isBareDeclarationBlock(lines)) {
    readDeclBlocks(lines, firstLine, BARE_DECLARATION, withCommentValues(tsField), ctx, out, { fieldsOnly: true });
    return;
  }
  if (l === 'prisma' || ((l === '' || l === 'js' || l === 'ts') && /^\s*model\s+\w+\s*\{/m.test(value))) {
    readDeclBlocks(lines, firstLine, /^\s*model\s+([A-Za-z_]\w*)\s*\{/, withEnums(prismaField, blockEnums(value)), ctx, out);
    return;
  }
  // Tables a web framework's code declares: Rails and Laravel migrations, Ecto schemas, Mongoose and Sequelize models.
  if ((l === '' || RUBY.test(l)) && value.includes('create_table') && readRailsMigration(lines, firstLine, ctx, out, value.includes('enum') ? railsEnums(lines) : undefined, routing.modelEnums)) return;
  if ((l === '' || l === 'php') && value.includes('Schema::create') && readLaravelMigration(lines, firstLine, ctx, out)) return;
  if ((l === '' || /^(?:elixir|ex|exs)$/.test(l)) && value.includes('schema "') && readEctoSchemas(lines, firstLine, ctx, out)) return;
  if ((l === '' || JS_LANGS.test(l)) && /\bSchema\s*(?:<[^>()]*>)?\(|\.define\(|\.init\(/.test(value)) readJsSchemas(value, firstLine, ctx, out);
  if ((l === '' || JS_LANGS.test(l)) && /(?:pg|mysql|sqlite|singlestore)Table\(/.test(value)) readDrizzleTables(value, firstLine, ctx, out);
  if ((l === '' || JS_LANGS.test(l)) && value.includes('.createTable(')) readKnexMigration(lines, firstLine, ctx, out);
  // zod object schemas (`export const Order = z.object({ … })`), maybe beside interfaces in the same block.
  if ((l === '' || /^(?:ts|typescript|tsx|js|javascript|jsx|mts|cts)$/.test(l)) && mayContainZod(value)) readZodSchemas(lines, firstLine, ctx, out);
  if (/^(?:ts|typescript|tsx|js|javascript|jsx|mts|cts)$/.test(l) || (l === '' && /^\s*(?:export\s+)?(?:interface\s+\w+|type\s+\w+\s*=\s*\{)/m.test(value))) {
    const field = withCommentValues(withEnums(tsField, new Map([...blockEnums(value), ...typeAliases(lines)])));
    readDeclBlocks(lines, firstLine, /^\s*(?:export\s+)?(?:declare\s+)?(?:interface\s+([\p{L}_$][\p{L}\p{N}_$]*)(?:\s*<[^>]*>)?(?:\s+extends\s+[^{]+)?\s*\{|type\s+([\p{L}_$][\p{L}\p{N}_$]*)\s*=\s*\{)/u, field, ctx, out);
    // Entity classes (TypeORM, TypeGraphQL, Mongoose): a class only when an entity decorator stands over it, or its members are validated (a DTO).
    const entities = value.includes('@') && value.includes('class') ? entityClasses(lines, modelNameFromHeading(ctx.section.title)) : [];
    if (entities.length > 0) readDeclBlocks(lines, firstLine, new RegExp(`^\\s*(?:export\\s+)?(?:default\\s+)?(?:abstract\\s+)?class\\s+(${entities.join('|')})\\b[^{]*\\{`), field, ctx, out, { fieldsOnly: true });
    return;
  }
  const classes = classLanguage(l, value);
  if (classes) {
    readClassBlocks(classes, value, lines, firstLine, ctx, out);
    return;
  }
  if (/^(?:proto|protobuf|proto3|proto2)$/.test(l) || (l === '' && value.includes('message') && /^\s*message\s+[A-Za-z_]\w*\s*\{/m.test(value))) {
    readDeclBlocks(lines, firstLine, /^\s*message\s+([A-Za-z_]\w*)\s*\{/, withEnums(protoField, blockEnums(value)), ctx, out);
    return;
  }
  if (l === 'mermaid' || (l === '' && value.trimStart().startsWith('erDiagram'))) {
    if (value.includes('erDiagram')) readErDiagram(lines, firstLine, ctx, out);
    else if (value.includes('classDiagram')) readClassDiagram(value, lines, firstLine, ctx, out);
    else if (value.includes('sequenceDiagram')) readSequenceDiagram(lines, firstLine, ctx, out);
    return;
  }
  if (l === 'dbml' || (l === '' && value.includes('Table') && /^\s*Table\s+[\w".]+[^{\n]*\{/m.test(value))) {
    const enums = blockEnums(value);
    readDeclBlocks(lines, firstLine, /^\s*Table\s+(?:"?\w+"?\.)?"?([A-Za-z_]\w*)"?(?:\s+as\s+\w+)?\s*(?:\[[^\]]*\]\s*)?\{/i, (line) => dbmlField(line, enums), ctx, out);
    return;
  }
  if ((l === '' || l === 'go' || l === 'golang') && value.includes('struct') && GO_STRUCT.test(value)) {
    const aliases = goAliases(lines);
    readDeclBlocks(lines, firstLine, GO_STRUCT, (line) => goField(line, aliases), ctx, out);
    return;
  }
  if (/^(?:py|python|python3)$/.test(l)) {
    readPythonClasses(lines, firstLine, ctx, out);
    return;
  }
  if (/^(?:graphql|gql)$/.test(l)) {
    // The root types (`type Query`, `type Mutation`, `type Subscription`) list operations, not an entity's fields.
    readDeclBlocks(lines, firstLine, /^\s*type\s+(?!(?:Query|Mutation|Subscription)\b)([A-Za-z_]\w*)(?:\s+implements\s+[^{]+)?\s*\{/, withEnums(gqlField, blockEnums(value)), ctx, out);
    return;
  }
  if (/^(?:sql|postgres|postgresql|mysql|sqlite|plpgsql|tsql)$/.test(l) || /create\s+table/i.test(value)) {
    const enums = sqlEnums(value);
    readDeclBlocks(sqlColumnLines(lines), firstLine, /create\s+table\s+(?:if\s+not\s+exists\s+)?[`"[]?(?:\w+[`"\]]?\.[`"[]?)?([A-Za-z_]\w*)[`"\]]?\s*\(/i, (line) => sqlField(line, enums), ctx, out, { close: /^\s*\)\s*;?/ });
    if (/alter\s+table/i.test(value)) readAddedColumns(sqlColumnLines(lines), firstLine, enums, ctx, out);
  }
}

/** The host a request line is written to: `POST https://api.textbridge.example/v2/messages` (group 1, lower case on use). */
const REQUEST_HOST = /^\s*[A-Z]+\s+https?:\/\/([^\s/]+)/;

/**
 * Is a request line written to a host that is not the PRD's own API (`ownApiHosts`): a call the
 * product makes (`POST https://api.textbridge.example/v2/messages` under "We call their endpoint"),
 * as prose reads one?
 */
function foreignCall(line: string, ctx: SectionContext): boolean {
  const host = line.includes('://') ? REQUEST_HOST.exec(line)?.[1]?.toLowerCase() : undefined;
  return host !== undefined && ctx.ownHosts !== undefined && !ctx.ownHosts.has(host) && !isLocalHost(host);
}

const PLAIN_TEXT = /^(?:text|txt|plain|plaintext|none|nohighlight)$/i;
const JS_LANGS = /^(?:ts|typescript|tsx|js|javascript|jsx|mjs|cjs|mts|cts)$/;
const RUBY = /^(?:rb|ruby)$/;

/** The annotate gem's table line: `# Table name: line_items`. */
const ANNOTATE_TABLE = /^\s*#\s*Table name:\s*`?([A-Za-z_]\w*)`?\s*$/;
/** One of its columns: `#  status      :string   default("pending"), not null`, `#  total :decimal(10, 2)`. */
const ANNOTATE_COLUMN = /^\s*#\s+([a-z_]\w*)\s+:([a-z_]+)(?:\([^)]*\))?(?:\s+(.*))?$/;

/**
 * The tables of the annotate gem's schema comments (`# == Schema Information`), one model each:
 * a column with `not null` (or the primary key) is required, one without may hold null, as in the
 * database. A Rails `:datetime` is a string, `:decimal` a number, `:jsonb` unknown.
 * @returns whether the block held such a comment
 */
function readAnnotatedTables(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): boolean {
  let found = false;
  const enums = railsEnums(lines);
  for (let i = 0; i < lines.length; i++) {
    const table = ANNOTATE_TABLE.exec(lines[i]!);
    if (!table) continue;
    const fields: ModelField[] = [];
    const fieldLines: number[] = [];
    let j = i + 1;
    for (; j < lines.length && /^\s*#/.test(lines[j]!); j++) {
      const c = ANNOTATE_COLUMN.exec(lines[j]!);
      if (!c) continue;
      const base = enums.get(c[1]!) ?? normalizeFieldType(c[2]!);
      const notes = c[3] ?? '';
      const required = /\bnot null\b|\bprimary key\b/i.test(notes);
      fields.push({ name: c[1]!, type: required || base === 'unknown' ? base : `${base} | null`, optional: false });
      fieldLines.push(firstLine + j);
    }
    if (fields.length > 0) {
      out.model(ctx, firstLine + i, table[1]!, fields, fieldLines);
      found = true;
    }
    i = j - 1;
  }
  return found;
}
const SHELL = /^(?:sh|bash|shell|console|terminal|zsh)$/;

/**
 * A line of `rails routes` output: an optional route name, the verb, the path (its `(.:format)`
 * suffix left out) and `controller#action`. A continuation line has no name.
 */
const ROUTES_OUTPUT_LINE = /^\s*(?:[a-z_][\w]*\s+)?(GET|POST|PUT|PATCH|DELETE)\s+(\/[^\s(]*)(?:\(\.:format\))?\s+[\w/]+#\w+\s*$/;
/** Its header row, a prompt or a comment. */
const ROUTES_OUTPUT_OTHER = /^\s*(?:Prefix\s+Verb\s+URI\s+Pattern\b.*|\$\s.*|#.*)?$/i;

/** Is every line of a block `rails routes` output (ROUTES_OUTPUT_LINE), two routes at least? */
function isRoutesOutput(lines: readonly string[]): boolean {
  let routes = 0;
  for (const line of lines) {
    if (ROUTES_OUTPUT_LINE.test(line)) routes++;
    else if (!ROUTES_OUTPUT_OTHER.test(line)) return false;
  }
  return routes >= 2;
}

/**
 * Words that say a table or model is shown as it is, not to be built or changed: "shown for
 * reference", "for context only", "not part of this schema", "unchanged", "gains no columns", in
 * the known languages.
 */
const SHOWN_AS_IS = /(?<![\p{L}])(?:(?:only |just )?for (?:reference|context)(?: only)?|not part of (?:this|the) (?:schema|data model|model)|as a reference|unchanged|not changed|no (?:new )?(?:columns|fields|changes)|gains nothing|como referencia|a modo de referencia|sin cambios|para refer[eê]ncia|como refer[eê]ncia|sem altera[cç][oõ]es|pour r[ée]f[ée]rence|à titre de r[ée]f[ée]rence|inchang[ée]e?s?|sans changement|zur referenz|zur orientierung|unver[äa]ndert|per riferimento|come riferimento|invariat[aoei]|senza modifiche|ter referentie|ongewijzigd|sebagai referensi|tidak berubah)(?![\p{L}])/iu;

/**
 * Words that say a schema is only the shape of a message, nothing stored: "`AppointmentCreate` and
 * `Problem` are request and error shapes only", "`authorizeRequest` is a wire type only", "`Page` is
 * not persisted".
 */
const SHAPE_ONLY = /\b(?:(?:request|response|error|wire|input|output|payload)(?:,? (?:and|or) (?:request|response|error|wire|input|output))? (?:shapes?|types?|bodies|body|payloads?|objects?|schemas?|dtos?) only|(?:is|are) not (?:stored|persisted|saved)|(?:is|are) never (?:stored|persisted|saved))\b/i;

/**
 * The models a paragraph right above (or below) a block says the block only shows for reference ("The existing
 * `locations` table gains no columns but is shown for reference."), or only as a message's shape
 * (SHAPE_ONLY): the code-marked names of each clause that says so. Their declarations in the block are not to be built.
 */
export function shownAsIs(paragraph: readonly string[]): Set<string> | undefined {
  const text = paragraph.join(' ');
  if (!text.includes('`') || !(SHOWN_AS_IS.test(text) || SHAPE_ONLY.test(text))) return undefined;
  let names: Set<string> | undefined;
  for (const clause of text.split(/[.;!?](?:\s|$)/)) {
    if (!SHOWN_AS_IS.test(clause) && !SHAPE_ONLY.test(clause)) continue;
    for (const m of clause.matchAll(/`([A-Za-z_][\w.]*)`/g)) {
      const name = normalizeModelName(erName(m[1]!.split('.').pop()!));
      if (name) (names ??= new Set()).add(name);
    }
  }
  return names;
}

/** A model's name alone on an unindented line (`Workout`, `Session:`), then an indented line: how an outline block starts. */
const OUTLINE_START = /^(?:[ \t]*\r?\n)*[A-Z][A-Za-z0-9_]*[ \t]*:?[ \t]*\r?\n[ \t]+\S/;
const OUTLINE_NAME = /^([A-Z][A-Za-z0-9_]*)\s*:?\s*$/;
/** An indented `name: type` line of an outline block, or `name   type` in columns (two spaces or a tab between), maybe with a comment after `#` or `//`. */
const OUTLINE_FIELD = /^\s+([A-Za-z_$][\w$]*)(\??)(?:[ \t]*:[ \t]*|[ \t]*\t[ \t]*| {2,})(\S.*?)\s*(?:(?:#|\/\/)\s.*)?$/;

/**
 * A block of fields written as a TypeScript body without its declarations, each model's name in a
 * comment over its fields (`// Invoice`, then `id: string`, `paidAt: string | null`): it opens with
 * such a comment and an unindented field.
 */
const COMMENTED_OUTLINE_START = /^(?:[ \t]*\r?\n)*[ \t]*(?:\/\/|#)[ \t]*[A-Z][A-Za-z0-9_]*[ \t]*\r?\n[A-Za-z_$][\w$]*\??[ \t]*:/;
/** A member whose "type" is a value (`port: 8080`, `host: "db"`, `debug: true`): settings, not fields. */
const WRITTEN_VALUE = /^[^:]+:\s*(?:-?\d[\d_.]*|(['"])[^'"]*\1|true|false)\s*;?\s*(?:\/\/.*)?$/;
const COMMENTED_NAME = /^[ \t]*(?:\/\/|#)[ \t]*([A-Z][A-Za-z0-9_]*)[ \t]*$/;

/** A model's name in code case and the brace that opens its fields, on an unindented line: `Piece {`, `Kiln { id: string }`. */
const BARE_DECLARATION = /^([A-Z][A-Za-z0-9_]*)[ \t]*\{/m;

/**
 * Is a block without a language a sketch of object types under bare names (`Piece {`, then
 * `title: string`, `loadId: string | null`, then `}`)? Every line must be such a head, a member read
 * as a TypeScript one (no value: `port: 8080` is a setting), a closing brace, a comment or blank;
 * every model holds two fields at least. A JSON example (`{ "id": 1 }`) or code has other lines.
 */
function isBareDeclarationBlock(lines: readonly string[]): boolean {
  let fields = -1;
  for (const line of lines) {
    const t = line.trim();
    if (t === '' || t.startsWith('//') || t.startsWith('#')) continue;
    if (t === '}') {
      if (fields < 2) return false;
      fields = -1;
      continue;
    }
    const head = BARE_DECLARATION.exec(line);
    if (head && head.index === 0) {
      if (fields !== -1) return false;
      const body = line.slice(head[0].length);
      if (!body.includes('}')) {
        fields = 0;
        continue;
      }
      const parts = body.slice(0, body.lastIndexOf('}')).split(',');
      if (parts.length < 2 || parts.some((p) => WRITTEN_VALUE.test(p) || !tsField(p))) return false;
      continue;
    }
    if (fields === -1 || WRITTEN_VALUE.test(line) || !tsField(line)) return false;
    fields++;
  }
  return fields === -1;
}

/**
 * The models of a commented outline (COMMENTED_OUTLINE_START), fields read as TypeScript members
 * (`vars: Record<string, string>`, `error: string | null`, `key?: string`). Every other line must be
 * a comment or blank (a line of code, an object literal's `name: "Ana",` or a setting's `port: 8080`
 * is no such block), two fields a model at least.
 */
function commentedModels(lines: string[]): Array<{ name: string; index: number; fields: ModelField[] }> | undefined {
  const models: Array<{ name: string; index: number; fields: ModelField[] }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const name = COMMENTED_NAME.exec(line);
    if (name) {
      models.push({ name: name[1]!, index: i, fields: [] });
      continue;
    }
    if (line.trim() === '' || /^\s*(?:\/\/|#)/.test(line)) continue;
    const f = /^\S/.test(line) && !/,\s*(?:\/\/.*)?$/.test(line) ? tsField(line) : undefined;
    const model = models[models.length - 1];
    if (!f || !model || WRITTEN_VALUE.test(line)) return undefined;
    if (!model.fields.some((x) => x.name === f.name)) model.fields.push(f);
  }
  return models.length > 0 && models.every((m) => m.fields.length >= 2) ? models : undefined;
}

/**
 * A block with no language in a data section that outlines models: each unindented line a model's
 * name in code case (`Workout`), the indented lines under it its fields as `name: type`
 * (`goal: "lose_weight" | "run_5k"`, `endedAt: string | null`, `startedAt: string (ISO 8601)`) or
 * in columns (`spentOn      date, nullable`, `status   draft / submitted`).
 * Every line must be of that shape and every type must read as one (`port: 8080` is a setting, not a
 * field), two fields a model at least.
 */
function outlineModels(lines: string[]): Array<{ name: string; index: number; fields: ModelField[] }> | undefined {
  const models: Array<{ name: string; index: number; fields: ModelField[] }> = [];
  // Names a field in columns takes for its type: in columns, a capitalised word may as well be a value (`status   Paid`), so each must be a model of the block.
  const columnRefs: string[] = [];
  const typeColumn = outlineTypeColumn(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || /^\s*(?:#|\/\/)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const m = OUTLINE_NAME.exec(line);
      if (!m) return undefined;
      models.push({ name: m[1]!, index: i, fields: [] });
      continue;
    }
    const f = OUTLINE_FIELD.exec(line) ?? overrunField(line, typeColumn);
    const model = models[models.length - 1];
    if (!f || !model) return undefined;
    const columns = !/^\s+[A-Za-z_$][\w$]*\??[ \t]*:/.test(line);
    // In columns, a third column after another gap holds notes (`merchant    text    from OCR, nullable`).
    const gap = columns ? /\t|\s{2,}/.exec(f[3]!) : null;
    const notes = readTypeText(gap ? f[3]!.slice(0, gap.index) : f[3]!);
    const side = gap ? readSideNotes(f[3]!.slice(gap.index + gap[0].length), notedType(notes)) : undefined;
    if (side?.type !== undefined) notes.type = side.type;
    if (side?.nullable) notes.nullable = true;
    if (side?.optional) notes.optional = true;
    const type = notedType(notes);
    if (type === undefined || (type.startsWith('unknown') && !readsAsType(notes.type ?? ''))) return undefined;
    const ref = /^[A-Z]\w*/.exec(type)?.[0];
    if (ref !== undefined && columns) columnRefs.push(ref);
    if (!model.fields.some((x) => x.name === f[1])) model.fields.push({ name: f[1]!, type, optional: f[2] === '?' || notes.optional });
  }
  if (columnRefs.some((r) => !models.some((m) => m.name === r))) return undefined;
  return models.length > 0 && models.every((m) => m.fields.length >= 2) ? models : undefined;
}
/** An indented `name type` line with one space between: a name too long for its outline's column (groups as OUTLINE_FIELD's). */
const OVERRUN_FIELD = /^(\s+[A-Za-z_$][\w$]*)(\??) (\S.*?)\s*(?:(?:#|\/\/)\s.*)?$/;

/** The column where an outline's types start: the least of its fields in columns (`  id      uuid`), if any. */
function outlineTypeColumn(lines: readonly string[]): number | undefined {
  let column: number | undefined;
  for (const line of lines) {
    const m = /^(\s+[A-Za-z_$][\w$]*\??)( {2,}|\t)\S/.exec(line);
    if (m && !line.includes('\t')) column = Math.min(column ?? Infinity, m[1]!.length + m[2]!.length);
  }
  return column;
}

/**
 * A field whose name runs into the outline's type column, so one space parts it from its type
 * (`  declineReason text, nullable` under `  id            uuid`): read as if in columns.
 */
function overrunField(line: string, column: number | undefined): RegExpExecArray | null {
  if (column === undefined || line.includes('\t')) return null;
  const m = OVERRUN_FIELD.exec(line);
  if (!m || m[1]!.length + m[2]!.length + 1 < column) return null;
  // As OUTLINE_FIELD's groups: the name without its indent.
  m[1] = m[1]!.trimStart();
  return m;
}

/**
 * The first line of a block that lists models one a line: a name in code case at the line's start,
 * a gap (a colon maybe; one space where a long name fills the column), then a lower-case name:
 * `Vehicle        id, vin, plate`, `ServiceInterval id, model`, `WorkOrder: id, vehicleId`, `Depot  — id, name`.
 */
const LISTED_MODELS_START = /^(?:[ \t]*\r?\n)*[A-Z][A-Za-z0-9_]*(?::?[ \t]+|[ \t]+[—–-][ \t]+)[a-z_]/;
/** A line of such a block that opens a model: its name (group 1), the start of its fields (group 2). */
const LISTED_MODEL_LINE = /^([A-Z][A-Za-z0-9_]*)(?::?[ \t]+|[ \t]+[—–-][ \t]+)([a-z_].*)$/;

/**
 * A block with no language that lists models one a line, the name first and its fields after a gap,
 * a long list going on in the indented lines under it, as a Task Master PRD or a design note writes them:
 * ```
 * Vehicle        id, vin (17 chars, unique), plate, depotId,
 *                odometerKm: int, status: active | in_shop | retired
 * WorkOrder      id, vehicleId, closedAt (nullable)
 * ```
 * Every line must be such a head or go on from one; every list must be of fields named as code names
 * them (`codeFieldList`: a phrase such as "the person who logs in" makes it none), two a model at least.
 * Outside a data section every model must hold an id and three fields at least.
 * @param dataSection the block stands in a data section
 */
function modelsOneALine(lines: readonly string[], dataSection: boolean): Array<{ name: string; index: number; fields: ModelField[] }> | undefined {
  const heads: Array<{ name: string; index: number; list: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const head = /^\S/.test(line) ? LISTED_MODEL_LINE.exec(line) : null;
    if (head) heads.push({ name: head[1]!, index: i, list: head[2]! });
    else if (/^\s/.test(line) && heads.length > 0) heads[heads.length - 1]!.list += ` ${line.trim()}`;
    else return undefined;
  }
  const models: Array<{ name: string; index: number; fields: ModelField[] }> = [];
  for (const h of heads) {
    const fields = codeFieldList(h.list.replace(/[,;]\s*$/, ''));
    if (!fields || fields.length < 2) return undefined;
    if (!dataSection && (fields.length < 3 || !fields.some((f) => ID_FIELD.test(f.name)))) return undefined;
    models.push({ name: h.name, index: h.index, fields });
  }
  return models.length > 0 ? models : undefined;
}

/**
 * A paragraph that labels models and outlines them in its indented lines, as a block without a
 * language does (see `outlineModels`): `Data models:`, then `  Order`, then `    id: uuid`. The
 * outline's lines are read with their common indent taken off.
 * @param lines the paragraph's lines after its label, each indented
 * @returns whether the lines outlined models
 */
export function readOutlineParagraph(lines: readonly string[], firstLine: number, ctx: SectionContext, out: TaskCollector): boolean {
  let indent = Infinity;
  for (const line of lines) if (line.trim() !== '') indent = Math.min(indent, line.search(/\S/));
  const models = outlineModels(lines.map((l) => l.slice(indent)));
  if (!models) return false;
  for (const m of models) out.model(ctx, firstLine + m.index, m.name, m.fields);
  return true;
}
/** Words that name configuration. */
const CONFIG_WORD = /\bconfig(?:uration)?s?\b/i;
/** Words that name models: with them, a configuration word names what is configured ("Configuration entity"). */
const MODEL_NOTE_WORD = /\b(?:entit(?:y|ies)|models?|schemas?|tables?|records?)\b/i;

/**
 * Is a data block configuration, not models, by what the PRD says of it: the line right above it
 * ("Airflow settings (not an entity):", "Scheduler configuration:") or its section's heading
 * ("## Configuration"), unless the same words name a model ("The configuration entity:"). Only
 * asked of YAML and JSON blocks that may hold models.
 */

function isConfiguration(ctx: SectionContext, lead: string | undefined): boolean {
  if (lead !== undefined && (NOT_A_MODEL_NOTE.test(lead) || (CONFIG_WORD.test(lead) && !MODEL_NOTE_WORD.test(lead)))) return true;
  const title = ctx.section.title;
  return CONFIG_WORD.test(title) && !MODEL_NOTE_WORD.test(title);
}

/** A heading about an app's routes: "Router", "Routes", "Routing", "URL configuration". */
const ROUTING_TITLE = /\b(?:rout(?:ers?|es|ing)|url ?conf(?:ig(?:uration)?)?)\b/i;
/** Languages of the route files `frameworkRoutes` reads (and a block without a language). */
const FRAMEWORK_LANGS = /^(?:|java|kotlin|kt|rb|ruby|rails|php|cs|csharp|c#|razor|cshtml|blazor|ex|exs|elixir|ts|typescript|tsx|js|javascript|jsx|proto|protobuf|proto3|go|golang)$/;
/**
 * A declaration's comment that says the route is internal only, no part of the product's API:
 * `get "up" => "rails/health#show"   # internal only`, `app.get('/__health', h); // internal-only probe`;
 * or that it is there already and unchanged (EXISTING_ROUTE_NOTE): `r.Get("/healthz", h) // existing, unchanged`.
 */
function internalNote(text: string): boolean {
  const at = text.includes('nternal') ? text.search(/\binternal[- ]only\b/i) : -1;
  if (at > 0 && /\/\/|#|--/.test(text.slice(0, at))) return true;
  return (text.includes('xisting') || text.includes('nchanged') || text.includes('already') || text.includes('touched')) && EXISTING_ROUTE_NOTE.test(text);
}
/**
 * A trailing comment that says its route is there already: `// existing`, `# (existing)`, `// unchanged`,
 * `# already there, not touched`. "// existing users only" says who calls it.
 */
const EXISTING_ROUTE_NOTE = /\S\s*(?:\/\/|#|--)\s*(?:\(?(?:existing|already (?:there|exists|built|live))\)?\s*(?:[,;.)—–-]|$)|[^\n]*\b(?:unchanged|untouched|not touched|already exists|already there)\b)/i;
/**
 * A lead-in right above a block that says its code is there already and stays as it is: "Current
 * router, unchanged by this release:", "already there, not touching it:", "Already in place:". One
 * that says what changes besides ("unchanged except for …", "… plus the new routes:", "paths unchanged,
 * handlers rewritten:") is none.
 */
const EXISTING_CODE_LEAD = /\b(?:unchanged|untouched|not touch(?:ed|ing)|already (?:there|exists?|in place|live|built|shipped|deployed|running))\b/i;
const CHANGES_BESIDES = /\b(?:except|but|apart from|other than|otherwise|save for|plus|new|rewrit\w*|reimplement\w*|port(?:ed|ing)|migrat\w*|mov(?:ed|ing)|replac\w*|refactor\w*)\b/i;
/** A block's first line naming its file as it is today: `// src/router/index.ts (today)`, `# cmd/main.go (existing)`. */
const EXISTING_FILE = /^\s*(?:\/\/|#|--|\/\*)\s*[\w./@()[\]-]+\.\w+\s*[([]\s*(?:existing|today|current|unchanged|as[- ]is|already there)\s*[)\]]/i;

/** Is a block route code that is there already (see EXISTING_CODE_LEAD, EXISTING_FILE), shown, not to be built? */
function existingCode(lead: string | undefined, lines: readonly string[]): boolean {
  if (lead !== undefined && /[:：]\s*$/.test(lead) && EXISTING_CODE_LEAD.test(lead) && !CHANGES_BESIDES.test(lead)) return true;
  const first = lines.find((l) => l.trim() !== '');
  return first !== undefined && first.includes('(') && EXISTING_FILE.test(first);
}
/** A line that is a comment in the languages of route files: `// …`, `# …`, `/* …`, ` * …`, `-- …`. */
const COMMENT_LINE = /^\s*(?:\/\/|#(?![[!])|\/\*|\*(?!\*)|--)/;
/** Languages whose code may declare routes (and a block without a language). */
const ROUTE_LANGS = /^(?:|js|javascript|jsx|mjs|cjs|ts|typescript|tsx|mts|cts|rb|ruby|rails|py|python|python3|java|kotlin|kt|go|golang|php|cs|csharp|c#)$/;
/**
 * A block that makes the app or router its routes are declared on (`const api = new Hono()`,
 * `express.Router()`, `Flask(__name__)`, `Blueprint("pieces", __name__)`, `APIRouter(`, `gin.Default()`,
 * `chi.NewRouter()`): the service's route file, read under any heading but a test's or example's.
 */
const MAKES_ROUTER = /\bnew\s+(?:Hono|Elysia|Koa|KoaRouter|Router)\s*[(<]|\bexpress\s*\(\s*\)|\bexpress\.Router\s*\(|\brequire\s*\(\s*['"]express['"]\s*\)\s*\.\s*Router\s*\(|\b(?:Flask|Blueprint|FastAPI|APIRouter|NinjaAPI)\s*\(|^\s*\w+\s*=\s*Router\s*\(|\bFastify\s*\(|\bfastify\s*\(\s*[{)]|\b(?:gin\.(?:Default|New)|chi\.NewRouter|echo\.New|mux\.NewRouter|fiber\.New)\s*\(/m;
/**
 * A heading over code that only shows how something is or could be done: "Examples", "Testing",
 * "Mocks", "Implementation notes", "Current state", "Old routes", "Before", "Background", "Appendix".
 */
const SHOWN_TITLE = /\b(?:examples?|samples?|tests?|testing|mocks?|stubs?|fixtures?|snippets?|notes?|current|existing|today|as[- ]is|old|previous|before|background|context|appendix|references?|problems?)\b/i;

/** Is a section's code only shown (see SHOWN_TITLE): its heading or one above it, the document's title aside, says so. */
function shownOnly(ctx: SectionContext): boolean {
  const trail = ctx.trail.length > 1 ? ctx.trail.slice(1) : ctx.trail;
  return trail.some((t) => SHOWN_TITLE.test(t));
}
/** A method name right before a quoted path: the cheap test for a block with route declarations. */
const ROUTE_SIGNAL = /(?:get|post|put|patch|delete|head|options|route|mapping)\s*(?:<[^()'"`\n]*>\s*)?[(\s]\s*\(?\s*(?:value\s*=\s*|path\s*=\s*)?['"`]\/|\burl\s*:\s*['"`]\//i;
const METHOD_NAMES = 'get|post|put|patch|delete|head|options';
/**
 * The route declarations of common frameworks, each with the method (group 1) and the path (group 3):
 * `app.get('/x', …)`, `router.post("/x"`, `r.GET("/x"` (Express, Fastify, Koa, Hono, gin, chi),
 * `app.get<{ Params: { id: string } }>('/x/:id', …)` (TypeScript's type arguments, Fastify's way),
 * chi's `r.With(mw).Post("/x", h)` and `r.Method(http.MethodDelete, "/x", h)`,
 * `@app.get("/x")`, `@router.post("/x")` (FastAPI, Flask 2), `@GetMapping("/x")` (Spring), and Rails'
 * `get '/x', to: 'c#a'` at the start of a line.
 */
const ROUTE_DECLARATIONS = [
  new RegExp(`(?:^|[^\\w$])[A-Za-z_$][\\w$]*\\s*(?:\\.\\s*With\\s*\\([^()\\n]*(?:\\([^()\\n]*\\)[^()\\n]*)*\\)\\s*)?\\.\\s*(${METHOD_NAMES})\\s*(?:<[^()'"\`\\n]*>\\s*)?\\(\\s*(['"\`])(\\/[^'"\`\\s]*|)\\2`, 'i'),
  // chi's `r.Method(http.MethodDelete, "/x/{id}", h)`, `r.MethodFunc("GET", "/x", f)`.
  /(?:^|[^\w$])[A-Za-z_$][\w$]*\s*\.\s*Method(?:Func)?\s*\(\s*(?:http\.Method|")(get|post|put|patch|delete)"?\s*,\s*(["`])(\/[^"`\s]*)\2/i,
  new RegExp(`^\\s*@(?:[A-Za-z_][\\w.]*\\.)?(${METHOD_NAMES})(?:Mapping)?\\s*\\(\\s*(?:(?:value|path)\\s*=\\s*)?(['"])(\\/[^'"\\s]*|)\\2`, 'i'),
  new RegExp(`^\\s*(${METHOD_NAMES})\\s+(['"])(\\/[^'"\\s]*)\\2\\s*(?:,|=>|$)`),
];
/**
 * Express's route chain: `router.route('/books/:id')` with `.get(h).put(h)` after it on its line or
 * on the lines right below that go on with a dot (`  .delete(h)`); a line commented out goes on no chain.
 */
const ROUTE_CHAIN = /^\s*([A-Za-z_$][\w$]*)\s*\.\s*route\s*\(\s*(['"`])(\/[^'"`\s]*)\2\s*\)/;
const CHAINED_METHOD = /\.\s*(get|post|put|patch|delete)\s*\(/gi;
/** Flask's `@app.route('/x', methods=['GET', 'POST'])`, FastAPI's `@router.api_route("/x", methods=["GET", "HEAD"])` (GET when no methods are given). */
const FLASK_ROUTE = /^\s*@[A-Za-z_][\w.]*\.(?:api_)?route\s*\(\s*(['"])(\/[^'"\s]*|)\1(?:[^)]*?methods\s*=\s*[[(]([^\])]*)[\])])?/;

/**
 * Fastify's full declaration, its options on one line: `f.route({ method: "DELETE", url: "/:id", handler })`,
 * `method: ["GET", "HEAD"]` (the method group 1; the url read by FULL_ROUTE_URL, before or after it).
 */
const FULL_ROUTE = /^\s*[A-Za-z_$][\w$]*\s*\.\s*route\s*\(\s*\{[^}]*?\bmethod\s*:\s*(\[[^\]]*\]|(['"`])\w+\2)[^}]*/;
const FULL_ROUTE_URL = /\burl\s*:\s*(['"`])(\/[^'"`\s]*)\1/;
/** The router a declaration is made on: `@router.get(`, `router.get(`, `app.get<{ Params: P }>(`. */
const ROUTER_NAME = /^\s*@?([A-Za-z_$][\w$]*)\s*\.\s*[A-Za-z_]+\s*(?:<[^()'"`\n]*>\s*)?\(/;
/** A sub-router opened in place at a path, its routes in the function's body: chi's `r.Route("/meters", func(r chi.Router) {`. */
const NESTED_ROUTER = /^\s*[A-Za-z_$][\w$]*\s*\.\s*Route\s*\(\s*(['"`])(\/[^'"`\s]*)\1\s*,\s*func\b/;

/** A route's trailing comment that says it renders a page: `// HTML`, `// html/template`, `// server-rendered view` (not a JSON route's `// ?page=2`). */
const RENDERS_PAGE = /^\/\/.*\b(?:html|template|server-rendered|ssr)\b/i;
/** A router a function makes, mounted at a path: chi's `r.Mount("/api/v1/holds", holdsRouter(h))` (group 2 the path, 3 the function). */
const FUNCTION_MOUNT = /^\s*[A-Za-z_$][\w$]*\s*\.\s*Mount\s*\(\s*(['"`])(\/[^'"`\s]*)\1\s*,\s*([A-Za-z_$][\w$]*)\s*\(/;
/** A Go function's first line, at the start of a line: `func holdsRouter(h *Handlers) chi.Router {` (group 1 its name). */
const GO_FUNC = /^func\s+([A-Za-z_][\w]*)\s*\(/;

/**
 * Per line, the paths of the sub-routers it stands in, joined: one opened in place (NESTED_ROUTER), and
 * the one a function makes that the block mounts at a path (FUNCTION_MOUNT: the routes in
 * `func holdsRouter(…) { r := chi.NewRouter(); r.Post("/", …) }` sit under `/api/v1/holds`);
 * undefined when the block opens or mounts none.
 */
function nestedPrefixes(lines: readonly string[]): string[] | undefined {
  const mounted = new Map<string, string>();
  for (const l of lines) {
    const m = l.includes('.Mount(') ? FUNCTION_MOUNT.exec(l) : null;
    if (m) mounted.set(m[3]!, m[2]!);
  }
  if (mounted.size === 0 && !lines.some((l) => l.includes('.Route(') && NESTED_ROUTER.test(l))) return undefined;
  const out: string[] = [];
  const open: Array<{ prefix: string; depth: number }> = [];
  let depth = 0;
  // The mount of the function whose body the line stands in.
  let inFunction = '';
  for (const text of lines) {
    if (depth === 0) {
      const fn = mounted.size > 0 && text.startsWith('func') ? GO_FUNC.exec(text) : null;
      inFunction = fn ? (mounted.get(fn[1]!) ?? '') : '';
    }
    const sub = open.at(-1)?.prefix ?? '';
    out.push(inFunction && sub ? joinRoute(inFunction, sub) : inFunction || sub);
    const opened = text.includes('.Route(') ? NESTED_ROUTER.exec(text) : null;
    const before = depth;
    depth += netBraces(text);
    if (opened && depth > before) open.push({ prefix: joinRoute(open.at(-1)?.prefix ?? '', opened[2]!), depth });
    while (open.length > 0 && depth < open.at(-1)!.depth) open.pop();
  }
  return out;
}

/**
 * Endpoints a block of framework code declares; a line its comment puts out of scope is left out. A
 * router's prefix (own, group or mount, in this block or, by its name, elsewhere in the PRD: `routers`)
 * is put before its paths; an empty path (`@pieces_bp.route("", methods=["GET"])`) is its prefix.
 */
function readRouteDeclarations(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector, routers: ReadonlyMap<string, RouterPlace>): void {
  const own = routerPlaces(lines);
  const places = routers.size === 0 ? own : new Map([...routers, ...own]);
  if (routers.size > 0) routerAliases(lines, places, ctx.section.title);
  const nested = nestedPrefixes(lines);
  // The path of line `i` under its router's prefix and the sub-routers it stands in.
  const prefixed = (text: string, path: string, i: number) => {
    const router = places.size > 0 ? ROUTER_NAME.exec(text) : null;
    const prefix = joinRoute(router ? routerPrefix(router[1]!, places) : '', nested?.[i] ?? '');
    return prefix ? joinRoute(prefix, path) : path;
  };
  lines.forEach((text, i) => {
    // A declaration commented out (`// api.put('/links/:slug', replaceLink);  // dropped`) is not served.
    if (COMMENT_LINE.test(text) || LINE_OUT_OF_SCOPE.test(text) || internalNote(text)) return;
    const flask = FLASK_ROUTE.exec(text);
    if (flask) {
      const path = flask[2] !== '' || places.size > 0 ? normalizeApiPath(prefixed(text, flask[2]!, i)) : undefined;
      const methods = flask[3] ? methodsIn(flask[3]) : (['GET'] as HttpMethod[]);
      if (path && path !== '/' && methods.length > 0) out.api(ctx, firstLine + i, path, methods);
      return;
    }
    const chain = text.includes('route') ? ROUTE_CHAIN.exec(text) : null;
    if (chain) {
      const methods = new Set<HttpMethod>();
      const take = (t: string) => {
        for (const c of t.matchAll(CHAINED_METHOD)) methods.add(normalizeMethod(c[1]!)!);
      };
      take(text.slice(chain[0].length));
      for (let j = i + 1; j < lines.length && /^\s*\./.test(lines[j]!); j++) take(lines[j]!);
      const path = normalizeApiPath(prefixed(text, chain[3]!, i));
      if (path && methods.size > 0) out.api(ctx, firstLine + i, path, [...methods]);
      return;
    }
    const full = text.includes('url') ? FULL_ROUTE.exec(text) : null;
    if (full) {
      const url = FULL_ROUTE_URL.exec(full[0]);
      const path = url ? normalizeApiPath(prefixed(text, url[2]!, i)) : undefined;
      const methods = methodsIn(full[1]!.replace(/['"`[\]]/g, ' '));
      if (path && methods.length > 0) out.api(ctx, firstLine + i, path, methods);
      return;
    }
    for (const pattern of ROUTE_DECLARATIONS) {
      const m = pattern.exec(text);
      if (!m) continue;
      if (m[3] === '' && places.size === 0) return;
      const path = normalizeApiPath(prefixed(text, m[3]!, i));
      const method = normalizeMethod(m[1]!);
      // `r.Get("/holds", h.OpsHoldList) // HTML, html/template`: a GET its comment says renders a page serves a screen.
      if (path && method === 'GET' && text.includes('//') && RENDERS_PAGE.test(text.slice(text.lastIndexOf('//')))) out.page(ctx, firstLine + i, path, undefined);
      else if (path && method) out.api(ctx, firstLine + i, path, [method]);
      return;
    }
  });
}

/** A place of a screen sketch: its name, then its route in parentheses, maybe a comment after an arrow (`Offer (/offers/:token)   ← from the SMS`). */
const SKETCH_PLACE = /^(?:(\p{L}[^()\n]{0,60}?)[^\S\n]*\([^\S\n]*(\/[^\s()]*)[^\S\n]*\)|\[(\p{L}[^[\]\n]{0,60})\][^\S\n]+(\/[^\s()]*))[^\S\n]*(?:(?:←|<-+|#|\/\/|—|–)[^\n]*)?$/u;
/** A place an affordance leads to, at the end of its line: an arrow, its name, its route in parentheses (`──▶  Refund (/orders/:id/refund)`). */
const SKETCH_TARGET = /(?:▶|►|→|⟶|➜|-+>|=>)[^\S\n]*(\p{L}[^()\n]{0,60}?)[^\S\n]*\([^\S\n]*(\/[^\s()]*)[^\S\n]*\)[^\S\n]*$/u;

/**
 * A code block with no language that sketches screens (a breadboard, a screen flow): each line that
 * is not indented names a place and its route in parentheses (`Waitlist (/c/:slug/waitlist)`), the
 * indented lines under it what is on it, where an arrow may lead to a place of its own. Two places
 * at least, every unindented line one, and something on them; no API paths.
 */
function screenSketch(lines: string[]): Array<{ route: string; title: string; index: number }> | undefined {
  const out: Array<{ route: string; title: string; index: number }> = [];
  let indented = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line.trim() === '') continue;
    if (/^\s/.test(line)) {
      indented++;
      // An affordance that leads to a place of its own (`[Pay] ──▶ Receipt (/orders/:id/receipt)`).
      const to = line.includes('(/') ? SKETCH_TARGET.exec(line) : null;
      const target = to ? normalizeApiPath(to[2]!) : undefined;
      if (to && target && !isApiPath(target)) out.push({ route: target, title: to[1]!.trim(), index: i });
      continue;
    }
    // The rule under places laid out side by side (`--------   --------`).
    if (SKETCH_RULE.test(line)) continue;
    if (LINE_OUT_OF_SCOPE.test(line)) return undefined;
    const place = sketchPlace(line);
    if (place) {
      out.push({ ...place, index: i });
      continue;
    }
    // Places side by side, columns apart: `Check-in (/in)      Board (/board/:skill)`.
    const columns = line.split(SKETCH_GAP);
    if (columns.length < 2) return undefined;
    for (const c of columns) {
      const p = sketchPlace(c);
      if (!p) return undefined;
      out.push({ ...p, index: i });
    }
  }
  return out.length >= 2 && indented > 0 ? out : undefined;
}
/** A line of a screen sketch that only underlines the places above it. */
const SKETCH_RULE = /^[-=─━]{3,}(?:[^\S\n]+[-=─━]{3,})*$/;
/** The gap between places a sketch lays out side by side: three spaces or more, or a tab. */
const SKETCH_GAP = /[^\S\n]{3,}|\t/;

/** The place a sketch's unindented line (or one of its columns) names, by SKETCH_PLACE; undefined for an API path. */
function sketchPlace(text: string): { route: string; title: string } | undefined {
  const m = SKETCH_PLACE.exec(text);
  const written = m ? (m[2] ?? m[4]!) : undefined;
  const route = written === undefined ? undefined : written === '/' ? '/' : normalizeApiPath(written);
  return m && route && !isApiPath(route) ? { route, title: (m[1] ?? m[3]!).trim() } : undefined;
}

const PYTHON = /^(?:py|python|python3|django)$/;
/** A lead-in that says where the url patterns below are included, Django's way without a leading slash: "API routes, mounted under `api/`:" (group 1). */
const LEAD_MOUNT = /\b(?:mounted|included|served|live|lives|sit|sits)\s+(?:under|at|below)\s+`\/?([\w-]+(?:\/[\w-]+)*)\/?`/i;

/** The prefix a lead-in right above url patterns mounts them at (LEAD_MOUNT); undefined when it names none or puts them out of scope. */
function leadPrefix(lead: string | undefined): string | undefined {
  const m = lead !== undefined && lead.includes('`') ? LEAD_MOUNT.exec(lead) : null;
  return m && !LINE_OUT_OF_SCOPE.test(lead!) ? m[1] : undefined;
}
/** `path("courses/<slug:slug>/", views.CourseDetail.as_view(), name="course-detail")`: a Django url pattern. */
const DJANGO_PATH = /^\s*path\(\s*(['"])([^'"\s]*)\1\s*,/;

/**
 * The routes of Django url patterns (`path("courses/<slug:slug>/", view)`, relative to the site's
 * root: `""` is the home page): pages, but an API path. A pattern that includes other patterns
 * (`path("blog/", include("blog.urls"))`) is a prefix, not a page.
 * @param prefix where the document's url config includes the block's module (`api` for `# custody/api_urls.py`),
 *   or the lead-in right above the block mounts it ("mounted under `api/`")
 * @param views the methods of the DRF API views the document describes, by name (see `apiViews`)
 */
function readDjangoPaths(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector, prefix = '', views: ReadonlyMap<string, HttpMethod[]> = new Map()): void {
  lines.forEach((text, i) => {
    const m = text.includes('path(') ? DJANGO_PATH.exec(text) : null;
    // Django's own admin site (`path("admin/", admin.site.urls)`) is built already.
    if (!m || text.includes('include(') || text.includes('admin.site.urls') || LINE_OUT_OF_SCOPE.test(text) || internalNote(text)) return;
    const written = joinRoute(prefix === '' ? '' : `/${prefix}`, m[2]!);
    const route = written === '/' ? '/' : normalizeApiPath(written);
    if (!route) return;
    // A DRF API view the document describes (`generics.ListCreateAPIView`, `@api_view(["GET"])`) serves calls wherever it is routed.
    const served = patternViewMethods(text, views);
    if (!served && !isApiPath(route) && !(ctx.api && !ctx.page)) {
      out.page(ctx, firstLine + i, route, undefined);
      return;
    }
    // An API view serves the methods its line's comment names (`# GET, POST`), or its class or decorator does; with none named, an endpoint without methods.
    const comment = text.indexOf('#', m[0].length);
    const noted = comment === -1 ? [] : methodsIn(text.slice(comment + 1));
    const methods = noted.length > 0 ? noted : (served ?? []);
    if (methods.length > 0) out.api(ctx, firstLine + i, route, methods);
    else if (ctx.api) out.endpoint(ctx, firstLine + i, route);
  });
}

/** The cheap test for a block of listed calls: an item that opens with a method and a path. */
const LISTED_CALL_SIGNAL = /^[ \t]*[-*][ \t]+(?:GET|POST|PUT|PATCH|DELETE)[ \t]+\//m;
/** An item of a listed call in YAML or text: `- GET /x`, maybe with a note after `#` (groups: indent, method, path). */
const LISTED_CALL = /^([ \t]*)[-*][ \t]+(GET|POST|PUT|PATCH|DELETE)[ \t]+(\/[^\s#]*)[ \t]*(?:#.*)?$/;
/** An item that is a bare route, maybe with a note after `#` (groups: indent, route, note). */
const LISTED_PLACE = /^([ \t]*)[-*][ \t]+(\/[^\s#]*)[ \t]*(?:#[ \t]*(.*))?$/;
/** A parent line that names the prefix of the items under it: "mounted with prefix /api", `prefix="/api"`, "same /api prefix". */
const PARENT_PREFIX = /\bprefix[ \t]*=?[ \t]*["'`]?(\/[\w.~-]+(?:\/[\w.~-]+)*)|["'`]?(\/[\w.~-]+(?:\/[\w.~-]+)*)["'`]?[ \t]+prefix\b/i;
/** A parent line that says its items are not under a prefix: "no /api prefix", "without the prefix". */
const NO_PREFIX = /\b(?:no|without(?: the| a)?)[ \t]+["'`]?(?:\/[\w/.~-]*[ \t]+)?prefix\b/i;
/** A parent line about the screens its items are: "CREATE templates (served at the site root)", "pages:". */
const PARENT_OF_PAGES = /\b(?:templates?|pages?|screens?|views?)\b/i;

/**
 * A task list in YAML or plain text with two calls at least among its items (a PRP's "List of tasks
 * to be completed": `Task 2:` / `CREATE app/routers/x.py (mounted with prefix /api):` /
 * `  - GET /x/{id}`): each call is an endpoint, under the prefix its parent line names. Items that are
 * bare routes under a parent line about templates, pages or screens are pages. False when the block
 * lists fewer than two calls.
 */
function readListedCalls(lines: readonly string[], firstLine: number, ctx: SectionContext, out: TaskCollector): boolean {
  let calls = 0;
  for (const line of lines) if (LISTED_CALL.test(line) && ++calls >= 2) break;
  if (calls < 2) return false;
  lines.forEach((text, i) => {
    if (LINE_OUT_OF_SCOPE.test(text)) return;
    const call = LISTED_CALL.exec(text);
    const place = call ? undefined : LISTED_PLACE.exec(text);
    if (!call && !place) {
      // `CREATE app/templates/desk.html, served at /desk/{gym_slug}`: a template the app serves at a route is a page.
      const served = text.includes('served') || text.includes('rendered') ? SERVED_TEMPLATE.exec(text) : null;
      const route = served ? normalizeApiPath(served[1]!) : undefined;
      if (route && !isApiPath(route)) out.page(ctx, firstLine + i, route, served![2]?.trim() || undefined);
      return;
    }
    const parent = parentLine(lines, i, (call ?? place)![1]!.length);
    // A list of another system's calls ("deposits.py calls Stripe's API:") holds none the product serves.
    if (parent !== undefined && (LINE_OUT_OF_SCOPE.test(parent) || goesOut(parent))) return;
    if (call) {
      const path = normalizeApiPath(call[3]!);
      if (!path) return;
      const stated = parent === undefined || NO_PREFIX.test(parent) ? undefined : PARENT_PREFIX.exec(parent);
      const prefix = stated ? (stated[1] ?? stated[2])!.replace(/\/+$/, '') : '';
      out.api(ctx, firstLine + i, prefix && path !== prefix && !path.startsWith(`${prefix}/`) ? `${prefix}${path}` : path, [call[2] as HttpMethod]);
    } else if (parent !== undefined && PARENT_OF_PAGES.test(parent)) {
      const route = place![2] === '/' ? '/' : normalizeApiPath(place![2]!);
      if (route && !isApiPath(route)) out.page(ctx, firstLine + i, route, place![3]?.trim() || undefined);
    }
  });
  return true;
}

/** The nearest line above `index` indented less than `indent`: the line an item stands under. */
function parentLine(lines: readonly string[], index: number, indent: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const own = line.length - line.trimStart().length;
    if (own < indent || (own === indent && !/^[ \t]*[-*][ \t]/.test(line))) return line;
  }
  return undefined;
}

/** A line of a route map: a route, then its title after spaces or a dash (`/cart   Cart`, `/orders/:id — Order`). */
const ROUTE_MAP_LINE = /^\s*(\/\S*)(?:\s+[—–-]+)?\s+([^\s/].{0,59})$/;

/**
 * A code block with no language under a screens heading, each line a route and its title: the
 * site's pages. Two lines at least, every non-blank line of that shape, no API paths.
 */
function routeMap(lines: string[]): Array<{ route: string; title: string; index: number }> | undefined {
  const out: Array<{ route: string; title: string; index: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const m = ROUTE_MAP_LINE.exec(lines[i]!.trimEnd());
    const route = m ? (m[1] === '/' ? '/' : normalizeApiPath(m[1]!)) : undefined;
    if (!m || !route || isApiPath(route) || LINE_OUT_OF_SCOPE.test(lines[i]!)) return undefined;
    out.push({ route, title: m[2]!.trim(), index: i });
  }
  return out.length >= 2 ? out : undefined;
}

const HEADER_LINE = /^\s*[A-Za-z][A-Za-z0-9-]*:[ \t]*\S/;

/**
 * A raw HTTP request written without a language: a request line first, then header lines up to a
 * blank line (and maybe a body): `POST /v1/keys/rotate HTTP/1.1`, `Host: kds.internal`.
 */
function isHttpMessage(lines: string[]): boolean {
  const first = lines.findIndex((x) => x.trim() !== '');
  if (first === -1 || !REQUEST_LINE.test(lines[first]!)) return false;
  let headers = 0;
  for (let i = first + 1; i < lines.length && lines[i]!.trim() !== ''; i++) {
    if (!HEADER_LINE.test(lines[i]!)) return false;
    headers++;
  }
  return headers > 0;
}

const PRISMA_TYPES = new Map<string, string>(Object.entries({ String: 'string', Int: 'number', BigInt: 'number', Float: 'number', Decimal: 'number', Boolean: 'boolean', DateTime: 'string', Json: 'unknown', Bytes: 'unknown' }));

/**
 * A field of a Prisma model: `breed String?`, `pets Pet[]`. Prisma's `?` says the column may hold
 * null (`string | null`); the field is always there.
 */
function prismaField(line: string): ModelField | undefined {
  const m = /^\s*([A-Za-z_]\w*)\s+([A-Za-z_]\w*)(\[\])?(\?)?(?:\s|$)/.exec(line);
  if (!m || line.trim().startsWith('@@') || line.trim().startsWith('//')) return undefined;
  const base = PRISMA_TYPES.get(m[2]!) ?? normalizeFieldType(m[2]!);
  const type = m[3] ? `${base}[]` : base;
  return { name: m[1]!, type: m[4] && type !== 'unknown' ? `${type} | null` : type, optional: false };
}

/** An entity decorator on its line (`@Entity()`, `@Entity('orders')`, `@ObjectType()`, `@Schema({ timestamps: true })`): the class under it is a model. */
const ENTITY_DECORATOR = /^\s*@(?:Entity|ViewEntity|Embeddable|Table|ObjectType|Schema|Model|Document)\b/;
/** `export class Order extends BaseEntity {`: a TypeScript class's head, its name in group 1. */
const TS_CLASS = /^\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)/;

/**
 * A validation or documentation decorator on a class member (class-validator, NestJS Swagger):
 * `@IsString()`, `@IsOptional()`, `@Min(1)`, `@MaxLength(280)`, `@Matches(/…/)`, `@ApiProperty()`.
 */
const DTO_DECORATOR = /^\s*@(?:Is[A-Z]\w*|Min|Max|MinLength|MaxLength|Length|Matches|ValidateNested|ArrayMinSize|ArrayMaxSize|ArrayNotEmpty|ApiProperty|ApiPropertyOptional)\s*\(/;

/**
 * The names of the classes of a TypeScript block that an entity decorator stands over (other
 * decorators between allowed), and of a class whose members carry validation decorators (a NestJS
 * DTO: `export class CreateOrderDto {` … `@IsUUID() boxId: string;`) when the section's heading
 * names it (`### 5.3 CreateOrderDto`): a DTO beside the entities is plumbing, one the PRD gives a
 * heading of its own is one of its data shapes.
 */
function entityClasses(lines: string[], heading: string | undefined): string[] {
  const names: string[] = [];
  let decorated = false;
  // The class being read that no entity decorator stands over: a member's validation decorator makes it a DTO.
  let plain: string | undefined;
  for (const line of lines) {
    if (ENTITY_DECORATOR.test(line)) decorated = true;
    else if (TS_CLASS.test(line)) {
      const name = TS_CLASS.exec(line)![1]!;
      plain = undefined;
      if (name.includes('$')) continue;
      if (decorated) names.push(name);
      else plain = name;
      decorated = false;
    } else {
      if (plain !== undefined && plain === heading && DTO_DECORATOR.test(line)) {
        names.push(plain);
        plain = undefined;
      }
      if (line.trim() !== '' && !line.trimStart().startsWith('@')) decorated = false;
    }
  }
  return names;
}

/**
 * A class member's line without the decorators written before it on the same line
 * (`@Column({ nullable: true }) note: string`, `@ManyToOne(() => Clinic, (c) => c.chairs) clinic: Clinic`):
 * each `@Name` with its balanced arguments. A decorator alone on its line leaves nothing.
 */
function withoutDecorators(line: string): string {
  let rest = line.trimStart();
  for (let m = /^@[A-Za-z_$][\w$.]*/.exec(rest); m; m = /^@[A-Za-z_$][\w$.]*/.exec(rest)) {
    let i = m[0].length;
    if (rest[i] === '(') {
      let depth = 0;
      for (; i < rest.length; i++) {
        if (rest[i] === '(') depth++;
        else if (rest[i] === ')' && --depth === 0) break;
      }
      if (depth !== 0) return '';
      i++;
    }
    rest = rest.slice(i).trimStart();
  }
  return rest;
}

/**
 * A property of a TypeScript interface, object type or class: `id: string;`, `note?: string`,
 * `readonly total: number`, a class's `id!: string` and `createdAt: Date = new Date();` (the
 * initializer is no part of the type).
 */
function tsField(line: string): ModelField | undefined {
  if (line.trimStart().startsWith('@')) line = withoutDecorators(line);
  const m = /^\s*(?:(?:public|private|protected|readonly|declare)\s+)*([A-Za-z_$][\w$]*|"[^"]+"|'[^']+')([?!])?\s*:\s*(.+?)\s*(?:=(?!>)[^;]*)?[;,]?\s*(?:\/\/.*)?$/.exec(line);
  if (!m) return undefined;
  // `T | null` is a type (the field is there, its value may be null); `T | undefined` is optional.
  return { name: m[1]!.replace(/^["']|["']$/g, ''), type: normalizeFieldType(m[3]!), optional: m[2] === '?' || /\|\s*undefined\b/.test(m[3]!) };
}

/** `type Status = 'a' | 'b';` on one line: the aliases of a TypeScript block whose type is not an object. */
function typeAliases(lines: string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  // `const STATUSES = ['draft', 'sent'] as const`: a list of literals a type may take its members from.
  const constants = new Map<string, string>();
  for (const line of lines.some((l) => UNION_MEMBER_LINE.test(l)) ? joinUnionLines(lines) : lines) {
    const c = line.includes('as const') ? AS_CONST_LIST.exec(line) : null;
    if (c) {
      const values = [...c[2]!.matchAll(/(['"])([^'"\n]*)\1/g)].map((v) => v[2]!);
      if (values.length >= 2 && /^[\s,]*(?:(['"])[^'"\n]*\1[\s,]*)+$/.test(c[2]!)) constants.set(c[1]!, literalUnion(values));
      continue;
    }
    const m = /^\s*(?:export\s+)?type\s+([A-Z][A-Za-z0-9_]*)\s*=\s*([^{;]+?)\s*;?\s*$/.exec(line);
    if (!m) continue;
    // `type Status = (typeof STATUSES)[number]`: the members of that list.
    const member = /^\(?\s*typeof\s+([A-Za-z_$][\w$]*)\s*\)?\s*\[\s*number\s*\]$/.exec(m[2]!);
    const type = member ? (constants.get(member[1]!) ?? 'unknown') : normalizeFieldType(m[2]!);
    if (type !== 'unknown' && type !== m[1]) aliases.set(m[1]!, type);
  }
  return aliases;
}

/** A line that goes on a union over lines: `  | "received"   // scanned in`. */
const UNION_MEMBER_LINE = /^\s*\|\s*\S/;

/**
 * Lines with each union written over lines joined onto its `type X =` line, comments taken off:
 * `export type Status =` / `  | "expected"  // not here yet` / `  | "closed";` → `export type Status = | "expected" | "closed";`.
 */
function joinUnionLines(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.length - 1;
    if (last >= 0 && UNION_MEMBER_LINE.test(line) && /^\s*(?:export\s+)?type\s+[A-Z]\w*\s*=/.test(joined[last]!) && !joined[last]!.trimEnd().endsWith(';')) {
      joined[last] = `${joined[last]!.replace(/\s*\/\/.*$/, '')} ${line.replace(/\s*\/\/.*$/, '').trim()}`;
    } else joined.push(line);
  }
  return joined.map((l) => l.replace(/=\s*\|/, '= '));
}

/** `export const STATUSES = ['draft', 'sent'] as const;`: the name in group 1, the list in group 2. */
const AS_CONST_LIST = /^\s*(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*=\s*\[([^\]]*)\]\s*as\s+const\s*;?\s*$/;

const GQL_SCALARS = new Map(Object.entries({ ID: 'string', String: 'string', Int: 'number', Float: 'number', Boolean: 'boolean' }));

/**
 * A field of a GraphQL type: `id: ID!`, `tickets: [Ticket!]!`. A type without `!` may be null
 * (`doorsOpenAt: DateTime` → `string | null`): GraphQL fields are always there, nullable unless marked.
 */
function gqlField(line: string): ModelField | undefined {
  const m = /^\s*([A-Za-z_]\w*)\s*(?:\([^)]*\))?\s*:\s*(\[?)\s*([A-Za-z_]\w*)\s*(!?)\s*(\]?)\s*(!?)/.exec(line);
  if (!m) return undefined;
  const base = GQL_SCALARS.get(m[3]!) ?? normalizeFieldType(m[3]!);
  const type = m[2] ? `${base}[]` : base;
  const nonNull = m[2] ? m[6] === '!' : m[4] === '!';
  return { name: m[1]!, type: nonNull || type === 'unknown' ? type : `${type} | null`, optional: false };
}

const PROTO_TYPES = new Map<string, string>(Object.entries({ string: 'string', bytes: 'unknown', bool: 'boolean', double: 'number', float: 'number', int32: 'number', int64: 'number', uint32: 'number', uint64: 'number', sint32: 'number', sint64: 'number', fixed32: 'number', fixed64: 'number', sfixed32: 'number', sfixed64: 'number', 'google.protobuf.Timestamp': 'string', 'google.protobuf.Duration': 'string', 'google.protobuf.Struct': 'unknown', 'google.protobuf.Any': 'unknown' }));

/** `optional string nickname = 3;`, `repeated string scopes = 4;`, `map<string, int32> counts = 5;` */
function protoField(line: string): ModelField | undefined {
  const m = /^\s*(optional\s+|repeated\s+|required\s+)?(map\s*<[^>]*>|[A-Za-z_][\w.]*)\s+([A-Za-z_]\w*)\s*=\s*\d+/.exec(line);
  if (!m || /^(?:option|reserved|extensions|oneof|enum|message)$/.test(m[2]!)) return undefined;
  const raw = m[2]!;
  const base = raw.startsWith('map') ? 'unknown' : (PROTO_TYPES.get(raw) ?? normalizeFieldType(raw.split('.').pop()!));
  const label = m[1]?.trim();
  return { name: m[3]!, type: label === 'repeated' ? `${base}[]` : base, optional: label === 'optional' };
}

/**
 * A message of a Mermaid sequenceDiagram that makes a call: `W->>A: POST /api/jobs`, `M->>A: PATCH
 * /api/jobs/{id}/status {status: "ready"}`. The receiver in group 1, the method in 2, a host in 3, the path in 4.
 */
const SEQUENCE_CALL = /^\s*[\w"]+\s*--?(?:>>|>|x|\))[+-]?\s*([\w"]+)\s*:\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(https?:\/\/[^\s/]+)?(\/\S*)/;

/**
 * The calls of a Mermaid sequenceDiagram: each message with a method and a path is an endpoint of the
 * participant it goes to. A participant called at another host (`T: POST https://api.twilio.com/…`)
 * is someone else's service, so what it is sent is no endpoint of ours; replies (`201 {id}`) name no call.
 */
function readSequenceDiagram(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  const calls: Array<{ to: string; method: HttpMethod; path: string; index: number }> = [];
  const elsewhere = new Set<string>();
  lines.forEach((text, index) => {
    const m = text.includes(':') ? SEQUENCE_CALL.exec(text) : null;
    if (!m || LINE_OUT_OF_SCOPE.test(text)) return;
    if (m[3] !== undefined && !(ctx.ownHosts?.has(m[3].slice(m[3].indexOf('//') + 2).toLowerCase()) || isLocalHost(m[3]))) elsewhere.add(m[1]!);
    else calls.push({ to: m[1]!, method: m[2] as HttpMethod, path: m[4]!, index });
  });
  for (const c of calls) {
    const path = elsewhere.has(c.to) ? undefined : normalizeApiPath(c.path);
    if (path) out.api(ctx, firstLine + c.index, path, [c.method]);
  }
}

/** A Mermaid erDiagram entity (`SEAT_BOOKING`, `customer-order`) as a model name: upper-case words lowered first. */
function erName(name: string): string {
  return /[a-z]/.test(name) ? name : name.toLowerCase();
}

/** `CUSTOMER ||--o{ ORDER : places`: a relationship line of a Mermaid erDiagram, its two entities in groups 1 and 2. */
const ER_RELATION = /^\s*"?([A-Za-z_][\w-]*)"?\s+[|}][|o]?(?:--|\.\.)[|o]?[|{]\s+"?([A-Za-z_][\w-]*)"?\s*:/;

/** A Mermaid erDiagram: each entity block is a model with its attributes; an entity only related to others is a model too. */
function readErDiagram(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  readDeclBlocks(lines, firstLine, /^\s*"?([A-Za-z_][\w-]*)"?\s*(?:\[[^\]]*\]\s*)?\{\s*$/, erField, ctx, out, { rename: erName });
  lines.forEach((text, i) => {
    const m = text.includes('--') || text.includes('..') ? ER_RELATION.exec(text) : null;
    if (!m) return;
    out.model(ctx, firstLine + i, erName(m[1]!), []);
    out.model(ctx, firstLine + i, erName(m[2]!), []);
  });
}

/**
 * `string id PK`, `datetime departs_at`, `int seats "max 8"`: type first, then name, then keys and a
 * comment. A comment may say what the column holds: `"nullable"`, `"optional"` (readSideNotes), or a
 * string's values set apart by bars (`"draft | sent | paid"`).
 */
function erField(line: string): ModelField | undefined {
  const m = /^\s*([A-Za-z_][\w-]*(?:\(\d+(?:,\s*\d+)?\))?(?:\[\])?)\s+([A-Za-z_][\w-]*)(?:\s+(?:PK|FK|UK)(?:\s*,\s*(?:PK|FK|UK))*)?(?:\s+"([^"]*)")?\s*$/.exec(line);
  if (!m) return undefined;
  const type = normalizeFieldType(m[1]!);
  const comment = m[3]?.trim();
  if (!comment) return { name: m[2]!, type, optional: false };
  const notes = readSideNotes(comment, type);
  const values = type === 'string' && comment.includes('|') ? ER_VALUES.exec(comment) : null;
  const own = values ? literalUnion(comment.split('|').map((v) => v.trim())) : (notes.type ?? type);
  return { name: m[2]!, type: notes.nullable && !own.endsWith('| null') ? `${own} | null` : own, optional: notes.optional };
}
/** An erDiagram comment that is only a string's values, set apart by bars: `applied | screening | hired`. */
const ER_VALUES = /^[\w-]+(?:\s*\|\s*[\w-]+)+$/;

/** `type SigningJob struct {`: a Go struct, the way Go declares a record. */
const GO_STRUCT = /^\s*type\s+([A-Za-z_]\w*)\s+struct\s*\{/m;
const GO_TYPES = new Map<string, string>(Object.entries({ string: 'string', bool: 'boolean', byte: 'number', rune: 'number', 'time.Time': 'string', 'time.Duration': 'number', 'uuid.UUID': 'string', 'json.RawMessage': 'unknown', 'any': 'unknown', 'interface{}': 'unknown' }));

/** A typed Go constant with a string value: `StatusOnline DeviceStatus = "online"` (in a `const (` block or after `const`); the type in group 1, the value in group 2. */
const GO_TYPED_CONST = /^\s*(?:const\s+)?[A-Za-z_]\w*\s+([A-Za-z_]\w*)\s*=\s*"([^"\\\n]*)"\s*(?:\/\/.*)?$/;

/**
 * `type JobStatus string`: the named types of a Go block, each with the type it is. A string type
 * with typed constants of its own (`const ( StatusOnline DeviceStatus = "online"; … )`, the way Go
 * writes an enum) is the union of their values.
 */
function goAliases(lines: string[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const values = new Map<string, string[]>();
  let inConst = false;
  for (const line of lines) {
    const m = /^\s*type\s+([A-Za-z_]\w*)\s+(?!struct\b)([\w.]+)\s*(?:\/\/.*)?$/.exec(line);
    if (m) aliases.set(m[1]!, goType(m[2]!, new Map()));
    if (/^\s*const\s*\(\s*$/.test(line)) inConst = true;
    else if (inConst && /^\s*\)/.test(line)) inConst = false;
    else if (inConst || /^\s*const\s/.test(line)) {
      const c = GO_TYPED_CONST.exec(line);
      if (c) values.set(c[1]!, [...(values.get(c[1]!) ?? []), c[2]!]);
    }
  }
  for (const [name, listed] of values) if (aliases.get(name) === 'string' && listed.length >= 2) aliases.set(name, literalUnion(listed));
  return aliases;
}

function goType(raw: string, aliases: Map<string, string>): string {
  if (raw.startsWith('[]')) {
    const inner = goType(raw.slice(2).replace(/^\*/, ''), aliases);
    return inner.endsWith('[]') || inner.includes('|') ? 'unknown[]' : `${inner}[]`;
  }
  if (raw.startsWith('map[')) return 'unknown';
  const known = GO_TYPES.get(raw) ?? aliases.get(raw);
  if (known) return known;
  if (/^u?int(?:8|16|32|64)?$|^float(?:32|64)$/.test(raw)) return 'number';
  return /^[A-Z]\w*$/.test(raw) ? raw : 'unknown';
}

/**
 * A Go struct field: `DocumentID string \`json:"documentId"\``. The JSON name is the field's name
 * when a tag gives one; a pointer may be nil (`| null`), `omitempty` may leave the field out.
 */
function goField(line: string, aliases: Map<string, string>): ModelField | undefined {
  const m = /^\s*([A-Za-z_]\w*)\s+(\*)?((?:\[\]\*?)*(?:map\[[^\]]+\])?[\w.{}]+)\s*(?:`([^`]*)`)?\s*(?:\/\/(.*))?$/.exec(line);
  if (!m) return undefined;
  const tag = m[4] ? /\bjson:"([^"]*)"/.exec(m[4]) : null;
  const [tagName, ...opts] = tag ? tag[1]!.split(',') : [];
  if (tagName === '-') return undefined;
  let type = goType(m[3]!, aliases);
  // `Status string // "pending" | "approved"`: a string whose comment is a union of quoted values holds one of them.
  const comment = type === 'string' && m[5] !== undefined ? /^\s*("[^"\n]*"(?:\s*\|\s*"[^"\n]*")+)\s*$/.exec(m[5]) : null;
  if (comment) type = normalizeFieldType(comment[1]!);
  return { name: tagName || m[1]!, type: m[2] && type !== 'unknown' ? `${type} | null` : type, optional: opts.includes('omitempty') };
}

/**
 * `name varchar [not null]`, `id int [pk, increment]`, `note text [null]` (its value may be null:
 * `string | null`), `condition listing_condition` (an enum of the block: its union).
 */
function dbmlField(line: string, enums: Map<string, string>): ModelField | undefined {
  const m = /^\s*"?([A-Za-z_]\w*)"?\s+([A-Za-z_]\w*(?:\s*\([^)]*\))?(?:\[\])?)\s*(?:\[([^\]]*)\])?\s*(?:\/\/.*)?$/.exec(line);
  if (!m || m[1] === 'indexes') return undefined;
  const settings = m[3] ?? '';
  const type = enums.get(m[2]!) ?? normalizeFieldType(m[2]!);
  if (/(?:^|,)\s*null\s*(?:,|$)/i.test(settings) && type !== 'unknown') return { name: m[1]!, type: `${type} | null`, optional: false };
  return { name: m[1]!, type, optional: !/\b(?:not null|pk|primary key)\b/i.test(settings) };
}

const PY_TYPES = new Map<string, string>(Object.entries({
  str: 'string', int: 'number', float: 'number', Decimal: 'number', bool: 'boolean', bytes: 'unknown', datetime: 'string', date: 'string', time: 'string', timedelta: 'string', UUID: 'string', UUID4: 'string', EmailStr: 'string', NameEmail: 'string', HttpUrl: 'string', AnyUrl: 'string', AnyHttpUrl: 'string', SecretStr: 'string', IPvAnyAddress: 'string', AwareDatetime: 'string', NaiveDatetime: 'string', PastDate: 'string', FutureDate: 'string', PastDatetime: 'string', FutureDatetime: 'string', Any: 'unknown', dict: 'unknown', Dict: 'unknown', Json: 'unknown',
  PositiveInt: 'number', NegativeInt: 'number', NonNegativeInt: 'number', NonPositiveInt: 'number', PositiveFloat: 'number', NegativeFloat: 'number', NonNegativeFloat: 'number', NonPositiveFloat: 'number', StrictInt: 'number', StrictFloat: 'number', StrictStr: 'string', StrictBool: 'boolean',
}));

/**
 * What follows `name:` in a Python class body: the annotation and the default value after `=`, each
 * cut where brackets and parentheses close (`Annotated[str, Field(max_length=40)] = "x"  # note`).
 * Undefined when no annotation is written.
 */
function annotationParts(rest: string): { annotation: string; value?: string } | undefined {
  let depth = 0;
  let quote = '';
  let eq = -1;
  let end = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') depth--;
    else if (c === '#' && depth === 0) {
      end = i;
      break;
    } else if (c === '=' && depth === 0 && eq === -1) eq = i;
  }
  const annotation = rest.slice(0, eq === -1 ? end : eq).trim();
  if (annotation === '') return undefined;
  return eq === -1 ? { annotation } : { annotation, value: rest.slice(eq + 1, end).trim() };
}

/** The first argument of a list of them (`str, Field(max_length=40)` → `str`): up to the first comma outside brackets and parentheses. */
function firstArgument(args: string): string {
  let depth = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) return args.slice(0, i);
  }
  return args;
}

/** A Python annotation as a field type: `Optional[datetime]`, `list[str]`, `str | None`, `Literal['a', 'b']`. */
function pyType(raw: string): { type: string; nullable: boolean } {
  let t = raw.replace(/\s+/g, '');
  // SQLAlchemy 2's `Mapped[int]`: the type it maps.
  if (t.startsWith('Mapped[') && t.endsWith(']')) t = t.slice(7, -1);
  // `Annotated[str, Field(max_length=40)]`: the type, its metadata aside.
  if (/^(?:typing\.)?Annotated\[/.test(t) && t.endsWith(']')) t = firstArgument(t.slice(t.indexOf('[') + 1, -1));
  let nullable = false;
  const opt = /^(?:typing\.)?Optional\[(.+)\]$/.exec(t);
  if (opt) {
    t = opt[1]!;
    nullable = true;
  } else if (/\|None$|^None\|/.test(t)) {
    t = t.replace(/\|None$|^None\|/, '');
    nullable = true;
  }
  // `Optional[Annotated[str, …]]`: what may be null is read as any annotation.
  if (nullable) {
    const inner = pyType(t).type;
    return { type: inner, nullable: inner !== 'unknown' };
  }
  // pydantic's constrained types: `conint(ge=0)`, `constr(max_length=10)`, `conlist(str, min_length=1)`.
  const constrained = /^(?:pydantic\.)?con(int|float|decimal|str|bytes|date|list|set)\((.*)\)$/.exec(t);
  if (constrained) {
    const kind = constrained[1]!;
    if (kind === 'list' || kind === 'set') {
      const inner = pyType(firstArgument(constrained[2]!).replace(/^item_type=/, '')).type;
      return { type: inner.endsWith('[]') || inner.includes('|') ? 'unknown[]' : `${inner}[]`, nullable };
    }
    const base = kind === 'str' || kind === 'date' ? 'string' : kind === 'bytes' ? 'unknown' : 'number';
    return { type: base, nullable: nullable && base !== 'unknown' };
  }
  const list = /^(?:typing\.)?(?:List|list|Set|set|Sequence|FrozenSet|frozenset|Tuple|tuple)\[([^,\]]+)(?:,\.\.\.)?\]$/.exec(t);
  const literal = /^(?:typing\.)?Literal\[(.+)\]$/.exec(t);
  let type: string;
  if (list) {
    const inner = pyType(list[1]!).type;
    type = inner.endsWith('[]') || inner.includes('|') ? 'unknown[]' : `${inner}[]`;
  } else if (literal) type = normalizeFieldType(literal[1]!.split(',').join(' | '));
  else if (/^(?:typing\.)?(?:Dict|dict|Mapping)\[/.test(t)) type = 'unknown';
  else type = PY_TYPES.get(t.split('.').pop()!) ?? normalizeFieldType(t);
  return { type, nullable: nullable && type !== 'unknown' };
}

/** `name = models.CharField(…)`, `name = Column(String(40), …)`, `name = mapped_column(…)`: an ORM's field; group 2 the call, group 3 its arguments. */
const ORM_FIELD = /^\s+([a-z_]\w*)\s*(?::\s*[^=]+)?=\s*((?:models\.|db\.|sa\.)?(?:\w+Field|ForeignKey|OneToOneField|ManyToManyField|Column|mapped_column))\s*\((.*)\)\s*(?:#.*)?$/;
/** SQLAlchemy 2's annotation before `=` (`batch_id: Mapped[Optional[uuid.UUID]] = mapped_column(…)`), in group 1. */
const MAPPED_ANNOTATION = /^\s+[a-z_]\w*\s*:\s*(Mapped\[[^=]+\])\s*=/;
/** `LEVELS = [("a", "A"), …]` in a class body. */
const CHOICES_LINE = /^\s+([A-Z][A-Z0-9_]*)\s*=\s*[[(](.*)[\])]\s*$/;
/** Django field classes and SQLAlchemy column types by the type they hold. */
const ORM_TYPES: Array<[RegExp, string]> = [
  [/^(?:Char|Text|Slug|Email|URL|UUID|GenericIPAddress|IPAddress|FilePath|File|Image|String|Unicode|UnicodeText|Uuid|Enum)(?:Field)?$/, 'string'],
  [/^(?:(?:Positive)?(?:Small|Big)?Integer|(?:Big|Small)?Auto|Float|Decimal|Numeric|Integer|BigInteger|SmallInteger)(?:Field)?$/, 'number'],
  [/^(?:(?:Null)?Boolean)(?:Field)?$/, 'boolean'],
  [/^(?:DateTime|Date|Time)(?:Field)?$/, 'string'],
];

/**
 * A field of a Django model or SQLAlchemy class: its type by the field class or column type, a
 * relation's by the model it points at (`ForeignKey(Course, …)` → `Course`), `choices=` a literal
 * union, `null=True` / `nullable=True` a nullable value.
 */
function ormField(name: string, call: string, args: string, self: string, choices: Map<string, string>, enums: Map<string, string>): ModelField | undefined {
  const kind = call.split('.').pop()!;
  const column = kind === 'Column' || kind === 'mapped_column';
  let type: string;
  if (kind === 'ForeignKey' || kind === 'OneToOneField' || kind === 'ManyToManyField') {
    const target = /^\s*(?:(['"])([\w.]+)\1|([A-Z]\w*))/.exec(args);
    const model = target ? (target[2] ?? target[3])!.split('.').pop()! : undefined;
    const ref = model === 'self' ? self : model && /^[A-Z]\w*$/.test(model) ? model : 'string';
    type = kind === 'ManyToManyField' ? `${ref}[]` : ref;
  } else {
    const written = column ? /^\s*(?:(?:sa|db)\.)?([A-Z]\w*)/.exec(args)?.[1] : kind;
    if (column && written === undefined) return undefined;
    type = ORM_TYPES.find(([re]) => re.test(written!))?.[1] ?? 'unknown';
    // `choices=LEVELS`, `choices=Status.choices` (a `TextChoices` class), `choices=[("a", "A"), …]`, SQLAlchemy's `Enum(Status)`.
    const chosen = /\b(?:choices\s*=\s*|Enum\(\s*)([A-Za-z_]\w*)(?:\.choices)?\b/.exec(args);
    const listed = chosen ? undefined : /\bchoices\s*=\s*[[(]((?:\s*\(\s*(['"])[^'"\n]*\2\s*,[^()]*\)\s*,?)+)[\])]/.exec(args);
    // SQLAlchemy's `Enum("greenware", "bisqued", name="piece_stage")`: the values written in the call.
    const values = chosen || listed ? undefined : /\bEnum\(\s*((?:(['"])[^'"\n]*\2\s*,?\s*)+)/.exec(args);
    const known = chosen ? (choices.get(chosen[1]!) ?? enums.get(chosen[1]!)) : listed ? literalUnion([...listed[1]!.matchAll(/\(\s*(['"])([^'"\n]*)\1\s*,/g)].map((v) => v[2]!)) : values ? literalUnion([...values[1]!.matchAll(/(['"])([^'"\n]*)\1/g)].map((v) => v[2]!)) : undefined;
    if (known !== undefined && type === 'string') type = known;
  }
  // SQLAlchemy's `Column` may hold null unless it says `nullable=False` or is the primary key (`mapped_column` follows its annotation).
  const nullable = /\b(?:null|nullable)\s*=\s*True\b/.test(args) || (kind === 'Column' && !/\bnullable\s*=\s*False\b|\bprimary_key\s*=\s*True\b/.test(args));
  return { name, type: nullable && type !== 'unknown' ? `${type} | null` : type, optional: false };
}

/** `class Status(str, Enum):`, `class Plan(models.TextChoices):`: a Python enum, its name in group 1. */
const PY_ENUM_CLASS = /^class\s+([A-Za-z_]\w*)\s*\([^)]*\b(?:Enum|StrEnum|IntEnum|TextChoices|IntegerChoices)\s*(?:,[^)]*)?\)\s*:/;
/** A member of a Python enum: `OPEN = "open"` (its value in group 3), `OPEN = auto()` or `OPEN = 1` (its name). */
const PY_ENUM_MEMBER = /^\s+([A-Za-z_]\w*)\s*=\s*(?:(['"])([^'"\n]*)\2)?/;

/**
 * The enums a Python block declares, each as the union of its members' values (a name when the
 * value is no string): at the top level or nested in the model that uses them (Django's
 * `class Status(models.TextChoices):` inside `class Lease(models.Model):`).
 */
function pyEnums(lines: string[]): Map<string, string> {
  const enums = new Map<string, string>();
  let name: string | undefined;
  // The indent of the enum's class line: its members are indented deeper.
  let indent = 0;
  let values: string[] = [];
  const flush = () => {
    if (name !== undefined && values.length >= 2) enums.set(name, literalUnion(values));
    name = undefined;
    values = [];
  };
  for (const line of lines) {
    const text = line.trimStart();
    if (text === '' || text.startsWith('#')) continue;
    const at = line.length - text.length;
    if (name !== undefined && at > indent) {
      const m = PY_ENUM_MEMBER.exec(line);
      if (m && !m[1]!.startsWith('_')) values.push(m[3] ?? m[1]!);
      continue;
    }
    flush();
    const enumClass = text.startsWith('class') && (text.includes('Enum') || text.includes('Choices')) ? PY_ENUM_CLASS.exec(text)?.[1] : undefined;
    if (enumClass !== undefined) {
      name = enumClass;
      indent = at;
    }
  }
  flush();
  return enums;
}

/** `STATUS_CHOICES = [` or `= (` at a module's top level: a list of choices may start (the name in group 1). */
const MODULE_CHOICES_START = /^([A-Z][A-Z0-9_]*)\s*=\s*[[(]/;

/**
 * The choices lists a Python module declares at its top level, on one line or over the lines up to
 * its closing bracket (at most 64): `STATUS_CHOICES = [("open", "Open"), ("closed", "Closed")]`,
 * each as the union of the values (the first string of each pair).
 */
function moduleChoices(lines: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.includes('=') ? MODULE_CHOICES_START.exec(lines[i]!) : null;
    if (!m) continue;
    let text = lines[i]!;
    let depth = 0;
    let j = i;
    for (; j < lines.length && j < i + 64; j++) {
      if (j > i) text += ` ${lines[j]!}`;
      for (const c of lines[j]!) depth += c === '[' || c === '(' ? 1 : c === ']' || c === ')' ? -1 : 0;
      if (depth <= 0) break;
    }
    const values = [...text.matchAll(/\(\s*(['"])([^'"\n]*)\1\s*,/g)].map((v) => v[2]!);
    if (values.length >= 2) found.set(m[1]!, literalUnion(values));
    i = j;
  }
  return found;
}

/**
 * A Python block's lines with a bracket left open joined to the lines that close it (16 at most), on
 * the index of the first; the lines joined in are left empty. Brackets in strings are not counted.
 */
function continuedLines(lines: readonly string[]): string[] {
  const out = [...lines];
  const depthOf = (text: string): number => {
    let depth = 0;
    let quote = '';
    for (const c of text) {
      if (quote !== '') {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#') break;
      else if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
    }
    return depth;
  };
  for (let i = 0; i < out.length; i++) {
    const text = out[i]!;
    if (!text.includes('(') && !text.includes('[') && !text.includes('{')) continue;
    let depth = depthOf(text);
    let j = i + 1;
    let joined = text;
    for (; depth > 0 && j < out.length && j <= i + 16; j++) {
      joined += ` ${out[j]!.trim()}`;
      depth += depthOf(out[j]!);
    }
    if (depth > 0 || j === i + 1) continue;
    out[i] = joined;
    for (let k = i + 1; k < j; k++) out[k] = '';
    i = j - 1;
  }
  return out;
}

/** The model bases and decorators a Python data class is declared with (pydantic, dataclasses, SQLModel, TypedDict, Django, SQLAlchemy, Flask-SQLAlchemy's `db.Model`). */
const PY_MODEL_BASE = /^(?:BaseModel|SQLModel|TypedDict|Schema|Document|Model|models\.Model|db\.Model|Base|DeclarativeBase)$/;

/**
 * `class Hub(BaseModel):` or `@dataclass class Hub:` with `name: type [= default]` lines below it,
 * up to the next line that is not indented. A class of any other base is code, not a model.
 */
function readPythonClasses(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  // Enums, and the choices lists a module declares (`STATUS_CHOICES = [("open", "Open"), …]`, on one line or several): a field's `choices=` may name either.
  const enums = pyEnums(lines);
  for (const [name, union] of moduleChoices(lines)) if (!enums.has(name)) enums.set(name, union);
  // The class being read, with the names of its fields: a repeated field is looked up, not searched for.
  let current: { name: string; line: number; fields: ModelField[]; names: Set<string> } | undefined;
  let decorated = false;
  // The choices lists of the class being read (`LEVELS = [(…), …]`), by name.
  const choices = new Map<string, string>();
  // The indent of a class nested in the one being read (`class Meta:`, `class Status(TextChoices):`): its body is no field of the model.
  let nested: number | undefined;
  const flush = () => {
    if (current && current.fields.length > 0) out.model(ctx, current.line, current.name, current.fields);
    current = undefined;
    choices.clear();
    nested = undefined;
  };
  // A field's call may go on over the next lines (`db.Column(db.Enum("a", "b",` / `name="x"), nullable=False)`): read as one line.
  continuedLines(lines).forEach((text, i) => {
    if (text.trim() === '' || text.trimStart().startsWith('#')) return;
    if (current && /^\s/.test(text)) {
      const at = text.length - text.trimStart().length;
      if (nested !== undefined && at > nested) return;
      nested = /^\s+class\s/.test(text) ? at : undefined;
      if (nested !== undefined) return;
    }
    if (!/^\s/.test(text)) {
      flush();
      if (/^@(?:dataclasses\.)?dataclass\b|^@(?:attr\.s|attrs\.define|define)\b/.test(text)) {
        decorated = true;
        return;
      }
      const m = /^class\s+([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?\s*:/.exec(text);
      if (m && (decorated || (m[2] ?? '').split(',').some((b) => PY_MODEL_BASE.test(b.trim())))) current = { name: m[1]!, line: firstLine + i, fields: [], names: new Set() };
      decorated = false;
      return;
    }
    if (!current) return;
    // Django and SQLAlchemy: `title = models.CharField(max_length=200)`, `name = Column(String(40), nullable=True)`.
    const orm = text.includes('(') && text.includes('=') ? ORM_FIELD.exec(text) : null;
    if (orm) {
      if (current.names.has(orm[1]!)) return;
      let field = ormField(orm[1]!, orm[2]!, orm[3]!, current.name, choices, enums);
      // `flags: Mapped[list[str]] = mapped_column(ARRAY(String))`: the annotation says the type and whether it may be null; values the column lists stay.
      const mapped = field && text.includes('Mapped[') ? MAPPED_ANNOTATION.exec(text) : null;
      if (field && mapped) {
        const annotated = pyType(mapped[1]!);
        const values = field.type.replace(/ \| null$/, '');
        const type = annotated.type === 'string' && values.startsWith('"') ? values : annotated.type;
        if (type !== 'unknown') field = { ...field, type: annotated.nullable ? `${type} | null` : type };
      }
      if (field) {
        current.names.add(field.name);
        current.fields.push(field);
        return;
      }
    }
    // `LEVELS = [("beginner", "Beginner"), …]`: the choices a field may name.
    const listed = text.includes('=') && text.includes('(') ? CHOICES_LINE.exec(text) : null;
    if (listed) {
      const values = [...listed[2]!.matchAll(/\(\s*(['"])([^'"]*)\1\s*,/g)].map((v) => v[2]!);
      if (values.length >= 2) choices.set(listed[1]!, literalUnion(values));
      return;
    }
    const f = /^\s+([A-Za-z_]\w*)\s*:(.*)$/.exec(text);
    const parts = f ? annotationParts(f[2]!) : undefined;
    if (!f || !parts || f[1]!.startsWith('_') || current.names.has(f[1]!)) return;
    current.names.add(f[1]!);
    const { type, nullable } = pyType(parts.annotation);
    const fallback = parts.value !== undefined && /^None$/.test(parts.value);
    const field = { name: f[1]!, type: nullable ? `${type} | null` : type, optional: fallback };
    current.fields.push(enums.size > 0 ? withAlias(field, enums)! : field);
  });
  flush();
}

/** `CREATE TYPE mood AS ENUM ('sad', 'ok');` (Postgres): the type's name in group 1, its quoted values in group 2. */
const SQL_ENUM_TYPE = /create\s+type\s+(?:[`"]?\w+[`"]?\.)?[`"]?([A-Za-z_]\w*)[`"]?\s+as\s+enum\s*\(([^)]*)\)/gi;

/** A column's type as a name (`mood`, `public.order_status`): group 1, looked up among the block's enum types. */
const SQL_TYPE_NAME = /^[`"[]?\w+[`"\]]?\s+(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)/;

/** The enum types an SQL block creates, each as the union of its values. */
function sqlEnums(value: string): Map<string, string> {
  const enums = new Map<string, string>();
  if (!/\benum\b/i.test(value)) return enums;
  for (const m of value.matchAll(SQL_ENUM_TYPE)) enums.set(m[1]!.toLowerCase(), literalUnion(quotedValues(m[2]!)));
  return enums;
}

/** The values of an SQL list written in single quotes: `'open', 'closed'`. */
function quotedValues(list: string): string[] {
  return [...list.matchAll(/'([^']*)'/g)].map((v) => v[1]!);
}

/** A line that goes on with the column above it: a constraint of that column, written under it. */
const SQL_CONTINUATION = /^\s*(?:check|references|default|not\s+null|null|unique|generated|collate)\b/i;

/**
 * The lines of an SQL block with each column whole on its own line: a line that goes on with the
 * column above (`role text NOT NULL` then `  CHECK (role IN (…)),`, the line above ending with no
 * comma) is joined to it, and left blank so that lines keep their numbers.
 */
function sqlColumnLines(lines: string[]): string[] {
  let out: string[] | undefined;
  // The line a continuation joins: the last one not blank, so a column over three lines ends up whole on its first.
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const above = last === -1 ? '' : (out ?? lines)[last]!.replace(/--.*$/, '').trimEnd();
    if (above !== '' && !above.endsWith(',') && !above.endsWith('(') && SQL_CONTINUATION.test(line)) {
      out ??= [...lines];
      out[last] = `${above} ${line.trim()}`;
      out[i] = '';
      continue;
    }
    last = i;
  }
  return out ?? lines;
}

/** `ALTER TABLE clients ADD COLUMN …`: the table's name in group 1, the rest of the line in group 2. */
const SQL_ALTER = /^\s*alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?[`"[]?(?:\w+[`"\]]?\.[`"[]?)?([A-Za-z_]\w*)[`"\]]?\s*(.*)$/i;
/** A clause that adds a column (`ADD COLUMN reminders_enabled boolean NOT NULL`, `ADD snooze_until timestamptz`): the column in group 1. */
const SQL_ADD_COLUMN = /^\s*add\s+(?:column\s+)?(?:if\s+not\s+exists\s+)?(.+?)\s*[,;]?\s*$/i;

/**
 * The columns `ALTER TABLE … ADD COLUMN` adds to a table, as a change or a design writes what an
 * existing table gains (`ALTER TABLE clients ADD COLUMN reminder_offsets integer[] NOT NULL;`), the
 * clauses on the line of `ALTER TABLE` or on the lines after it up to the `;`: the table is a model
 * with those fields. A clause that adds a constraint, a key or an index adds no field; one that drops
 * or renames a column is none.
 */
function readAddedColumns(lines: string[], firstLine: number, enums: Map<string, string>, ctx: SectionContext, out: TaskCollector): void {
  const tables = new Map<string, { line: number; fields: ModelField[] }>();
  let table: string | undefined;
  lines.forEach((text, i) => {
    const alter = SQL_ALTER.exec(text);
    if (alter) table = alter[1]!;
    const rest = alter ? alter[2]! : text;
    const add = table !== undefined ? SQL_ADD_COLUMN.exec(rest) : null;
    const field = add ? sqlField(add[1]!, enums) : undefined;
    if (field && table !== undefined) {
      let t = tables.get(table);
      if (!t) tables.set(table, (t = { line: firstLine + i, fields: [] }));
      if (!t.fields.some((f) => f.name === field.name)) t.fields.push(field);
    }
    if (text.replace(/--.*$/, '').trimEnd().endsWith(';')) table = undefined;
  });
  for (const [name, t] of tables) out.model(ctx, t.line, name, t.fields);
}

/**
 * A column of `CREATE TABLE`: its type (an enum type of the block, or MySQL's inline
 * `ENUM('a', 'b')`, is its union), `CHECK (x IN (…))` values, and what it says of null.
 */
function sqlField(line: string, enums: Map<string, string>): ModelField | undefined {
  const text = line.trim().replace(/,$/, '');
  if (/^(?:primary|foreign|unique|constraint|index|key|check|--|\))/i.test(text)) return undefined;
  const m = /^[`"[]?([A-Za-z_]\w*)[`"\]]?\s+([A-Za-z]+(?:\s+(?:varying|precision))?(?:\s*\([^)]*\))?(?:\[\])?)/.exec(text);
  if (!m) return undefined;
  const named = enums.size > 0 ? SQL_TYPE_NAME.exec(text) : null;
  const inline = /^enum\s*\(/i.test(m[2]!) ? literalUnion(quotedValues(m[2]!)) : undefined;
  const type = inline ?? (named ? enums.get(named[1]!.toLowerCase()) : undefined) ?? normalizeFieldType(m[2]!);
  // `status TEXT CHECK (status IN ('open', 'closed'))`: the values the column may hold.
  const check = text.includes('(') ? /\bcheck\s*\(\s*[`"[]?\w+[`"\]]?\s+in\s*\(([^)]*)\)/i.exec(text) : null;
  const values = check ? quotedValues(check[1]!) : [];
  const base = values.length >= 2 ? literalUnion(values) : type;
  if (/not\s+null|primary\s+key/i.test(text)) return { name: m[1]!, type: base, optional: false };
  // A column without `NOT NULL` holds null when no value is given (`T | null`), as a GraphQL field without `!`;
  // one with a `DEFAULT` gets that value instead: it may be left out.
  if (base !== 'unknown' && (/\bnull\b/i.test(text.slice(m[0].length)) || !/\bdefault\b/i.test(text))) return { name: m[1]!, type: `${base} | null`, optional: false };
  return { name: m[1]!, type: base, optional: true };
}

function parseData(value: string): unknown {
  try {
    return value.trimStart().startsWith('{') ? JSON.parse(value) : parseYaml(value, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** A JSON Schema / OpenAPI property as a field type: `type` (or dbt's `data_type`), `format`, `items`, `$ref`, `enum`. */
function schemaType(prop: unknown): string {
  if (typeof prop === 'string') return writtenType(prop).type;
  if (!isRecord(prop)) return 'unknown';
  // `nullable: true` (OpenAPI 3.0), `x-nullable: true` (Swagger 2), `type: [string, "null"]` (JSON Schema, OpenAPI 3.1): the value may be null.
  const nullable = prop.nullable === true || prop['x-nullable'] === true || (Array.isArray(prop.type) && prop.type.includes('null'));
  if (nullable) {
    const base = schemaType({ ...prop, nullable: undefined, 'x-nullable': undefined, type: Array.isArray(prop.type) ? prop.type.filter((t) => t !== 'null') : prop.type });
    return base === 'unknown' || base.endsWith('| null') ? base : `${base} | null`;
  }
  if (typeof prop.$ref === 'string') return normalizeFieldType(prop.$ref.split('/').pop() ?? '');
  if (prop.type === 'array') {
    const inner = schemaType(prop.items);
    return inner.endsWith('[]') ? 'unknown[]' : `${inner}[]`;
  }
  if (prop.type === 'integer') return 'number';
  const values = prop.enum ?? (prop.type === 'enum' ? prop.values : undefined);
  if (Array.isArray(values) && values.length >= 2 && values.every((v) => typeof v === 'string')) return literalUnion(values as string[]);
  const listed = Array.isArray(prop.type) ? prop.type.filter((t) => t !== 'null') : undefined;
  const type = listed?.length === 1 ? listed[0] : (prop.type ?? prop.data_type);
  if (type === 'integer') return 'number';
  return typeof type === 'string' ? writtenType(type).type : 'unknown';
}

/** A type written as a string value (`uuid`, `int`, `string?`, `enum[a, b]`, `Dataset[]`, `text, nullable`): the field type, and whether it says optional. */
function writtenType(raw: string): { type: string; optional: boolean } {
  const notes = readTypeText(raw);
  return { type: notedType(notes) ?? 'unknown', optional: notes.optional };
}

/** Top-level keys of a data block that hold its models by name: `entities:`, `models:`, `tables:`, `definitions:`… */
const COLLECTION_KEY = /^(?:entities|models|tables|types|schemas|definitions|\$defs|resources|objects|records|collections)$/i;
/** COLLECTION_KEY (and OpenAPI's `components`) at a line start of a block: the cheap test for a data block outside a data section. */
const COLLECTION_LINE = /(?:^|\n)\s*"?(?:components|schemas|definitions|entities|models|tables|types|resources|objects|records|collections)"?\s*:/;
/** A YAML block that opens with a collection key (`entities:` alone on its line, maybe after comments), written without a language. */
const YAML_COLLECTION_START = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*(?:entities|models|tables|types|schemas|definitions|resources|objects|records|collections)[ \t]*:[ \t]*\r?\n/;
/** Collections of JSON Schema: a property not listed as `required` is optional. */
const JSON_SCHEMA_KEY = /^(?:schemas|definitions|\$defs)$/;
/** Keys of a model's definition that hold its fields (JSON Schema's `properties` is read apart). */
const FIELDS_KEYS = ['fields', 'attributes', 'columns', 'attrs', 'props'] as const;
const MODEL_KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
const FIELD_KEY = /^[A-Za-z_$][\w$]*$/;

type SchemaModel = { name: string; fields: ModelField[] };

/** A map of names to definitions, or a list of definitions: what a collection key holds (`entities:`), not a model's fields. */
function isCollection(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => isRecord(v) && typeof v.name === 'string');
  return isRecord(value) && Object.keys(value).length > 0 && Object.values(value).every(isRecord);
}

/**
 * A scalar a configuration sets, not a type: a number, a flag, a path or URL (`8080`, `false`,
 * `/opt/airflow/dags`, `http://localhost:8080`). A block with one where types would stand is settings.
 */
function isSetting(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && /^(?:[/~]|\.{1,2}\/|[a-z][\w+.-]*:\/\/|\d)/i.test(v.trim()));
}

/**
 * Models from a data block: OpenAPI `components.schemas`, the models under a collection key
 * (`entities:`, `models:`, `tables:`, `types:`, JSON Schema `definitions:`/`schemas:`…) as a map of
 * names or a list of `name:` entries, or (in a data section) a mapping of model names. A model
 * lists its fields under `fields:`/`attributes:`/`columns:` (a map of `field: type`, or a list of
 * `{ name, type }` entries or `field: type` lines), as JSON Schema `properties`, or as its own
 * `field: type` pairs. A block whose values are settings (`port: 8080`, `dags_folder: /opt/dags`)
 * is configuration, not models.
 */
function schemaModels(doc: unknown, dataSection: boolean): SchemaModel[] {
  if (Array.isArray(doc)) return dataSection && isCollection(doc) ? listedModels(doc, false) : [];
  if (!isRecord(doc)) return [];
  if (isRecord(doc.components) && isRecord(doc.components.schemas)) return definedModels(doc.components.schemas, true, true).filter((m) => !shapesCall(m.name));
  let collections: SchemaModel[] | undefined;
  for (const [key, value] of Object.entries(doc)) {
    if (!COLLECTION_KEY.test(key)) continue;
    const jsonSchema = JSON_SCHEMA_KEY.test(key);
    // `records: { id: uuid }` in a data section is a model named by the key; JSON Schema's keys always hold models.
    if (!jsonSchema && !isCollection(value)) continue;
    if (Array.isArray(value)) (collections ??= []).push(...listedModels(value, jsonSchema));
    else if (isRecord(value)) (collections ??= []).push(...definedModels(value, jsonSchema, jsonSchema || dataSection));
  }
  if (collections) return collections;
  // A value that is no definition (`"id": 42`, `port: 8080`): a record or settings, not a map of models.
  return dataSection && Object.values(doc).every(isRecord) ? definedModels(doc, false, true) : [];
}


/**
 * The models of a map of names to definitions.
 * @param jsonSchema the map is JSON Schema's (settings-like values are schema keywords, `maxLength: 40`)
 * @param loose a definition may be its own `field: type` pairs whatever their values (else only pairs whose values read as types)
 */
function definedModels(defs: Record<string, unknown>, jsonSchema: boolean, loose: boolean): SchemaModel[] {
  const models: SchemaModel[] = [];
  for (const [name, def] of Object.entries(defs)) {
    if (!MODEL_KEY.test(name) || !isRecord(def)) continue;
    const fields = definedFields(def, jsonSchema);
    if (fields) {
      if (fields.length > 0) models.push({ name, fields });
      continue;
    }
    const values = Object.values(def);
    if (!jsonSchema && values.some(isSetting)) return [];
    // `domain: { Dataset: {…}, Lineage: {…} }`: a collection under a key of its own, not a model whose fields are models.
    if (!jsonSchema && isCollection(def) && Object.keys(def).every((k) => /^[A-Z]/.test(k))) {
      models.push(...definedModels(def, false, loose));
      continue;
    }
    if (!values.every((v) => typeof v === 'string' || isRecord(v))) continue;
    if (!loose && !values.every((v) => isRecord(v) || readsAsType(v as string))) continue;
    const direct = entryFields(def, false);
    if (direct.length > 0) models.push({ name, fields: direct });
  }
  return models;
}

/** The models of a list of `name:` entries (`- name: orders` with `columns:`), as dbt and others write them. */
function listedModels(list: unknown[], jsonSchema: boolean): SchemaModel[] {
  const models: SchemaModel[] = [];
  for (const def of list) {
    if (!isRecord(def) || typeof def.name !== 'string' || !MODEL_KEY.test(def.name)) continue;
    const fields = definedFields(def, jsonSchema);
    if (fields && fields.length > 0) models.push({ name: def.name, fields });
  }
  return models;
}

/**
 * The fields a definition lists under `properties` (JSON Schema: a property is optional unless
 * `required` lists it, when the block is JSON Schema or its properties are schemas) or under
 * `fields:`/`attributes:`/`columns:`; undefined when it has no such key.
 */
function definedFields(def: Record<string, unknown>, jsonSchema: boolean): ModelField[] | undefined {
  // `allOf: [{ $ref: … }, { type: object, properties: … }]`: the properties its members write out (a referenced base's are its own model's).
  if (jsonSchema && Array.isArray(def.allOf) && !isRecord(def.properties)) {
    const fields: ModelField[] = [];
    for (const member of def.allOf) {
      const own = isRecord(member) ? definedFields(member, true) : undefined;
      for (const f of own ?? []) if (!fields.some((x) => x.name === f.name)) fields.push(f);
    }
    return fields.length > 0 ? fields : undefined;
  }
  if (isRecord(def.properties)) {
    const schemaStyle = jsonSchema || Array.isArray(def.required) || Object.values(def.properties).some(isRecord);
    const fields = entryFields(def.properties, false);
    if (!schemaStyle) return fields;
    const required = Array.isArray(def.required) ? def.required : [];
    return fields.map((f) => ({ ...f, optional: !required.includes(f.name) }));
  }
  for (const key of FIELDS_KEYS) {
    const value = def[key];
    if (isRecord(value)) return entryFields(value, true);
    if (Array.isArray(value)) return listedFields(value);
  }
  return undefined;
}

/**
 * Fields from `field: type` pairs: a written type (`uuid`, `string?`, `enum[a, b]`) or a schema
 * (`{ type: string, required: false }`); a name ending in `?` is optional.
 * @param bare a field with no value (`notes:`) is a field whose type its name suggests
 */
function entryFields(pairs: Record<string, unknown>, bare: boolean): ModelField[] {
  const fields: ModelField[] = [];
  for (const [raw, prop] of Object.entries(pairs)) {
    const f = entryField(raw, prop, bare);
    if (f && !fields.some((x) => x.name === f.name)) fields.push(f);
  }
  return fields;
}

function entryField(raw: string, prop: unknown, bare: boolean): ModelField | undefined {
  const name = raw.replace(/\?$/, '');
  if (!FIELD_KEY.test(name)) return undefined;
  const marked = raw.endsWith('?');
  if (typeof prop === 'string') {
    const t = writtenType(prop);
    return { name, type: t.type, optional: marked || t.optional };
  }
  if (isRecord(prop)) {
    // OpenAPI's `nullable: true`, or JSON Schema's `type: [string, null]`: the value may be null.
    const type = schemaType(prop);
    const nullable = prop.nullable === true || (Array.isArray(prop.type) && prop.type.includes('null'));
    return { name, type: nullable && type !== 'unknown' && !type.endsWith('| null') ? `${type} | null` : type, optional: marked || prop.required === false || prop.optional === true };
  }
  if (prop === null && bare) return notedField(name, { optional: marked, nullable: false }, marked);
  return undefined;
}

/** Fields from a list: `- id: uuid` lines, `- { name: id, type: uuid }` entries, or bare names (`- id`, `- total?`). */
function listedFields(list: unknown[]): ModelField[] {
  const fields: ModelField[] = [];
  const add = (f: ModelField | undefined) => {
    if (f && !fields.some((x) => x.name === f.name)) fields.push(f);
  };
  for (const item of list) {
    if (typeof item === 'string') add(parseFieldItem(item));
    else if (isRecord(item) && typeof item.name === 'string') add(entryField(item.name, item, true));
    else if (isRecord(item)) for (const [k, v] of Object.entries(item)) add(entryField(k, v, true));
  }
  return fields;
}

/**
 * @param doc the block's data, parsed once by the caller (see `parseData`)
 * @returns whether the block held a model
 */
function readSchemaBlock(doc: unknown, lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector, dataSection = ctx.model): boolean {
  const models = schemaModels(doc, dataSection);
  // Each model at the first line that starts with its name as a key (`Dataset:`) or names it in a
  // list entry (`- name: orders`); the block's first line when none does. Both found in one pass each.
  const keyLines = models.length > 0 ? firstKeyLines(lines) : undefined;
  const entryLines = models.length > 0 ? firstNameEntryLines(lines) : undefined;
  for (const m of models) {
    const key = keyLines!.get(m.name);
    const entry = entryLines!.get(m.name);
    const at = Math.min(key ?? Infinity, entry ?? Infinity);
    out.model(ctx, firstLine + (at === Infinity ? 0 : at), m.name, m.fields);
  }
  return models.length > 0;
}

/**
 * A JSON Schema document of one object (`"type": "object"` and its `properties`): a model named by
 * its `title`, its `$id` (`KycCase`, `https://x.io/schemas/kyc-case.schema.json`), the caption or the
 * heading, its properties optional unless `required` lists them. A payload's schema (a caption
 * about a request or response) is not a model.
 * @returns whether the block was such a document
 */
function readSchemaDocument(doc: unknown, firstLine: number, ctx: SectionContext, out: TaskCollector, caption: string | undefined): boolean {
  if (!isRecord(doc) || doc.type !== 'object' || !isRecord(doc.properties)) return false;
  if (caption !== undefined && PAYLOAD_WORDS.test(caption)) return true;
  const id = typeof doc.$id === 'string' ? doc.$id.split(/[/#]/).filter(Boolean).pop()?.replace(/(?:\.schema)?\.json$/i, '') : undefined;
  const named = [doc.title, id].find((n): n is string => typeof n === 'string' && n.trim() !== '');
  const name = (named !== undefined ? normalizeModelName(named) : undefined) ?? (caption !== undefined ? captionModelName(caption) : undefined) ?? modelNameFromHeading(ctx.section.title);
  const fields = definedFields(doc, true);
  if (name && fields && fields.length > 0) out.model(ctx, firstLine, name, fields);
  return true;
}

/** A caption about an exchange, not a stored record: its JSON is a payload. */
const PAYLOAD_WORDS = /\b(?:request|response|payload|body|message|event|webhook|input|output|solicitud|respuesta)\b/i;

/** A sentence that opens by calling the block after it a request's or a response's: "Example response of …:", "Sample request body:". */
const PAYLOAD_LEAD = /^(?:(?:an?|the)\s+)?(?:(?:example|sample|typical)\s+)?(?:json\s+)?(?:request|response|payload)\b/i;

/**
 * A JSON example object in a data section, under a model's heading ("### Room") or a caption that
 * names it ("Example `Room`:"): the model, each field typed by its value. A payload's example (a
 * caption about a request or response) is not a model.
 */
function readExampleRecord(record: unknown, firstLine: number, ctx: SectionContext, out: TaskCollector, caption: string | undefined, lead: string | undefined): void {
  if (caption !== undefined && PAYLOAD_WORDS.test(caption)) return;
  if (!isRecord(record)) return;
  // "The v1 shape, which we are **not** porting:": a record shown to be left behind.
  if (lead !== undefined && LINE_OUT_OF_SCOPE.test(lead.replace(/\*\*|__/g, ''))) return;
  // "Example response of `GET /api/runs/:id`:", "Sample request body:": the sentence leading into the block says it is a payload.
  if (lead !== undefined && PAYLOAD_LEAD.test(lead.replace(/\*\*|__/g, ''))) return;
  // A sentence that leads into the block ("Sample `Recipe` as returned by `GET /api/recipes/:id`:") names the model in code marks.
  const led = caption === undefined && lead !== undefined && /[:：]\s*$/.test(lead) ? codeNameIn(lead) : undefined;
  const name = (caption !== undefined ? captionModelName(caption) : undefined) ?? led ?? modelNameFromHeading(ctx.section.title);
  if (!name) return;
  const fields: ModelField[] = [];
  for (const [field, v] of Object.entries(record)) if (/^[A-Za-z_$][\w$]*$/.test(field)) fields.push({ name: field, type: valueType(v), optional: false });
  if (fields.length >= 2) out.model(ctx, firstLine, name, fields);
}

/** The type of an example value: a list takes its first item's type. */
function valueType(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  if (Array.isArray(v)) {
    const inner = v.length > 0 ? valueType(v[0]) : 'unknown';
    return inner.endsWith('[]') ? 'unknown[]' : `${inner}[]`;
  }
  return 'unknown';
}

/** A block whose first key is a path (`/api/firings:`, `"/api/firings": {`): a piece of an OpenAPI document's `paths`. */
const PATHS_PIECE = /^\s*\{?\s*['"]?\/[^\s:'"]*['"]?[ \t]*:[ \t]*\{?[ \t]*\r?\n/;

/** Is a parsed block a piece of `paths`: every key a path, one at least holding an operation (`get:`)? */
function isPathsPiece(doc: unknown): boolean {
  if (!isRecord(doc)) return false;
  const entries = Object.entries(doc);
  return entries.length > 0 && entries.every(([k]) => k.startsWith('/')) && entries.some(([, v]) => isRecord(v) && Object.keys(v).some((m) => HTTP_METHODS.includes(normalizeMethod(m) as HttpMethod)));
}

/**
 * The path every server of an OpenAPI 3 document is at (`servers: [{ url: https://api.x.com/v2 },
 * { url: https://staging.x.com/v2 }]` → `/v2`; a relative `url: /v2` too), or '' when they differ,
 * hold a variable or have none.
 */
function serversPath(doc: unknown): string {
  if (!isRecord(doc) || doc.openapi === undefined || !Array.isArray(doc.servers) || doc.servers.length === 0) return '';
  const paths = new Set<string>();
  for (const server of doc.servers) {
    const url = isRecord(server) && typeof server.url === 'string' ? server.url.trim() : '';
    const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    if (!/^(?:\/[A-Za-z0-9._~-]+)*\/?$/.test(path)) return '';
    paths.add(path.replace(/\/+$/, ''));
  }
  return paths.size === 1 ? [...paths][0]! : '';
}

function readOpenApi(value: string, lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  const doc = parseData(value);
  // An API document's schemas are models; its other top-level keys (info, servers…) are not.
  readSchemaBlock(doc, lines, firstLine, ctx, out, false);
  const paths = (doc as { paths?: unknown } | null)?.paths ?? (isPathsPiece(doc) ? doc : undefined);
  if (!paths || typeof paths !== 'object') return;
  const endpoints: Array<{ rawPath: string; path: string; methods: HttpMethod[]; bodies: ApiBodies }> = [];
  // Swagger 2's `basePath: /api/v2`, or the path OpenAPI 3's `servers` share, is the start of every path.
  const basePath = (doc as { swagger?: unknown; basePath?: unknown }).basePath;
  const base = typeof basePath === 'string' && basePath.startsWith('/') && (doc as { swagger?: unknown }).swagger !== undefined ? basePath : serversPath(doc);
  for (const [rawPath, ops] of Object.entries(paths as Record<string, unknown>)) {
    const path = normalizeApiPath(base ? `${base.replace(/\/+$/, '')}${rawPath === '/' ? '' : rawPath}` || '/' : rawPath);
    if (!path || !ops || typeof ops !== 'object') continue;
    const op = ops as Record<string, unknown>;
    const methods: HttpMethod[] = [];
    const bodies: ApiBodies = {};
    for (const [key, operation] of Object.entries(op)) {
      const m = normalizeMethod(key);
      if (!m || !HTTP_METHODS.includes(m) || (operation as { deprecated?: boolean } | undefined)?.deprecated) continue;
      if (!methods.includes(m)) methods.push(m);
      const body = operationBodies(operation);
      if (body) bodies[m] = body;
    }
    endpoints.push({ rawPath, path, methods, bodies });
  }
  // Each path at the first line that has it before a `"`, `:` or `':` (a JSON, YAML or quoted key),
  // wherever that is (a description may name it first); the block's first line when none does.
  const keyEnds = (rawPath: string) => [`${rawPath}"`, `${rawPath}:`, `${rawPath}':`];
  const found = firstLinesContaining(lines, endpoints.flatMap((e) => keyEnds(e.rawPath)));
  for (const { rawPath, path, methods, bodies } of endpoints) {
    const idx = Math.min(...keyEnds(rawPath).map((k) => found.get(k) ?? Infinity));
    out.api(ctx, firstLine + (idx === Infinity ? 0 : idx), path, methods, Object.keys(bodies).length > 0 ? bodies : undefined);
  }
}

/**
 * What an OpenAPI operation takes and returns, where a schema names a model by `$ref`:
 * `requestBody.content.*.schema` and the first 2xx response's `content.*.schema` (OpenAPI 3), or a
 * `body` parameter's `schema` and the response's `schema` (Swagger 2). An array of `$ref` items is a list.
 */
function operationBodies(operation: unknown): ApiBody | undefined {
  if (!isRecord(operation)) return undefined;
  let request = isRecord(operation.requestBody) ? contentType(operation.requestBody.content) : undefined;
  if (request === undefined && Array.isArray(operation.parameters)) {
    const param = operation.parameters.find((p) => isRecord(p) && p.in === 'body');
    if (isRecord(param)) request = refType(param.schema);
  }
  let response: string | undefined;
  if (isRecord(operation.responses)) {
    const codes = Object.keys(operation.responses).filter((c) => /^2(?:\d\d|XX)$/i.test(c)).sort();
    for (const code of codes) {
      const r = operation.responses[code];
      if (!isRecord(r)) continue;
      response = contentType(r.content) ?? refType(r.schema);
      if (response !== undefined) break;
    }
  }
  return request || response ? { ...(request ? { request } : {}), ...(response ? { response } : {}) } : undefined;
}

/** The model of the first media type whose schema names one (`application/json` or any other). */
function contentType(content: unknown): string | undefined {
  if (!isRecord(content)) return undefined;
  for (const media of Object.values(content)) {
    const t = isRecord(media) ? refType(media.schema) : undefined;
    if (t) return t;
  }
  return undefined;
}

/** `{ $ref: '#/components/schemas/Pet' }` → `Pet`; `{ type: array, items: { $ref: … } }` → `Pet[]`. */
function refType(schema: unknown): string | undefined {
  if (!isRecord(schema)) return undefined;
  const name = (ref: unknown) => (typeof ref === 'string' ? bodyType(ref.split('/').pop() ?? '') : undefined);
  if (typeof schema.$ref === 'string') return name(schema.$ref);
  if (schema.type === 'array' && isRecord(schema.items)) {
    const item = name(schema.items.$ref);
    return item && !item.endsWith('[]') ? `${item}[]` : undefined;
  }
  return undefined;
}

/** A heading of an API's docs that shows how it is called: "Usage", "Examples", "Quick start", "Getting started"; not "Setup". */
const USAGE_TITLE = /\b(?:usage|examples?|quick[ -]?start|getting started|how to (?:use|call)|walk-?through|tutorial|recipes|cookbook)\b/i;

/** A `curl` command's URL: its host (lower case) and path, quoted or not. */
const CURL_URL = /(?:^|\s)['"]?https?:\/\/([^\s/'"]+)(\/[^\s'"]*)?/;
/** `-X POST`, `--request=PUT`, `-XDELETE`. */
const CURL_METHOD = /(?:^|\s)(?:-X\s*|--request[\s=]+)['"]?([A-Za-z]+)/;
/** Options that send a body: POST when no method is written. */
const CURL_DATA = /(?:^|\s)(?:-d|--data(?:-raw|-binary|-urlencode)?|-F|--form|--json)(?:\s|=|$)/;
const CURL_HEAD = /(?:^|\s)(?:-I|--head)(?:\s|$)/;

/**
 * The calls of `curl` commands (each over its `\`-continued lines) to one of the PRD's own API
 * hosts, a local server's left out: the method `-X` names (`--request`), else POST when the command sends data, HEAD for
 * `-I`, else GET; the path without its query. A call to another host is one the product makes.
 * @returns whether the block held such a call
 */
function readCurlCalls(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): boolean {
  let found = false;
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(?:\$\s*)?curl\s/.test(lines[i]!)) continue;
    const start = i;
    const parts = [lines[i]!.trimEnd()];
    while (parts[parts.length - 1]!.endsWith('\\') && i + 1 < lines.length) parts.push(lines[++i]!.trimEnd());
    const command = parts.map((p) => (p.endsWith('\\') ? p.slice(0, -1) : p)).join(' ');
    const url = CURL_URL.exec(command);
    if (!url || LINE_OUT_OF_SCOPE.test(lines[start]!)) continue;
    // A local server's call is a developer's example; a deployed host of the PRD's own is its API's documentation.
    const host = url[1]!.toLowerCase();
    if (!ctx.ownHosts!.has(host) || isLocalHost(host)) continue;
    const path = normalizeApiPath(url[2] ?? '/');
    const written = CURL_METHOD.exec(command)?.[1];
    const method = written ? normalizeMethod(written) : CURL_HEAD.test(command) ? 'HEAD' : CURL_DATA.test(command) ? 'POST' : 'GET';
    if (!path || !method) continue;
    out.api(ctx, firstLine + start, path, [method]);
    found = true;
  }
  return found;
}
