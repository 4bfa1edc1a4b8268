import type { HttpMethod } from '../types.js';

export const HTTP_METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'];
const METHOD_SET = new Set<string>(HTTP_METHODS);

/** First segments that name a file system location, not a route. */
const FS_ROOTS = new Set(['etc', 'usr', 'var', 'tmp', 'bin', 'sbin', 'opt', 'proc', 'sys', 'mnt', 'node_modules']);

const PARAM_BRACE = /^\{([^{}]+)\}$/;
const PARAM_BRACKET = /^\[(?:\.\.\.)?([^[\]]+)\]$/;
const PARAM_ANGLE = /^<(?:[A-Za-z]+:)?([^<>]+)>$/;
const PARAM_COLON = /^:([A-Za-z_$][\w$-]*)\??$/;
const STATIC_SEGMENT = /^[\p{L}\p{N}_.~*-]+$/u;
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,7}$/;

/** `sensor-id` → `sensorId`; anything else that is not an identifier character is dropped. */
function paramName(raw: string): string {
  const words = raw.split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  let name = words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
  if (name === '') name = 'param';
  if (/^[0-9]/.test(name)) name = `p${name}`;
  return name;
}

/**
 * Canonical form of a route or API path: parameters in any notation (`{id}`, `[id]`, `<id>`,
 * `<int:id>`, `:id`) become `:id`; query string, fragment and trailing slash are dropped.
 * @param raw a path as a PRD writes it
 * @returns the canonical path, or undefined when it is not a route (a file name, an OS path, a URL)
 */
