/**
 * The shape of a route: what two routes share when they name the same endpoint or page whatever
 * their parameter names and notation. Every parameter becomes `:p`, static segments are compared
 * case-insensitively, and a trailing slash, query string or fragment does not count.
 *
 * Notations read: `:id` (Express, the canonical form), `{id}` (OpenAPI), `[id]`, `[...slug]` and
 * `[[...slug]]` (Next.js), `$id` (TanStack Router), `<id>` and `<int:id>` (Flask), and `*` / `**`
 * wildcards. Identity (`plan/`), `diff` and `coverage` all compare routes through this one function.
 */
import { isCanonicalPath } from '../extract/index.js';

/** A segment that is a parameter in one of the notations above. */
const PARAM_SEGMENT = /^(?::[^/]+|\{[^{}/]+\}|\[\[?(?:\.\.\.)?[^[\]/]+\]?\]|\$[^/]*|<[^<>/]+>|\*{1,2})$/;

/**
 * @param route a route or API path in any of the notations above
 * @returns `/orders/:p/refunds` for `/orders/{orderId}/refunds`, `/Orders/[id]/refunds/` and `/orders/:id/refunds`
 */
export function routeShape(route: string): string {
  // A canonical path (what extraction gives most routes): each `:name` becomes `:p`, the words lower case.
  if (isCanonicalPath(route)) return route.replace(CANONICAL_PARAM, '/:p').toLowerCase();
  return writtenRouteShape(route);
}

const CANONICAL_PARAM = /\/:[^/]*/g;

/** `routeShape` segment by segment, for a route in any notation: exported for the test that the shortcut gives the same. */
export function writtenRouteShape(route: string): string {
  let p = route.trim();
  const cut = p.search(/[?#]/);
  if (cut !== -1) p = p.slice(0, cut);
  const segments = p.split('/').filter((s) => s !== '');
  if (segments.length === 0) return '/';
  return `/${segments.map((s) => (PARAM_SEGMENT.test(s) ? ':p' : s.toLowerCase())).join('/')}`;
}
