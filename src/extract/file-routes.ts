import type { HttpMethod } from '../types.js';
import type { Block } from '../prd/index.js';
import type { SectionContext } from './context.js';
import { LINE_OUT_OF_SCOPE, isQuestion, outOfScopeLines } from './context.js';
import type { TaskCollector } from './collector.js';
import { DATA_FILE, isApiPath, methodsIn, normalizeRoute, normalizeWrittenPath } from './paths.js';

/*
 * File-based routing as the PRDs of Next.js, Remix, SvelteKit, Nuxt and Astro apps write it: the
 * route files themselves, in a directory tree drawn in a code block or named one by one in list
 * items and table rows. A file is a page or an API route by its router's conventions; the URL is
 * its folders' names, route groups and layouts left out.
 */

/** What a route file declares: a page, or an API route. */
export interface FileRoute {
  kind: 'page' | 'api';
  /** The route in the tool's form: parameters `:id`, whatever notation the file name uses. */
  route: string;
  /** the methods its file name gives (Nitro's `[id].get.ts`); none: read from the text beside it */
  methods?: HttpMethod[];
}

/**
 * Cheap test for a text: can it name a route file? Every router's files or folders hold one of
 * `page.` or `route.` before a lower-case letter (`page.tsx`, `+page.svelte`, `route.ts`) or `pages/`
 * or `routes/` (`pages/orders/[id].vue`, `app/routes/orders.$id.tsx`, `src/routes/x/+server.ts`).
 * Two substring searches; "the page." ending a sentence is not a hit. Expo Router's trees have none
 * of these, but a `_layout.` file.
 */
export function mayContain(text: string): boolean {
  return followedByFileMark(text, 'page') || followedByFileMark(text, 'route') || text.includes('_layout.') || text.includes('server/api');
}

function followedByFileMark(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
    const end = i + word.length;
    const c = text.charCodeAt(end);
    // `word.` and a lower-case letter, or `words/`.
    if (c === 46) {
      const d = text.charCodeAt(end + 1);
      if (d >= 97 && d <= 122) return true;
    } else if (c === 115 && text.charCodeAt(end + 1) === 47) return true;
  }
  return false;
}

/** Longer paths are no route (`normalizeRoute` takes 400 characters); a deep tree's paths are not built past it. */
const MAX_PATH = 1000;
/** Extensions of files a router reads. */
const ROUTE_FILE = /\.(?:tsx|ts|jsx|js|mjs|mdx|md|vue|svelte|astro)$/;
/** Folders before the routing folder (`apps/web/src/`): plain names, so a host (`example.com/app/…`) is none. */
const PLAIN_DIR = /^[\w-]+$/;
/** Folders whose `pages/` or `app/` is a part of the code, not the router's (`components/pages/Home.tsx`). */
const NOT_ROUTING_DIRS = new Set(['components', 'component', 'lib', 'libs', 'utils', 'hooks', 'styles', 'public', 'assets', 'test', 'tests', '__tests__', 'e2e', 'stories', 'node_modules', 'dist', 'build', 'out', 'docs', 'server', 'api']);
/** Next.js app router: `page.tsx` is a page, `route.ts` an API route; `layout.tsx`, `loading.tsx` and the rest are neither. */
const NEXT_PAGE = /^page\.(?:tsx|jsx|ts|js|mdx|md)$/;
const NEXT_HANDLER = /^route\.(?:ts|js|mjs)$/;
/** SvelteKit: `+page.svelte` (or its `+page.ts`, `+page.server.ts`) is a page, `+server.ts` an API route. */
const SVELTE_PAGE = /^\+page(?:\.server)?\.(?:svelte|ts|js)$/;
const SVELTE_HANDLER = /^\+server\.(?:ts|js)$/;
/**
 * Files of a pages folder that are code, not pages: `_app`, `_document`, … (`_`, as coverage's Next.js
 * reader skips them), and component names (`Home.tsx`: a Vite app's page components, not routes).
 */
