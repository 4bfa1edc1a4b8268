/**
 * The shape of a route: what two routes share when they name the same endpoint or page whatever
 * their parameter names and notation. Every parameter becomes `:p`, static segments are compared
 * case-insensitively, and a trailing slash, query string or fragment does not count.
 *
 * Notations read: `:id` (Express, the canonical form), `{id}` (OpenAPI), `[id]`, `[...slug]` and
 * `[[...slug]]` (Next.js), `$id` (TanStack Router), `<id>` and `<int:id>` (Flask), and `*` / `**`
 * wildcards. Identity (`plan/`), `diff` and `coverage` all compare routes through this one function.
 */

/** A segment that is a parameter in one of the notations above. */
const PARAM_SEGMENT = /^(?::[^/]+|\{[^{}/]+\}|\[\[?(?:\.\.\.)?[^[\]/]+\]?\]|\$[^/]*|<[^<>/]+>|\*{1,2})$/;

/**
 * @param route a route or API path in any of the notations above
 * @returns `/orders/:p/refunds` for `/orders/{orderId}/refunds`, `/Orders/[id]/refunds/` and `/orders/:id/refunds`
 */
export function routeShape(route: string): string {
  let p = route.trim();
  const cut = p.search(/[?#]/);
  if (cut !== -1) p = p.slice(0, cut);
  const segments = p.split('/').filter((s) => s !== '');
  if (segments.length === 0) return '/';
  return `/${segments.map((s) => (PARAM_SEGMENT.test(s) ? ':p' : s.toLowerCase())).join('/')}`;
}
