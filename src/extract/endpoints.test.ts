/**
 * `readEndpoints` reads a line's paths and `METHOD /path` pairs only where a noun may name one of
 * its paths or the line is listed. This property test holds it to the code it replaced, which read
 * both on every line with a slash: the same endpoints, in the same order, on random paragraphs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TaskCollector } from './collector.js';
import { isQuestion, outOfScopeLines, type SectionContext } from './context.js';
import { findMethodPaths, findPaths, findSeparatedMethodPaths } from './paths.js';
import { readEndpoints } from './prose.js';

// The patterns of prose.ts as the replaced code used them (frozen here: the reference must not follow later edits).
const LIST_MARKER = /^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;
const EXAMPLE_COMMAND = /\b(?:curl|wget|httpie)\s/;
const ENDPOINT_AFTER = /^[\s`]*(?:(?:endpoints?|api|webhooks?|endpunkt)(?![\p{L}\p{N}])|端点|엔드포인트|エンドポイント)/iu;
const ENDPOINT_BEFORE = /(?:(?<![\p{L}\p{N}])(?:endpoints?|webhooks?)|endpunkt(?:e|s)?|端点|端點|接口|엔드포인트|エンドポイント)[^\S\n]*$/iu;
const ENDPOINT_WORD = /endpoint|\bapi\b|webhook|endpunkt|端点|端點|接口|엔드포인트|エンドポイント/i;
const STARTS_WITH_PATH = /^[\s`*]*\//;

function withoutLinks(line: string): string {
  let l = line;
  if (l.includes('](')) l = l.replace(/\]\([^)]*\)/g, ']');
  if (l.includes('<http')) l = l.replace(/<https?:[^>]*>/g, ' ');
  return l;
}

/** The replaced code: every line with a slash has its pairs and paths read. */
function readEndpointsEagerly(lines: string[], firstLine: number, listItem: boolean, ctx: SectionContext, out: TaskCollector): void {
  const text = lines.map((l) => withoutLinks(l)).join('\n');
  if (!text.includes('/')) return;
  let counted = 0;
  let lineNo = 0;
  const lineOf = (index: number) => {
    for (; counted < index; counted++) if (text.charCodeAt(counted) === 10) lineNo++;
    return lineNo;
  };
  const paired = new Set<string>();
  // Scope is judged by sentence (a sentence may wrap), as readEndpoints does.
  const outOfScope = outOfScopeLines(text.split('\n'));
  const skip = (n: number) => outOfScope[n]! || EXAMPLE_COMMAND.test(lines[n]!) || isQuestion(lines[n]!);
  for (const p of findSeparatedMethodPaths(text)) {
    const n = lineOf(p.index);
    if (skip(n)) continue;
    out.api(ctx, firstLine + n, p.path, p.methods);
    paired.add(p.path);
  }
  const endpointList = ctx.api && listItem;
  if (!endpointList && !ENDPOINT_WORD.test(text)) return;
  lines.forEach((raw, n) => {
    const line = withoutLinks(raw).replace(LIST_MARKER, '');
    if (!line.includes('/') || outOfScope[n] || EXAMPLE_COMMAND.test(line) || isQuestion(line)) return;
    const pairs = findMethodPaths(line);
    for (const p of pairs) paired.add(p.path);
    const plain = line.replace(/`/g, ' ');
    const firstSlash = plain.indexOf('/');
    for (const p of findPaths(plain)) {
      if (paired.has(p.path)) continue;
      const end = p.index + p.raw.length;
      const named = ENDPOINT_AFTER.test(plain.slice(end, end + 24)) || (pairs.length === 0 && ENDPOINT_BEFORE.test(plain.slice(Math.max(0, p.index - 24), p.index)));
      const listed = endpointList && n === 0 && p.index === firstSlash && STARTS_WITH_PATH.test(line) && pairs.length === 0;
      if (named || listed) {
        out.endpoint(ctx, firstLine + n, p.path);
        paired.add(p.path);
      }
    }
  });
}

const context = (api: boolean) => ({ section: { line: 1 }, label: 'S', trail: ['S'], api, model: false, page: false, outOfScope: false, lineOffset: 0 }) as unknown as SectionContext;

describe('readEndpoints reads only the lines that may name an endpoint', () => {
  it('gives what reading every line gave', () => {
    const piece = fc.constantFrom(
      '/api/orders', '/api/orders/{id}', '`/api/x`', '/hooks/stripe', '/v1/api/items', '/orders', '/export', 'GET', 'POST', 'DELETE', 'GET, POST',
      'endpoint', 'endpoints', 'Endpoint', 'API', 'api', 'webhook', 'the', 'our', 'invoke', 'the same path', 'a', 'to', 'request', 'is', 'replaced by',
      'endpunkt', '端点', '接口', '엔드포인트', 'エンドポイント', '(GET)', '—', ':', '`', '**', '- ', '1. ', 'legacy', 'why?', 'curl', 'https://x.io/api/a', '[a](/api/link)', 'apiary', 'xapi',
    );
    const line = fc.array(piece, { maxLength: 9 }).map((parts) => parts.join(' '));
    const glued = fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '`')), { maxLength: 9 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(line, glued), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean(), (lines, listItem, api) => {
        const lazy = new TaskCollector('x.md');
        const eager = new TaskCollector('x.md');
        readEndpoints(lines, 10, listItem, context(api), lazy);
        readEndpointsEagerly(lines, 10, listItem, context(api), eager);
        expect(lazy.tasks).toEqual(eager.tasks);
      }),
      { numRuns: 20000, seed: 17 },
    );
  });

  it('still names an endpoint after a line of pairs, and not a path that line paired', () => {
    const out = new TaskCollector('x.md');
    readEndpoints(['API: GET /api/a', 'the /api/a endpoint and the /api/b endpoint'], 3, false, context(true), out);
    expect(out.tasks.map((t) => (t.kind === 'api' ? `${t.methods.join(',') || '?'} ${t.path} @${t.sources[0]!.line}` : t.kind))).toEqual(['? /api/b @4']);
  });
});