const NOT_A_PAGE_FILE = /^[_A-Z]/;

/**
 * The route a file path declares in its router's conventions:
 * - Next.js app router, `app/…/page.tsx` (a page) and `app/…/route.ts` (an API route);
 * - Next.js pages router, Nuxt and Astro, `pages/…/[id].tsx|vue|astro` (`index` is the folder's
 *   route; `pages/api/…` are API routes);
 * - SvelteKit, `src/routes/…/+page.svelte` and `+server.ts`;
 * - Remix, `app/routes/orders.$id.tsx` (dots are slashes, `$id` a parameter, `_index` the parent's
 *   route, `_auth.` a layout with no segment; a `.ts` file is a resource route: an API route).
 * Route groups `(x)` and slots `@x` add no segment, a `_private` folder (or an intercepting
 * `(.)x`) opts out; `[id]`, `[...slug]`, `[[...slug]]`, `$id` become `:id`/`:slug`.
 * Folders may come before the routing folder (`src/app/`, `apps/web/pages/`).
 * @param raw a file path as a PRD writes it, relative (`./` allowed)
 * @returns undefined for any other file: components, layouts, `lib/db.ts`, a URL, a folder
 */
export function routeOfFile(raw: string, expo = false): FileRoute | undefined {
  const path = raw.startsWith('./') ? raw.slice(2) : raw;
  if (path.length > MAX_PATH || !ROUTE_FILE.test(path) || path.includes('://') || path.includes('\\')) return undefined;
  const segs = path.split('/');
  const file = segs[segs.length - 1]!;
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i]!;
    const next = segs[i + 1]!;
    // `app/routes/` is Remix's, unless a Next.js page or handler sits in plain folders under it.
    if (seg === 'app' && next === 'routes' && (remixLike(segs.slice(i + 2)) || !(NEXT_PAGE.test(file) || NEXT_HANDLER.test(file)))) return remixRoute(segs.slice(i + 2));
    if (seg === 'app') return expo ? expoRoute(segs.slice(i + 1)) : nextAppRoute(segs.slice(i + 1));
    if (seg === 'pages') return pagesRoute(segs.slice(i + 1));
    if (seg === 'src' && next === 'routes') return svelteRoute(segs.slice(i + 2));
    if (seg === 'server' && (next === 'api' || next === 'routes')) return nitroRoute(segs.slice(i + 1));
    if (!PLAIN_DIR.test(seg) || NOT_ROUTING_DIRS.has(seg)) return undefined;
  }
  return undefined;
}

/** Does a path under `app/routes/` read as Remix's: a folder with a dot or a `$`? */
function remixLike(segs: string[]): boolean {
  return segs.slice(0, -1).some((s) => s.includes('.') || s.includes('$'));
}

/** The URL of route segments (already without groups and slots), or undefined when one is not a URL segment. */
function routeOf(segments: string[]): string | undefined {
  return segments.length === 0 ? '/' : normalizeRoute(`/${segments.join('/')}`);
}

/** A folder name of a router that writes parameters in brackets: its URL segment, '' for none, undefined to opt out. */
function bracketSegment(seg: string): string | undefined {
  // Intercepting routes `(.)photo` render another route's URL; private folders `_x` are no route.
  if (seg.startsWith('(.') || seg.startsWith('_')) return undefined;
  if ((seg.startsWith('(') && seg.endsWith(')')) || seg.startsWith('@')) return '';
  // `[[...slug]]` (optional catch-all), `[[lang]]` (optional), `[id=integer]` (a matcher): a parameter.
  if (seg.startsWith('[')) return `[${seg.replace(/^\[+(?:\.\.\.)?|\]+$/g, '').replace(/=.*$/, '')}]`;
  return seg;
}

