import type { HttpMethod } from '../types.js';

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const METHOD_SET = new Set<string>(HTTP_METHODS);

/** First segments that name a file system location, not a route. */
const FS_ROOTS = new Set(['etc', 'usr', 'var', 'tmp', 'bin', 'sbin', 'opt', 'proc', 'sys', 'mnt', 'node_modules']);

/** `{id}`, and `{{id}}` as `.http` files write a variable. */
const PARAM_BRACE = /^\{\{?([^{}]+?)\}?\}$/;
/** `$ORDER_ID`, `${orderId}`: a shell variable in an example call. */
const PARAM_DOLLAR = /^\$\{?([A-Za-z_]\w*)\}?$/;
const PARAM_BRACKET = /^\[(?:\.\.\.)?([^[\]]+)\]$/;
const PARAM_ANGLE = /^<(?:[A-Za-z]+:)?([^<>]+)>$/;
const PARAM_COLON = /^:([A-Za-z_$][\w$-]*)\??$/;
const STATIC_SEGMENT = /^[\p{L}\p{N}_.~*-]+$/u;
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,7}$/;
/** A file an endpoint serves as data (`GET /api/imports/:id/errors.csv`), not a web asset or a source file. */
export const DATA_FILE = /\.(?:csv|tsv|json|jsonl|ndjson|xml|pdf|xlsx?|ods|ics|vcf|txt|zip|ya?ml|rss|atom|geojson|gpx|kml|parquet)$/i;
/**
 * A segment that names one record in an example call, not a part of the route: a number
 * (`/orders/42`), a UUID, or a prefixed key with a digit in it (`rep_123`, `ord_8f2k1`, Stripe-style;
 * `lbl_93`: digits alone after the prefix, however few; `h_9a`: a one-letter prefix, a digit in a short key), or a
 * serial number that starts with a digit and holds four digits at least among eight letters and digits or more
 * (`1ESY1160512345`, `5f3a9c2b1e`).
 * Such a segment is a parameter: the example is an instance of the endpoint (`/orders/:id`).
 */
const INSTANCE_ID = /^(?:\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z]{2,6}_(?=[a-z0-9]*\d)[a-z0-9]{3,}|[a-z]{2,6}_\d+|[a-z]_(?=[a-z0-9]*\d)[a-z0-9]{2,}|\d(?=(?:[a-z]*\d){3})[a-z0-9]{7,})$/i;

/** `sensor-id` → `sensorId`; anything else that is not an identifier character is dropped. */
function paramName(raw: string): string {
  const words = raw.split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  let name = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  if (name === '') name = 'param';
  if (/^[0-9]/.test(name)) name = `p${name}`;
  return name;
}

/**
 * A path already in canonical form, as most paths a PRD writes are (`/api/orders/:orderId`): ASCII
 * words (a letter first, shorter than a UUID, so no segment can be a record key) and `:name`
 * parameters, nothing around them. `normalizeApiPath` gives such a path back as it is, unless it
 * is a file system location.
 */
const CANONICAL_PATH = /^(?:\/(?:[A-Za-z][A-Za-z0-9-]{0,34}|:[A-Za-z_$][\w$]*))+$/;

/** Is the path in the canonical form most paths are written in (see CANONICAL_PATH)? `normalizeApiPath` gives such a path back unless it is longer than a route can be or a file system location. */
export function isCanonicalPath(path: string): boolean {
  return CANONICAL_PATH.test(path);
}

/** Does a path's first segment name a file system root (`/etc/hosts`, `/tmp`)? Such a path is no route. */
function inFileSystem(first: string | undefined): boolean {
  return first !== undefined && FS_ROOTS.has(first.toLowerCase());
}

/**
 * Canonical form of a route or API path: parameters in any notation (`{id}`, `[id]`, `<id>`,
 * `<int:id>`, `:id`) become `:id`, and so does the record an example names (`/orders/42`);
 * query string, fragment and trailing slash are dropped.
 * @param raw a path as a PRD writes it
 * @returns the canonical path, or undefined when it is not a route (a file name, an OS path, a URL)
 */
