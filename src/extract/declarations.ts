import type { HttpMethod } from '../types.js';
import type { SectionContext } from './context.js';
import { ourMethodPaths } from './doc-scope.js';
import type { TaskCollector } from './collector.js';
import { parseFieldList } from './fields.js';
import { findPaths, isApiPath, normalizeMethod, normalizeRoute } from './paths.js';

const KEYWORD = '(?:\\*\\*|__)?(APIs?|Endpoints?|Routes?|URLs?|Paths?|Pages?|Views?|Screens?|Models?|Entit(?:y|ies)|Tables?)(?:\\*\\*|__)?';
/** `API: GET, POST /api/x`, `Model: Order — id, total`, `Page: /orders`, `Table: refunds — …` (optionally bold, in a list). */
const DECLARATION = new RegExp(`^${KEYWORD}\\s*[:：](?:\\*\\*|__)?\\s*(.+)$`, 'i');
/** A line of a section that starts (after a list marker) with a declaration's keyword and colon. */
const DECLARATION_LINE = new RegExp(`^[ \\t]*(?:[-*+]|\\d+[.)])?[ \\t]*${KEYWORD}[ \\t]*[:：]`, 'im');

/** Cheap test for a section body: can `readDeclaration` find a declaration in one of its lines? */
export function mayContain(body: string): boolean {
  return (body.includes(':') || body.includes('：')) && DECLARATION_LINE.test(body);
}

const NAME_SEPARATOR = /\s+[—–-]\s+|\s*[:：]\s*|\s*\(|\s+with\s+(?:fields?\s*)?|\s+fields?\s*[:：]?\s*/i;

/**
 * Read one declaration line. Returns true when the line was a declaration (even an empty one),
 * so the caller does not read it again as prose.
 */
export function readDeclaration(line: string, lineNo: number, ctx: SectionContext, out: TaskCollector): boolean {
  // Every declaration has its colon: most lines are not one.
  if (!line.includes(':') && !line.includes('：')) return false;
  const m = DECLARATION.exec(line);
  if (!m) return false;
  const keyword = m[1]!.toLowerCase();
  const rest = m[2]!.trim();
  if (/^(?:apis?|endpoints?|routes?|urls?|paths?)$/.test(keyword)) {
    const pairs = ourMethodPaths(rest, ctx);
    for (const p of pairs) out.api(ctx, lineNo, p.path, p.methods);
    if (pairs.length > 0) return true;
    const paths = findPaths(rest.replace(/`/g, ' '));
    const methods = (rest.match(/\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g) ?? []).map((x) => normalizeMethod(x)).filter((x): x is HttpMethod => !!x);
    if (paths[0] && methods.length > 0) out.api(ctx, lineNo, paths[0].path, [...new Set(methods)]);
    // An API or endpoint with no method is an endpoint without one (each path the line names);
    // a route, URL or path with no method is a page, unless it looks like an API.
    else if (/^(?:apis?|endpoints?)$/.test(keyword)) for (const p of paths) out.endpoint(ctx, lineNo, p.path);
    else if (paths[0] && !isApiPath(paths[0].path)) pageFrom(rest, lineNo, ctx, out);
    return true;
  }
  if (/^(?:pages?|views?|screens?)$/.test(keyword)) {
    pageFrom(rest, lineNo, ctx, out, keyword.endsWith('s'));
    return true;
  }
  // Model / Entity / Table
  const sep = NAME_SEPARATOR.exec(rest);
  const name = (sep ? rest.slice(0, sep.index) : rest).replace(/[`*]/g, '').trim();
  const afterSep = sep ? rest.slice(sep.index + sep[0].length) : '';
  const fieldText = sep && sep[0].trim() === '(' ? afterSep.replace(/\)\s*$/, '') : afterSep;
  if (!/^[\p{L}][\p{L}\p{N}_ -]{0,63}$/u.test(name) || name.split(/\s+/).length > 3) return true;
  out.model(ctx, lineNo, name, parseFieldList(fieldText));
  return true;
}

/** What may stand between two routes a declaration lists: a note in parentheses, then a comma or "and". */
const BETWEEN_LISTED_ROUTES = /^\s*(?:\([^()]*\))?\s*(?:,|;|&|\band\b|\bund\b|\by\b|\bet\b|\be\b)\s*$/;

/** Does a declaration list its routes (`Page: /cart (summary) and /cart/checkout (payment)`), not name one route and another beside it? */
function listsRoutes(text: string, found: ReadonlyArray<{ index: number; raw: string }>): boolean {
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1]!;
    if (!BETWEEN_LISTED_ROUTES.test(text.slice(prev.index + prev.raw.length, found[i]!.index))) return false;
  }
  return true;
}

/**
 * The page a declaration names, titled by the words beside its route. A plural keyword may name
 * several (`Pages: /a and /b`), and so may a singular one that lists them (`Page: /a (landing)
 * and /b (form)`): each is a page, titled by its route.
 */
function pageFrom(rest: string, lineNo: number, ctx: SectionContext, out: TaskCollector, plural = false): void {
  const plain = rest.replace(/`/g, ' ');
  const found = findPaths(plain);
  if (found.length > 1 && (plural || listsRoutes(plain, found))) {
    for (const p of found) if (!isApiPath(p.path)) out.page(ctx, lineNo, p.path, undefined);
    return;
  }
  let route = found[0]?.path;
  let raw = found[0]?.raw;
  if (!route) {
    const root = /(?:^|[\s(])(\/)(?=[\s),]|$)/.exec(plain);
    if (!root) return;
    route = normalizeRoute('/');
    raw = '/';
  }
  if (!route || !raw) return;
  const title = plain
    .replace(raw, ' ')
    .replace(/[—–]|\s-\s|[()[\]:|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  out.page(ctx, lineNo, route, title || undefined);
}