function bracketRoute(folders: string[]): string | undefined {
  const out: string[] = [];
  for (const f of folders) {
    const s = bracketSegment(f);
    if (s === undefined) return undefined;
    if (s !== '') out.push(s);
  }
  return routeOf(out);
}

/** `app/…/page.tsx`, `app/…/route.ts` (the segments after `app/`). */
function nextAppRoute(segs: string[]): FileRoute | undefined {
  const file = segs[segs.length - 1]!;
  const kind = NEXT_PAGE.test(file) ? 'page' : NEXT_HANDLER.test(file) ? 'api' : undefined;
  const route = kind ? bracketRoute(segs.slice(0, -1)) : undefined;
  return kind && route ? { kind, route } : undefined;
}

/** Expo Router's files that are no screen: `_layout.tsx`, `+not-found.tsx`, `+html.tsx`, `+native-intent.ts`. */
const EXPO_NOT_A_SCREEN = /^(?:_|\+(?!api\.))/;

/**
 * Expo Router, `app/…/name.tsx` (the segments after `app/`): every file is a screen (`index` the
 * folder's route, `[id]` a parameter), `name+api.ts` an API route; layouts (`_layout`) and special
 * files (`+not-found`, `+html`) are neither.
 */
function expoRoute(segs: string[]): FileRoute | undefined {
  const file = segs[segs.length - 1]!;
  const dot = file.lastIndexOf('.');
  const name = file.slice(0, dot);
  if (!/^(?:tsx|ts|jsx|js)$/.test(file.slice(dot + 1)) || EXPO_NOT_A_SCREEN.test(name) || NOT_A_PAGE_FILE.test(name)) return undefined;
  const api = name.endsWith('+api');
  const base = api ? name.slice(0, -4) : name;
  if (base.includes('.') || base.includes('+')) return undefined;
  const route = bracketRoute(base === 'index' ? segs.slice(0, -1) : [...segs.slice(0, -1), base]);
  return route ? { kind: api ? 'api' : 'page', route } : undefined;
}

/** `src/routes/…/+page.svelte`, `+server.ts` (the segments after `src/routes/`). */
function svelteRoute(segs: string[]): FileRoute | undefined {
  const file = segs[segs.length - 1]!;
  const kind = SVELTE_PAGE.test(file) ? 'page' : SVELTE_HANDLER.test(file) ? 'api' : undefined;
  const route = kind ? bracketRoute(segs.slice(0, -1)) : undefined;
  return kind && route ? { kind, route } : undefined;
}

/** `pages/orders/[id].tsx`, `pages/index.vue`, `pages/api/orders.ts` (the segments after `pages/`). */
function pagesRoute(segs: string[]): FileRoute | undefined {
  const file = segs[segs.length - 1]!;
  const dot = file.lastIndexOf('.');
  const name = file.slice(0, dot);
  const ext = file.slice(dot + 1);
  // `index.client.vue`, `orders.module.ts`: a variant or a module, not a route of its own.
  if (NOT_A_PAGE_FILE.test(name) || name.replace(/\[[^\]]*\]/g, '').includes('.')) return undefined;
  // `404.tsx`, `500.tsx`: the error pages, no route of their own.
  if (segs.length === 1 && /^(?:404|500)$/.test(name)) return undefined;
  if (segs.slice(0, -1).some((s) => /^[A-Z]/.test(s))) return undefined;
  const api = segs[0] === 'api';
  if (api && !/^(?:ts|js|tsx|jsx|mjs)$/.test(ext)) return undefined;
  const route = bracketRoute(name === 'index' ? segs.slice(0, -1) : [...segs.slice(0, -1), name]);
  return route ? { kind: api ? 'api' : 'page', route } : undefined;
}

/** A Nitro route file's method suffix: `sightings.get.ts`, `[id].delete.ts`. */
const NITRO_METHOD = /\.(get|post|put|patch|delete|head|options)$/;