export function normalizeApiPath(raw: string): string | undefined {
  // Four paths in five are canonical already: one test instead of a pass per segment.
  if (raw.length <= 400 && isCanonicalPath(raw)) return inFileSystem(raw.split('/', 2)[1]) ? undefined : raw;
  return normalizeWrittenPath(raw);
}

/**
 * `normalizeApiPath` for a path an HTTP method is written with: the call names an endpoint, so a
 * last segment that names a data file (`errors.csv`, `invoice.pdf`, DATA_FILE) is part of the route.
 */
export function normalizeCalledPath(raw: string): string | undefined {
  const path = normalizeApiPath(raw);
  if (path !== undefined) return path;
  const bare = raw.replace(/[?#].*$/s, '').replace(/[`'".,;:!)]+$/, '');
  return DATA_FILE.test(bare) && !DATED_FORMAT_PATH.test(bare) ? normalizeWrittenPath(raw, true) : undefined;
}

/**
 * A path versioned by a date and ending in its format (`/admin/api/2024-07/orders/{id}/refunds.json`,
 * `/2010-04-01/Accounts/{sid}/Messages.json`): the REST style of the platforms a product calls
 * (Shopify's, Twilio's), written without their host. A product's own routes are not written so.
 */
const DATED_FORMAT_PATH = /\/\d{4}-\d{2}(?:-\d{2})?\/.*\.(?:json|xml)$/;

/**
 * `normalizeApiPath` segment by segment, for any path: exported for the test that the shortcut gives the same.
 * @param dataFile a last segment naming a data file (DATA_FILE) is kept, as a method before the path allows
 */
/** A brace parameter that names Django's path converter before its name: `int:batch_id` (group 1 the name). */
const CONVERTER_FIRST = /^(?:int|str|uuid|slug|path)\s*:\s*([A-Za-z_]\w*)$/;

export function normalizeWrittenPath(raw: string, dataFile = false): string | undefined {
  let p = raw.trim().replace(/^[`'"]+|[`'"]+$/g, '');
  // A `?` inside braces marks an optional parameter (`{id?}`), not a query string.
  const cut = p.search(/[?#](?![^{}/]*\})/);
  if (cut !== -1) p = p.slice(0, cut);
  p = p.replace(/[.,;:!]+$/, '');
  while (p.endsWith(')') && !p.includes('(')) p = p.slice(0, -1);
  // The bracket that closes around a call (`[POST /v1/transfers/{id}/receive]`), not a `[id]` parameter's.
  while (p.endsWith(']') && p.split('[').length < p.split(']').length) p = p.slice(0, -1);
  if (!p.startsWith('/') || p.startsWith('//') || p.length > 400) return undefined;
  const segments = p.split('/').slice(1);
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  if (segments.length === 1 && segments[0] === '') return '/';
  const out: string[] = [];
  for (const seg of segments) {
    if (seg === '' || seg === '.' || seg === '..') return undefined;
    // Each notation starts with its own character: test only the one that can match.
    const c = seg.charCodeAt(0);
    const param = c === 123 ? PARAM_BRACE.exec(seg) : c === 91 ? PARAM_BRACKET.exec(seg) : c === 60 ? PARAM_ANGLE.exec(seg) : c === 58 ? PARAM_COLON.exec(seg) : c === 36 ? PARAM_DOLLAR.exec(seg) : null;
    if (param) {
      // `$WAREHOUSE_ID` names the parameter as a shell variable does: `:warehouseId`.
      // `{id:int}`, `{id:guid}`, `{slug?}`, `{page=1}` (ASP.NET, Laravel): the name before the constraint, the mark or the default.
      // `{int:batch_id}`, `{uuid:specimen_id}` (Django Ninja, as Django's path converters): the converter first, then the name.
      const written = c === 123 ? (CONVERTER_FIRST.exec(param[1]!)?.[1] ?? param[1]!.replace(/^(\w+)[:?=].*$/s, '$1')) : param[1]!;
      out.push(`:${paramName(c === 36 && !/[a-z]/.test(written) ? written.toLowerCase().replace(/_+([a-z0-9])/g, (_, x: string) => x.toUpperCase()) : written)}`);
      continue;
    }
    if (!STATIC_SEGMENT.test(seg) || /^\.+$/.test(seg)) return undefined;
    // Not the first segment: `/404` and `/2024` are pages of their own.
    // Each kind of record key has a mark a word has not: a digit first, a `_`, or a UUID's length.
    if (out.length > 0 && ((c >= 48 && c <= 57) || seg.length === 36 || seg.includes('_')) && INSTANCE_ID.test(seg)) {
      let name = ':id';
      for (let k = 2; out.includes(name); k++) name = `:id${k}`;
      out.push(name);
      continue;
    }
    out.push(seg);
  }
  const first = out[0];
  if (inFileSystem(first)) return undefined;
  const last = out[out.length - 1];
  if (last !== undefined && !last.startsWith(':') && FILE_EXTENSION.test(last) && !(dataFile && DATA_FILE.test(last))) return undefined;
  return `/${out.join('/')}`;
}

/** Same rules for UI routes. */
export const normalizeRoute = normalizeApiPath;

/** Upper-case HTTP method, or undefined. */
export function normalizeMethod(raw: string): HttpMethod | undefined {
  const m = raw.trim().toUpperCase();
  return METHOD_SET.has(m) ? (m as HttpMethod) : undefined;
}

/** The HTTP methods a list names in any case and with any separators (`GET, PUT`, `get/put`, `'GET', 'POST'`), each once. */
export function methodsIn(list: string): HttpMethod[] {
  return [...new Set(list.split(/[^A-Za-z]+/).map((m) => normalizeMethod(m)).filter((m): m is HttpMethod => !!m))];
}

/**
 * Characters of the scripts written without spaces between words (kana, CJK ideographs, Hangul) and
 * CJK and full-width punctuation: a path never holds one, so a particle or a 。 written right after
 * a path (`/actuator/health만`, `GET /api/x，然后`) ends it.
 */
const CJK_CHARS = '\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef';

/**
 * A path-looking token: starts with `/` at a word boundary (not after a host, a dot or another
 * slash, so URLs, `./relative` and `src/file` paths never match, nor after a `#`, so the hash route of
 * `https://lanhuapp.com/web/#/item/x` is none, nor after a closing `}` or `]`, so
 * the tail of `app://orders/{id}/proof` or `{base}/x` is no route, nor after a `)`, so the folders after a
 * route group of `src/app/(staff)/staff/...` are none, nor after a `<`, so an HTML closing
 * tag such as `</code>` is none, nor after a `?`, so the form action `?/return` of `POST /loans?/return` is
 * none), and ends before CJK text.
 */
const PATH_TOKEN = new RegExp(`(?<![\\p{L}\\p{N}_/.:~@$%#?\\\\\\])}<-])\\/(?:(?![${CJK_CHARS}])[\\p{L}\\p{N}_.~%*+@!$&=-]|:[A-Za-z_$][\\w$-]*|\\{[^{}\\s/]+\\}|\\[[^[\\]\\s/]+\\]|<[^<>\\s/]+>|\\/)*`, 'gu');

export interface PathMatch {
  raw: string;
  path: string;
  index: number;
}

/**
 * All route-like tokens of a text, normalised; tokens that are not routes are left out.
 * @param called a method is written with the path: a last segment naming a data file is kept (see normalizeCalledPath)
 */
export function findPaths(text: string, called = false): PathMatch[] {
  const out: PathMatch[] = [];
  for (const m of text.matchAll(PATH_TOKEN)) {
    if (m[0] === '/') continue;
    // A cron step (`*/15 * * * *`): a number after a star is no route.
    const starred = m.index! > 0 && text.charCodeAt(m.index! - 1) === 42;
    if (starred && /^\/\d+$/.test(m[0])) continue;
    // A route in bold or italics (`**/rota**`): the closing marks are no part of it.
    const raw = starred && m[0].includes('*') ? m[0].replace(/\*+(?=[.,;:!]*$)/, '') : m[0];
    const path = called ? normalizeCalledPath(raw) : normalizeApiPath(raw);
    if (path && path !== '/') out.push({ raw, path, index: m.index! });
  }
  return out;
}

const METHOD_ALT = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS';
/**
 * `GET /x`, `GET, POST /x`, `GET/POST /x`, `GET https://host/x`, `[POST] /x`, `POST — /x`, `POST → /x`
 * (case-sensitive: prose "get" is not a method).
 */
const METHOD_PATH = new RegExp(
  `(?<![\\w-])((?:${METHOD_ALT})(?:\\s*(?:,|/|\\||&|\\band\\b|\\bor\\b)\\s*(?:${METHOD_ALT}))*)\\]?(?:\\s*(?::|[—–→]|->|-(?=\\s)))?\\s+(?:https?://[^\\s/\`'"]+)?(\\/(?:[^\\s\`'"<>()|,${CJK_CHARS}]|<[^<>\\s/]+>)*(?:\\([^)\\s]*\\))?)`,
  'g',
);

/**
 * A task that names a template file and the route it is served at: `CREATE app/templates/desk.html,
 * served at /desk/{gym_slug}`, `templates/pass.html rendered at /passes/{code}  (customer's pass)`,
 * in a PRP's task list or in prose (`` `app/templates/pass.html`, served at `/passes/{code}` ``).
 * The route in group 1, a note in parentheses after it in group 2.
 */
export const SERVED_TEMPLATE = /[\w-]\.(?:html?|jinja2?|j2|hbs|handlebars|ejs|erb|njk|twig|liquid|mustache|pug|heex|eex|cshtml)\b[^\n]*?\b(?:served|rendered)[ \t]+(?:at|on|under)[ \t]+`?(\/[^\s`,;)]*)`?[ \t]*(?:\(([^()\n]{1,60})\))?/;
/**
 * Words that say a call goes out of the product: "we send … to it", "we upload … to", "we fetch the result from", "their endpoint", "outside our
 * system", "a third-party API", "DashFleet's API"; the product calling in other languages ("ruft den
 * Dienst … auf", "nuestro backend llama a", "chamamos a", "appelle l'API", "memanggil API"). Asked only of a call written with a host.
 */
const OUTBOUND = /\b(?:we (?:call|send|post|push|forward|notify|invoke|upload|submit|fetch|pull|download|retrieve)\b|do(?:es)?(?: not|n['’]t) own\b|(?:we )?do(?: not|n['’]t) (?:build|own|host|run) (?:it|them|this|that)\b|not ours\b|no lo construimos|não (?:o|os) construímos|(?:sent|posted|pushed|forwarded|delivered) to (?:the |their |a |your )?(?:customer|client|partner|vendor|merchant|subscriber|provider)|their (?:endpoint|api|server|url|system|webhook)|outside (?:of )?our\b|third[- ]party|external (?:api|service|system|endpoint)|ruf(?:t|en)\b[^.:;]{0,80}\bauf\b|(?:llamamos|llama|chamamos|chama)\s+(?:a|à|ao)\b|(?:appelons|appelle)\s+(?:l['’]api|le service|la passerelle)|(?:kami )?memanggil\s+(?:api|layanan|endpoint))/i;
/** Another company's API, by its name: "DashFleet's API", "Stripe’s endpoint", "calls Fuelnet's issuer API", "through Textwell". */
const NAMED_OWNER = /\p{Lu}[\p{L}\p{N}-]*['’]s (?:API|[Ee]ndpoint|[Ss]erver|[Ww]ebhook)\b|\b(?:calls|through|via) (?:the )?\p{Lu}\p{Ll}[\p{L}\p{N}-]*(?:['’]s)?(?: \p{Lu}[\p{L}\p{N}-]*)? (?:API|service|gateway|integration)?/u;

/**
 * Does a text say the call it holds goes out of the product (OUTBOUND, NAMED_OWNER)? Asked of the
 * line of a call written with a host, and by prose of the whole paragraph around it.
 */
export function goesOut(text: string): boolean {
  return OUTBOUND.test(text) || NAMED_OWNER.test(text);
}

export interface MethodPathMatch {
  /** the host it is written with, lower case (`api.example.com` in `POST https://api.example.com/v1/x`) */
  host?: string;
  methods: HttpMethod[];
  path: string;
  index: number;
}

const METHOD_NAME = new RegExp(METHOD_ALT);
/** A method name (any case) followed by a path: a section without one holds no `METHOD /path` pair. */
const METHOD_THEN_SLASH = new RegExp(`\\b(?:${METHOD_ALT})[ \\t]+\\/`, 'i');

/**
 * An upper-case method name as a word, or joined by a hyphen to the word for a request or a call
 * (`PATCH-запрос`, `GET-запиту`, `GET-anrop`, `POST-požadavek`, `GET-αίτημα`, `PUT-Anfrage`, `POST-Request`),
 * or after the hyphen that joins a Hebrew prefix to a Latin word (`ב-POST`, `מ-GET`).
 */
const METHOD_WORD = new RegExp(`(?<!\\w|(?<![\\u05d0-\\u05ea])-)(?:${METHOD_ALT})(?:(?:t?ing|e?s|t?ed)(?![\\w-]))?(?!\\w|-(?!запрос|запит|anrop|förfrågan|požadav|volání|αίτημα|κλήση|[Aa]nfrage|[Rr]equest|[Aa]ufruf|[Aa]bfrage|[Cc]all|[Rr]equête|[Rr]ichiesta|[Pp]etición|[Ss]olicitud|[Pp]edido|[Vv]erzoek|[Żż]ądanie|[Ii]stek))`);
const METHOD_WORDS = new RegExp(METHOD_WORD.source, 'g');

/** Cheap test for a section body: can `findMethodPaths` or `findSeparatedMethodPaths` find a pair in it? */
export function mayContainMethodPath(body: string): boolean {
  return body.includes('/') && (METHOD_THEN_SLASH.test(body) || METHOD_WORD.test(body));
}

/*
 * Method and path apart in one sentence. Between them stand only words (letters: a comma, a period,
 * a number or a URL ends the sentence part), a bounded number of them:
 * - the method first, the path after a connective, maybe "the endpoint" ("a GET request is made to
 *   /x", "issue a PATCH call against /x", "using the HTTP method POST on /x", "un POST a /x"), or
 *   "the same path" after the connective (the path named last before the method);
 * - the path first, named as an endpoint (an API path, or "the endpoint /x"), and the method a few
 *   words after it ("the endpoint `/api/orders` accepts DELETE requests"), unless a path of its own
 *   follows the method.
 */
const CONNECTIVES = new Set(['to', 'at', 'on', 'against', 'for', 'via', 'a', 'al', 'à', 'sur', 'an', 'para', 'auf', 'en', 'em', 'vers', 'ke', 'su', 'sul', 'sullo', 'sulla', 'allo', 'alla', 'ai', 'agli', 'alle', 'naar', 'tới', 'đến', 'vào', 'на', 'до', 'na', 'till', 'op',
  // Swedish's "against", "on" and "from" (`POST-anrop mot /x`, `DELETE på /x`, `GET från /x`).
  'mot', 'på', 'från']);
/** CONNECTIVES of Arabic, Hebrew (with its joined prefixes: `לנתיב` "to the path", `מהנתיב` "from the path"), Persian and Thai. */
const CONNECTIVES_AR_HE_FA_TH = new Set(['إلى', 'الى', 'على', 'عبر', 'للمسار', 'بالمسار', 'אל', 'על', 'לנתיב', 'בנתיב', 'מהנתיב', 'לכתובת', 'מהכתובת', 'به', 'روی', 'از', 'بر', 'ไปที่', 'ที่']);
const isConnective = (w: string): boolean => CONNECTIVES.has(w) || CONNECTIVES_AR_HE_FA_TH.has(w);
/** "Same" (or "that", "this") before a path's noun, in the known languages: "sur la même adresse", "an denselben Pfad", "cùng đường dẫn". */
const SAME_WORDS = new Set(['same', 'that', 'this', 'même', 'mismo', 'misma', 'mesmo', 'mesma', 'stesso', 'stessa', 'selben', 'selbe', 'gleichen', 'gleiche', 'dieselbe', 'denselben', 'derselben', 'zelfde', 'dezelfde', 'hetzelfde', 'cùng', 'samma']);
/** The nouns of a path "the same" may stand before, in English and the known languages (`adresse`, `dirección`, `Pfad`, `đường` of `đường dẫn`). */
const SAME_NOUNS = new Set(['path', 'endpoint', 'url', 'uri', 'route', 'resource', 'adresse', 'address', 'dirección', 'direccion', 'endereço', 'indirizzo', 'percorso', 'rotta', 'ruta', 'rota', 'chemin', 'ressource', 'recurso', 'risorsa', 'pfad', 'endpunkt', 'route', 'pad', 'alamat', 'đường', 'địa', 'sökväg', 'adress', 'ändpunkt']);
/** Words that may follow the connective: "to the endpoint /x", "a la ruta /x", "to the same endpoint /x", "sur la même adresse". */
const TARGET_WORDS = new Set(['the', 'el', 'la', 'le', 'o', 'a', 'lo', 'den', 'die', 'das', 'dem', 'het', 'de', 'endpoint', 'url', 'path', 'route', 'ruta', 'rota', 'resource', 'chemin', 'pfad', 'endpunkt', ...SAME_WORDS, ...SAME_NOUNS]);
/** What names a path an endpoint right before it: "the endpoint /x", "la ruta /x". */
const ENDPOINT_NOUN = /^(?:endpoints?|url|path|route|ruta|rota|resource|chemin|pfad|endpunkt)$/i;
/**
 * A person, where one goes or what one clicks: "after a POST the user is redirected to /orders" and
 * "the DELETE button on /orders" name a page.
 */
const NAVIGATION_WORD = /^(?:users?|customers?|visitors?|redirect\w*|navigat\w*|open\w*|visit\w*|taken|brought|go|goes|went|lands?|landed|browse\w*|shown|displayed|sees?|buttons?|links?|tabs?|menus?|icons?|keys?|dialogs?|modals?|forms?)$|^(?:användar\p{L}*|omdirigera\p{L}*|vidare|knapp\p{L}*|länk\p{L}*)$/iu;
const GAP_WORD = /^[\p{L}'’-]+$/u;
/** The most words between a method and its path, each way. */
const MAX_AFTER = 8;
const MAX_BEFORE = 4;

/**
 * Method and path apart in a sentence: "WHEN a GET request is made to /api/home", "the client sends
 * a DELETE request to `/api/x/{id}`", "un POST a `/api/reservas`", "with a PUT request to the same
 * path" (the path named last before it in the text), "the endpoint `/api/orders` accepts DELETE
 * requests". Method names are upper case. A URL with a host is a web site, not an endpoint;
 * `METHOD /path` written together is `findMethodPaths`'s.
 * @param raw one paragraph or list item
 * @param earlier the endpoint path named last before the paragraph, for "the same path" or "that path" when the paragraph names none before it
 */
export function findSeparatedMethodPaths(raw: string, earlier?: () => string | undefined): MethodPathMatch[] {
  if ((!raw.includes('/') && earlier === undefined) || !METHOD_WORD.test(raw)) return [];
  const text = raw.includes('`') || raw.includes('*') ? raw.replace(/[`*]/g, ' ') : raw;
  const out: MethodPathMatch[] = [];
  // Every path of the text, found once: "the same path" is the last one before the method.
  let named: PathMatch[] | undefined;
  let before = 0;
  // The next token after whitespace, from `lastIndex` (one per call: it holds a position).
  const token = /\s+(\S+)/y;
  for (const m of text.matchAll(METHOD_WORDS)) {
    // "by POSTing to `/x`", "PUTs to", "PATCHes": the method as a verb, its ending in lower case.
    const method = (m[0].charCodeAt(m[0].length - 1) > 90 ? m[0].replace(/[a-z]+$/, '') : m[0]) as HttpMethod;
    const end = m.index! + m[0].length;
    // The words after the method, up to a path or anything else.
    const words: string[] = [];
    let pathToken: string | undefined;
    // A method glued to what follows ("GET," "GET/POST") starts no sentence part; one hyphenated to
    // the word for a request (`PATCH-запрос на /x`) starts it with that word.
    token.lastIndex = end;
    if (text.charCodeAt(end) === 45) {
      const glued = /-(\p{L}+)/uy;
      glued.lastIndex = end;
      const g = glued.exec(text);
      if (g) {
        words.push(g[1]!.toLowerCase());
        token.lastIndex = end + g[0].length;
      }
    }
    for (let t = token.exec(text); t && words.length <= MAX_AFTER; t = token.exec(text)) {
      const w = t[1]!;
      if (w.charCodeAt(0) === 47) {
        pathToken = w;
        break;
      }
      if (GAP_WORD.test(w)) {
        words.push(w.toLowerCase());
        continue;
      }
      // A word that ends the sentence part: "to the same path."
      const last = /^([\p{L}'’-]+)[.,;:!?)]+$/u.exec(w);
      if (last) words.push(last[1]!.toLowerCase());
      break;
    }
    let path: string | undefined;
    const same = words.findIndex((w, i) => SAME_WORDS.has(w) && SAME_NOUNS.has(words[i + 1] ?? ''));
    if (pathToken !== undefined) {
      const found = connected(words) ? findPaths(pathToken, true)[0] : undefined;
      if (found && found.index === 0 && (isApiPath(found.path) || !words.some((w) => NAVIGATION_WORD.test(w)))) path = found.path;
    } else if (same !== -1 && connected(words.slice(0, same + 2))) {
      named ??= findPaths(text);
      while (before < named.length && named[before]!.index < m.index!) before++;
      // None before it in the text: the endpoint named last before the paragraph ("**Update.** Use PATCH on the same path").
      path = named[before - 1]?.path ?? earlier?.();
    }
    // No path of its own after the method: the endpoint named a few words before it.
    if (!path && pathToken === undefined && same === -1) path = endpointBefore(text, m.index!);
    if (path) out.push({ methods: [method], path, index: m.index! });
  }
  return out;
}

/** Do the words after a method end with a connective, maybe "the endpoint" after it? */
function connected(words: string[]): boolean {
  let n = words.length;
  while (n > 0 && TARGET_WORDS.has(words[n - 1]!) && !isConnective(words[n - 1]!)) n--;
  // "a" is both: "un POST a /x" (a connective), "sends a request to the /x" (an article).
  return n > 0 && isConnective(words[n - 1]!);
}

/**
 * The path a method word comes a few words after, when the text names it an endpoint: an API path,
 * or one right after "the endpoint"/"the route" or right before "endpoint".
 */
function endpointBefore(text: string, index: number): string | undefined {
  const from = Math.max(0, index - 200);
  // A method in parentheses closes the sentence about the endpoint: "… returns a CSV file (GET)".
  const head = text.slice(from, index);
  const tokens = (head.endsWith('(') ? head.slice(0, -1) : head).split(/\s+/);
  if (tokens[tokens.length - 1] === '') tokens.pop();
  const gap: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && gap.length <= MAX_BEFORE; i--) {
    const w = tokens[i]!;
    // The first token may be cut by the slice.
    if (i === 0 && from > 0) return undefined;
    if (GAP_WORD.test(w)) {
      gap.push(w);
      continue;
    }
    if (!w.startsWith('/')) return undefined;
    const found = findPaths(w)[0];
    if (!found || found.index !== 0) return undefined;
    const api = isApiPath(found.path);
    const named = (i > 0 && ENDPOINT_NOUN.test(tokens[i - 1]!)) || (gap.length > 0 && /^endpoints?$/i.test(gap[gap.length - 1]!));
    if (gap.length === 0 || !(api || named) || (!api && gap.some((g) => NAVIGATION_WORD.test(g)))) return undefined;
    return found.path;
  }
  return undefined;
}

/** `/path (GET, POST)`: the methods right after the path, in parentheses. */
const PATH_METHODS = new RegExp(
  `(?<![\\w/.:~@$%-])\`?(\\/(?:[^\\s\`'"<>()|,${CJK_CHARS}]|<[^<>\\s/]+>)*)\`?\\s*\\(\\s*((?:${METHOD_ALT})(?:\\s*(?:,|/|\\||&|\\band\\b|\\bor\\b)\\s*(?:${METHOD_ALT}))*)\\s*\\)`,
  'g',
);

/**
 * A line that starts with a path and then names its methods: `` `/api/items` POST ``,
 * `/api/items — GET, PATCH`, `/api/items: GET`, `/api/items [DELETE]`, `/api/items → PUT`. Anchored
 * at the start of the line (list marker removed): in running prose a path and a method word after
 * it are no pair.
 */
const LEADING_PATH_METHODS = new RegExp(
  `^\\s*(\\/(?:[^\\s\`'"<>()|,\\[\\]${CJK_CHARS}]|<[^<>\\s/]+>)*)\\s*(?:[-—–:|→]|->)?\\s*\\[?((?:${METHOD_ALT})(?:\\s*(?:,|/|\\||&)\\s*(?:${METHOD_ALT}))*)\\]?(?![\\w-])`,
);

/** Every `METHOD /path` pair of a text (and `/path (METHOD)`, and a line starting `/path METHOD`). */
export function findMethodPaths(raw: string): MethodPathMatch[] {
  // Both patterns need a path and an upper-case method name: most lines have neither.
  if (!raw.includes('/') || !METHOD_NAME.test(raw)) return [];
  // Code and emphasis marks around a method or path (`GET` `/x`, **POST** /x) do not separate them.
  const text = raw.includes('`') || raw.includes('*') ? raw.replace(/[`*]/g, ' ') : raw;
  const out: MethodPathMatch[] = [];
  // `/path (GET)` needs its parenthesis.
  if (text.includes('(')) {
    for (const m of text.matchAll(PATH_METHODS)) {
      const path = normalizeCalledPath(m[1]!);
      if (!path) continue;
      const methods = [...new Set(m[2]!.split(/[^A-Z]+/).map((x) => normalizeMethod(x)).filter((x): x is HttpMethod => !!x))];
      out.push({ methods, path, index: m.index! });
    }
  }
  const leading = LEADING_PATH_METHODS.exec(text);
  if (leading) {
    const path = normalizeCalledPath(leading[1]!);
    const methods = [...new Set(leading[2]!.split(/[^A-Z]+/).map((x) => normalizeMethod(x)).filter((x): x is HttpMethod => !!x))];
    if (path) out.push({ methods, path, index: leading.index + leading[0].indexOf('/') });
  }
  for (const m of text.matchAll(METHOD_PATH)) {
    // A call to another host that the text says goes out (to a customer's webhook, a vendor's API) is theirs, not ours.
    const at = m[0].indexOf('://');
    const host = at === -1 ? undefined : m[0].slice(at + 3, m[0].indexOf('/', at + 3)).toLowerCase();
    if (host && goesOut(raw)) continue;
    // "DHL's `GET /rates`", "and Stripe’s POST /v1/refunds": a call named as another company's.
    if (m.index! > 2 && (text.charCodeAt(m.index! - 2) === 115 || text.charCodeAt(m.index! - 3) === 115) && OWNER_BEFORE.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    const path = normalizeCalledPath(m[2]!);
    if (!path) continue;
    const methods = [...new Set(m[1]!.split(/[^A-Z]+/).map((x) => normalizeMethod(x)).filter((x): x is HttpMethod => !!x))];
    out.push(host ? { methods, path, index: m.index!, host } : { methods, path, index: m.index! });
  }
  return out;
}

/**
 * A company's name in the possessive right before a call (`DHL's `, `Stripe’s `), after another word
 * of its sentence: "Admin's GET /x" opening a line may be the product's own role.
 */
const OWNER_BEFORE = /[\p{L}\p{N},;:)]\s+\p{Lu}[\p{L}\p{N}&.-]*['’]s\s*$/u;

/** API-looking paths: never pages. */
export function isApiPath(path: string): boolean {
  return /^\/(?:api|v\d+|graphql|rpc|webhooks?|oauth|auth\/callback|rest)(?:\/|$)/i.test(path);
}