export function normalizeApiPath(raw: string): string | undefined {
  let p = raw.trim().replace(/^[`'"]+|[`'"]+$/g, '');
  const cut = p.search(/[?#]/);
  if (cut !== -1) p = p.slice(0, cut);
  p = p.replace(/[.,;:!]+$/, '');
  while (p.endsWith(')') && !p.includes('(')) p = p.slice(0, -1);
  if (!p.startsWith('/') || p.startsWith('//') || p.length > 400) return undefined;
  const segments = p.split('/').slice(1);
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  if (segments.length === 1 && segments[0] === '') return '/';
  const out: string[] = [];
  for (const seg of segments) {
    if (seg === '' || seg === '.' || seg === '..') return undefined;
    // Each notation starts with its own character: test only the one that can match.
    const c = seg.charCodeAt(0);
    const param = c === 123 ? PARAM_BRACE.exec(seg) : c === 91 ? PARAM_BRACKET.exec(seg) : c === 60 ? PARAM_ANGLE.exec(seg) : c === 58 ? PARAM_COLON.exec(seg) : null;
    if (param) {
      out.push(`:${paramName(param[1]!)}`);
      continue;
    }
    if (!STATIC_SEGMENT.test(seg) || /^\.+$/.test(seg)) return undefined;
    out.push(seg);
  }
  const first = out[0];
  if (first !== undefined && FS_ROOTS.has(first.toLowerCase())) return undefined;
  const last = out[out.length - 1];
  if (last !== undefined && !last.startsWith(':') && FILE_EXTENSION.test(last)) return undefined;
  return `/${out.join('/')}`;
}

/** Same rules for UI routes. */
export const normalizeRoute = normalizeApiPath;

/** Upper-case HTTP method, or undefined. */
export function normalizeMethod(raw: string): HttpMethod | undefined {
  const m = raw.trim().toUpperCase();
  return METHOD_SET.has(m) ? (m as HttpMethod) : undefined;
}

/**
 * Characters of the scripts written without spaces between words (kana, CJK ideographs, Hangul) and
 * CJK and full-width punctuation: a path never holds one, so a particle or a 。 written right after
 * a path (`/actuator/health만`, `GET /api/x，然后`) ends it.
 */
const CJK_CHARS = '\\u3000-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef';

/**
 * A path-looking token: starts with `/` at a word boundary (not after a host, a dot or another
 * slash, so URLs, `./relative` and `src/file` paths never match), and ends before CJK text.
 */
const PATH_TOKEN = new RegExp(`(?<![\\p{L}\\p{N}_/.:~@$%\\\\-])\\/(?:(?![${CJK_CHARS}])[\\p{L}\\p{N}_.~%*+@!$&=-]|:[A-Za-z_$][\\w$-]*|\\{[^{}\\s/]+\\}|\\[[^[\\]\\s/]+\\]|<[^<>\\s/]+>|\\/)*`, 'gu');

export interface PathMatch {
  raw: string;
  path: string;
  index: number;
}

/** All route-like tokens of a text, normalised; tokens that are not routes are left out. */
export function findPaths(text: string): PathMatch[] {
  const out: PathMatch[] = [];
  for (const m of text.matchAll(PATH_TOKEN)) {
    if (m[0] === '/') continue;
    const path = normalizeApiPath(m[0]);
    if (path && path !== '/') out.push({ raw: m[0], path, index: m.index! });
  }
  return out;
}

const METHOD_ALT = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS';
/** `GET /x`, `GET, POST /x`, `GET/POST /x`, `GET https://host/x` (case-sensitive: prose "get" is not a method). */
const METHOD_PATH = new RegExp(
  `(?<![\\w-])((?:${METHOD_ALT})(?:\\s*(?:,|/|\\||&|\\band\\b|\\bor\\b)\\s*(?:${METHOD_ALT}))*)(?:\\s*:)?\\s+(?:https?://[^\\s/\`'"]+)?(\\/(?:[^\\s\`'"<>()|,${CJK_CHARS}]|<[^<>\\s/]+>)*(?:\\([^)\\s]*\\))?)`,
  'g',
);

export interface MethodPathMatch {
  methods: HttpMethod[];
  path: string;
  index: number;
}

const METHOD_NAME = new RegExp(METHOD_ALT);
/** A method name (any case) followed by a path: a section without one holds no `METHOD /path` pair. */
const METHOD_THEN_SLASH = new RegExp(`\\b(?:${METHOD_ALT})[ \\t]+\\/`, 'i');

/** An upper-case method name as a word. */
const METHOD_WORD = new RegExp(`(?<![\\w-])(?:${METHOD_ALT})(?![\\w-])`);
const METHOD_WORDS = new RegExp(METHOD_WORD.source, 'g');

/** Cheap test for a section body: can `findMethodPaths` or `findSeparatedMethodPaths` find a pair in it? */
export function mayContainMethodPath(body: string): boolean {
  return body.includes('/') && (METHOD_THEN_SLASH.test(body) || METHOD_WORD.test(body));
}

/*
 * What may stand between a method and its path in a sentence: "a GET request is made to /x",
 * "sends a DELETE request to `/x`", "un POST a `/x`", "with a PUT request to the same path".
 * A closed list of words, each at most a few times: the match is anchored and linear.
 */
const REQUEST_NOUN = '(?:https?\\s+)?(?:requests?|calls?|petici[oó]n|solicitud|requisi[cç][aã]o|requ[eê]te|anfrage)';
const VERB = '(?:is|are|gets?|being|was|were|will|be|must|should|shall|made|sent|issued|done|fired|hecha|enviada|envoy[eé]e|feita|gesendet)';
const CONNECTIVE = '(?:to|at|on|against|a|al|à|sur|an|para|auf|en|em|vers|ke)';
const TARGET = '(?:the\\s+|el\\s+|la\\s+|le\\s+|o\\s+)?(?:(?:endpoint|url|path|route|ruta|rota|resource|chemin|pfad)\\s+)?';
const SEPARATED = new RegExp(`^\\s+(?:${REQUEST_NOUN}\\s+)?(?:${VERB}\\s+){0,3}${CONNECTIVE}\\s+${TARGET}(?:(same\\s+(?:path|endpoint|url|route|resource))|(\\/\\S*))`, 'i');

/**
 * Method and path apart in a sentence: "WHEN a GET request is made to /api/home", "the client sends
 * a DELETE request to `/api/x/{id}`", "un POST a `/api/reservas`", and "with a PUT request to the
 * same path" (the path named last before it in the text). A URL with a host is a web site, not an
 * endpoint; `METHOD /path` written together is `findMethodPaths`'s.
 * @param raw one paragraph or list item
 */
export function findSeparatedMethodPaths(raw: string): MethodPathMatch[] {
  if (!raw.includes('/') || !METHOD_WORD.test(raw)) return [];
  const text = raw.includes('`') || raw.includes('*') ? raw.replace(/[`*]/g, ' ') : raw;
  const out: MethodPathMatch[] = [];
  // Every path of the text, found once: "the same path" is the last one before the method.
  let named: PathMatch[] | undefined;
  let before = 0;
  for (const m of text.matchAll(METHOD_WORDS)) {
    const end = m.index! + m[0].length;
    const s = SEPARATED.exec(text.slice(end, end + 160));
    if (!s) continue;
    let path: string | undefined;
    if (s[1]) {
      named ??= findPaths(text);
      while (before < named.length && named[before]!.index < m.index!) before++;
      path = named[before - 1]?.path;
    } else {
      const at = end + s[0].length - s[2]!.length;
      const found = findPaths(text.slice(at, at + s[2]!.length))[0];
      path = found && found.index === 0 ? found.path : undefined;
    }
    if (path) out.push({ methods: [m[0] as HttpMethod], path, index: m.index! });
  }
  return out;
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
      const path = normalizeApiPath(m[1]!);
      if (!path) continue;
      const methods = [...new Set(m[2]!.split(/[^A-Z]+/).map((x) => normalizeMethod(x)).filter((x): x is HttpMethod => !!x))];
      out.push({ methods, path, index: m.index! });
    }
  }
  const leading = LEADING_PATH_METHODS.exec(text);
  if (leading) {
    const path = normalizeApiPath(leading[1]!);
    const methods = [...new Set(leading[2]!.split(/[^A-Z]+/).map((x) => normalizeMethod(x)).filter((x): x is HttpMethod => !!x))];
    if (path) out.push({ methods, path, index: leading.index + leading[0].indexOf('/') });
  }
  for (const m of text.matchAll(METHOD_PATH)) {
    const path = normalizeApiPath(m[2]!);
    if (!path) continue;
    const methods = [...new Set(m[1]!.split(/[^A-Z]+/).map((x) => normalizeMethod(x)).filter((x): x is HttpMethod => !!x))];
    out.push({ methods, path, index: m.index! });
  }
  return out;
}

/** API-looking paths: never pages. */
export function isApiPath(path: string): boolean {
  return /^\/(?:api|v\d+|graphql|rpc|webhooks?|oauth|auth\/callback|rest)(?:\/|$)/i.test(path);
}