/**
 * Nuxt's server routes (Nitro), `server/api/…` served at `/api/…` and `server/routes/…` at the root
 * (the segments from `api` or `routes` on): `index` is the folder's route, a method suffix
 * (`sightings.get.ts`) the only method it answers; a file without one answers any (an endpoint
 * without a method). `server/middleware/` and `server/utils/` are no routes.
 */
function nitroRoute(segs: string[]): FileRoute | undefined {
  const file = segs[segs.length - 1]!;
  if (!/\.(?:ts|js|mjs)$/.test(file)) return undefined;
  let name = file.slice(0, file.lastIndexOf('.'));
  const method = NITRO_METHOD.exec(name);
  if (method) name = name.slice(0, method.index);
  if (NOT_A_PAGE_FILE.test(name) || name.includes('+')) return undefined;
  const folders = segs[0] === 'api' ? segs.slice(0, -1) : segs.slice(1, -1);
  const parts = name === 'index' ? folders : [...folders, name];
  // A file named for its method is an endpoint: a data file's name (`feed.xml.get.ts`) is its route.
  const route = bracketRoute(parts) ?? (method && DATA_FILE.test(name) ? normalizeWrittenPath(`/${parts.join('/')}`, true) : undefined);
  return route ? { kind: 'api', route, methods: method ? methodsIn(method[1]!) : undefined } : undefined;
}

/**
 * `app/routes/orders.$id.tsx`, `app/routes/orders.$id/route.tsx` and, nested in folders,
 * `app/routes/orders/$id.tsx` (the segments after `app/routes/`).
 */
function remixRoute(segs: string[]): FileRoute | undefined {
  const file = segs[segs.length - 1]!;
  const dot = file.lastIndexOf('.');
  const name = file.slice(0, dot);
  const api = /^(?:ts|js|mjs)$/.test(file.slice(dot + 1));
  const folders = segs.slice(0, -1);
  // A folder route: `route.tsx` in a folder named as a flat route; other files of such a folder are its modules.
  const parts = name === 'route' ? folders : remixLike(segs) ? undefined : [...folders, name];
  if (!parts || parts.length === 0) return undefined;
  const out: string[] = [];
  const names = parts.flatMap((p) => p.split('.'));
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    if (n === '_index' || n === 'index') continue;
    // `_auth.login`: a layout adds no segment; a file that is only the layout is no page.
    if (n.startsWith('_')) {
      if (i === names.length - 1) return undefined;
      continue;
    }
    // `orders_.$id`: not nested in the `orders` layout, same URL.
    const s = n.endsWith('_') ? n.slice(0, -1) : n;
    // `$id` a parameter, `$` the splat, `($lang)` an optional one, `(en)` an optional segment.
    const optional = /^\((.*)\)$/.exec(s);
    const bare = optional ? optional[1]! : s;
    out.push(bare === '$' ? '[splat]' : bare.startsWith('$') ? `[${bare.slice(1)}]` : bare);
  }
  const route = routeOf(out);
  return route ? { kind: api ? 'api' : 'page', route } : undefined;
}

/** A route handler's exported method: `export async function POST(`, `export const GET = `. */
const EXPORTED_METHOD = /^\s*export\s+(?:async\s+)?(?:function\s+|const\s+)(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/gm;

/**
 * A route handler's code under a comment naming its file (`// app/api/orders/[id]/route.ts` over
 * `export async function POST(…)`, Next.js and SvelteKit): the API route with the methods it exports.
 * @param firstLine document line of the block's first line
 */
export function readHandlerFile(value: string, firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  const head = /^\s*\/\/\s*(\S+)\s*$/m.exec(value.slice(0, 300));
  if (!head || value.slice(0, head.index).trim() !== '' || LINE_OUT_OF_SCOPE.test(head[0])) return;
  const found = mayContain(head[1]!) ? routeOfFile(head[1]!) : undefined;
  if (found?.kind !== 'api') return;
  const methods = methodsIn([...value.matchAll(EXPORTED_METHOD)].map((m) => m[1]!).join(' '));
  if (methods.length > 0) out.api(ctx, firstLine + value.slice(0, head.index).split('\n').length - 1, found.route, methods);
}

/** Code block languages a directory tree is written in (or none). */
const TREE_LANGS = /^(?:|te?xt|plain(?:text)?|tree|sh|bash|shell|console|zsh|ascii|none|dirs?|directory|files?|filetree|folders?|structure|md|markdown)$/;
/**
 * What draws a tree before a name: spaces, `│`/`|` rails, and connectors `├── `, `└─ `, `|-- `,
 * `` `-- ``, `+-- ` (a connector needs its dashes: `+page.svelte` keeps its `+`).
 */
const TREE_DRAWING = /^(?:[\s│┃|]|[├└┣┗╠╚`+\\|]?[─━-]+|[├└┣┗╠╚])*/;
/** The files after a tree entry's first, each but the last with its comma: ` +page.ts, +page.server.ts`. */
const SIBLING_FILES = /^(?:\s*\S+,)*\s*\S+/;
/** A comment after a tree entry: `# landing page`, `// GET, POST`, `← the dashboard`. */
const TREE_COMMENT = /^\s*(?:#+|\/\/|←|<-+|--|[—–-])?\s*/;

/**
 * A tree entry's comment that says its file is there already and stays as it is: "existing, unchanged",
 * "existing landing page, not touched", "(existing)", "already there". "existing users' list" names a
 * page to build.
 */
const EXISTING_ENTRY = /^\(?(?:existing|already (?:there|exists|built|live))\)?\s*[.;]?$|\b(?:unchanged|untouched|not touched|not changed|no changes|already exists|already there)\b/i;
/** A note that says what changes besides: "unchanged except for the new `PATCH`". */
const CHANGES_BESIDES = /\b(?:except|but|apart from|other than|save for)\b/i;

/** Does the note beside a route file (a tree's comment, the text after it in a line or row) say it is there already, unchanged? */
function existingNote(note: string): boolean {
  const t = note.replace(/^[\s—–:|→*_`-]+/, '').trimEnd();
  return t !== '' && EXISTING_ENTRY.test(t) && !CHANGES_BESIDES.test(t);
}

/**
 * The routes of a directory tree in a code block: each entry's path is its parents' (by the column
 * its name starts at, so `├──` drawing and plain indentation both work) and its own name, which may
 * hold folders (`└── invite/[token]/page.tsx`). A page takes its comment as title when the comment
 * is a short label; an API route takes the methods its comment names (`route.ts  # GET, POST`).
 * A tree that a paragraph right before it puts out of scope ("The legacy layout, to be removed:")
 * gives nothing; an entry whose comment does, nothing under it either; a file whose comment says
 * it is there already and unchanged (EXISTING_ENTRY), nothing.
 * @param firstLine document line of the block's first line
 * @param intro the block right before the code block, if any
 */
export function readFileTree(lang: string, value: string, firstLine: number, intro: Block | undefined, ctx: SectionContext, out: TaskCollector): void {
  // Expo Router's tree: its layouts are `_layout` files (Next.js writes `layout.tsx`), its screens any file under `app/`.
  const expo = value.includes('_layout.') && /(?:^|[\s─-])app\/?\s*(?:$|#|\/\/)/m.test(value);
  if (!TREE_LANGS.test(lang.toLowerCase()) || (!expo && !mayContain(value))) return;
  if (intro?.type === 'text' && outOfScopeLines(intro.lines).some(Boolean)) return;
  // Each entry's path, and whether nothing under it counts (out of scope, or a path too long to be a route).
  const stack: Array<{ column: number; path: string; skip: boolean }> = [];
  const lines = value.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const column = TREE_DRAWING.exec(line)![0].length;
    const rest = line.slice(column);
    let name = /^\S+/.exec(rest)?.[0];
    if (name === undefined || name.startsWith('#') || name.startsWith('//')) continue;
    // `plots/+page.svelte, +page.server.ts   → map`: files of one folder, a comma after each but the last; the first names the route.
    let after = rest.slice(name.length);
    if (name.length > 1 && name.endsWith(',')) {
      name = name.slice(0, -1);
      after = after.replace(SIBLING_FILES, '');
    }
    while (stack.length > 0 && stack[stack.length - 1]!.column >= column) stack.pop();
    const parent = stack[stack.length - 1];
    let end = name.length;
    while (end > 0 && name.charCodeAt(end - 1) === 47) end--;
    const bare = name.slice(0, end);
    const path = parent?.skip ? '' : parent && parent.path !== '' && parent.path !== '.' ? `${parent.path}/${bare}` : bare;
    const comment = after.replace(TREE_COMMENT, '').trimEnd();
    const skip = (parent?.skip ?? false) || path.length > MAX_PATH || LINE_OUT_OF_SCOPE.test(comment);
    stack.push({ column, path: skip ? '' : path, skip });
    if (skip || name.endsWith('/') || existingNote(comment)) continue;
    const found = routeOfFile(path, expo);
    if (found) emit(found, comment, true, firstLine + i, ctx, out);
  }
}

/**
 * A task for a route file: a page (titled by a short label `text` starts with), or an API route
 * with the methods `text` names (none: an endpoint without a method, which the run warns about).
 */
function emit(found: FileRoute, text: string, separated: boolean, line: number, ctx: SectionContext, out: TaskCollector): void {
  if (found.kind === 'api') {
    const methods = found.methods ?? methodWords(text);
    if (methods.length > 0) out.api(ctx, line, found.route, methods);
    else out.endpoint(ctx, line, found.route);
  } else if (!isApiPath(found.route)) {
    out.page(ctx, line, found.route, label(text, separated));
  }
}

const METHOD_WORDS = /(?<![\w-])(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)(?![\w-])/g;

/** The upper-case HTTP method words of a text ("`GET` lists the team's projects, `POST` creates one"). */
function methodWords(text: string): HttpMethod[] {
  const words = text.match(METHOD_WORDS);
  return words ? methodsIn(words.join(' ')) : [];
}

/**
 * A page's title from the text beside its file: a short label (six words at most, not a sentence)
 * set off by a separator (`— landing page`, `: Pricing`); a tree's comment is set off already.
 */
function label(text: string, separated: boolean): string | undefined {
  const plain = text.replace(/[*_`]/g, '');
  if (!separated && !/^\s*(?:[—–:|→]|-\s)/.test(plain)) return undefined;
  const t = plain.replace(/^[\s—–:|→-]+/, '').trimEnd();
  return t !== '' && t.split(/\s+/).length <= 6 && !/[.!?]$/.test(t) && !/[()]/.test(t) ? t : undefined;
}

/** What ends a file token in running text: white space, code and emphasis marks, quotes, brackets of links, separators. */
const TOKEN_SPLIT = /[\s`'"<>|,;*]+/;

/**
 * A piece of text without what Markdown and punctuation put around a path: the brackets of a link
 * (`[app/x/page.tsx](https://…)`), a parenthesis, a sentence's end.
 */
function fileToken(piece: string): string {
  let t = piece.replace(/^[([]+(?=[\w.@$+])/, '');
  const link = t.indexOf('](');
  if (link !== -1) t = t.slice(0, link);
  let end = t.length;
  while (end > 0 && ').]:!?'.includes(t[end - 1]!)) end--;
  return t.slice(0, end);
}

/** The route files a text names, each with where it stands (`index`) and how long it is written. */
function routeFilesIn(text: string): Array<{ found: FileRoute; index: number; end: number }> {
  const out: Array<{ found: FileRoute; index: number; end: number }> = [];
  let from = 0;
  for (const piece of text.split(TOKEN_SPLIT)) {
    const at = text.indexOf(piece, from);
    from = at + piece.length;
    if (!mayContain(piece)) continue;
    const found = routeOfFile(fileToken(piece));
    if (found) out.push({ found, index: at, end: at + piece.length });
  }
  return out;
}

/**
 * The route files a paragraph or list item names, inline (`` `app/api/projects/route.ts` — `GET`
 * lists projects, `POST` creates one ``, `pages/orders/[id].tsx`). An API route takes the method
 * words of the text after it, up to the next route file (the first also those before it); a page
 * the short label after it. Lines that say what they name is out of scope, and questions, give nothing;
 * a file the text after it says is there already and unchanged ("— existing, unchanged"), nothing.
 * @param lines raw Markdown lines
 * @param firstLine document line of `lines[0]`
 */
export function readRouteFileLines(lines: string[], firstLine: number, ctx: SectionContext, out: TaskCollector): void {
  if (!lines.some((l) => mayContain(l))) return;
  const skip = outOfScopeLines(lines);
  const text = lines.map((l, i) => (skip[i] || isQuestion(l) ? '' : l)).join('\n');
  // Files come in order: line breaks are counted once over the whole text.
  let counted = 0;
  let lineNo = firstLine;
  readRouteFiles(
    text,
    (index) => {
      for (; counted < index; counted++) if (text.charCodeAt(counted) === 10) lineNo++;
      return lineNo;
    },
    ctx,
    out,
  );
}

/** A table cell that is only a route: `` `/admin/orders` ``, `/cart`. */
const ROUTE_CELL = /^`?\/[^\s`|]*`?$/;

/**
 * A table row that names route files: the row's cells are read as one line. A row that writes its
 * page's route beside the file (`| /admin/orders | apps/admin/app/orders/page.tsx |`) says where the
 * file is served (under an app's basePath, behind a rewrite): the route cell is read, the file adds
 * nothing. An API route's file still gives the methods its row names.
 */
export function readRouteFileRow(cells: string[], line: number, ctx: SectionContext, out: TaskCollector): void {
  if (!cells.some((c) => mayContain(c)) || cells.some((c) => LINE_OUT_OF_SCOPE.test(c))) return;
  if (cells.some((c) => ROUTE_CELL.test(c.trim()) && !mayContain(c) && !isApiPath(c.trim().replace(/`/g, '')))) return;
  readRouteFiles(cells.join(' | '), () => line, ctx, out);
}

/**
 * What stands right before a route file named as the code to copy, not one to write: "follow the
 * existing pattern in", "mirror the conventions of", "copy", "modelled on", "as an example". The file
 * exists and shows how; its route is none of the work.
 */
const COPIED_FROM = /\b(?:patterns?|conventions?|follow(?:s|ing)?|mirror(?:s|ing)?|copy(?:ing)?|modell?ed on|based on|as (?:an? )?(?:example|template|reference))\b[^.;!?\n`]{0,30}`?$/i;

function readRouteFiles(text: string, lineAt: (index: number) => number, ctx: SectionContext, out: TaskCollector): void {
  const files = routeFilesIn(text).filter((f) => !COPIED_FROM.test(text.slice(Math.max(0, f.index - 80), f.index)));
  const seen = new Set<string>();
  files.forEach((f, k) => {
    const key = `${f.found.kind} ${f.found.route} ${f.found.methods?.join() ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    const after = text.slice(f.end, files[k + 1]?.index ?? text.length);
    // "`app/api/auth/[...nextauth]/route.ts` — existing, unchanged": there already, nothing to build.
    if (existingNote(after.split('\n')[0]!)) return;
    const methods = f.found.kind === 'api' && k === 0 ? `${text.slice(0, f.index)} ${after}` : after;
    emit(f.found, f.found.kind === 'api' ? methods : after.split('\n')[0]!, false, lineAt(f.index), ctx, out);
  });
}
