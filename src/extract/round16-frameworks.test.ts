/**
 * Misses found by a sixteenth round of reading, in JS and Python framework code that PRDs quote:
 * Nuxt's server routes (`server/api/orders.get.ts`), a FastAPI router included by its module
 * (`api.include_router(orders.router)`) under a router with a prefix, Fastify plugins registered
 * with a prefix, TypeBox object schemas as models. Each rule has its negative beside it.
 */
import { describe, expect, it } from 'vitest';
import { apiLines, modelLines } from '../testing/extract.js';

const lines = (...l: string[]) => l.join('\n');
const fence = (lang: string, ...code: string[]) => ['```' + lang, ...code, '```'];

describe("Nuxt's server routes (Nitro)", () => {
  it('a tree under server/api: the method suffix is the method, index the folder, [id] a parameter', () => {
    const md = lines('# Pantry', '', '## Server', '', ...fence('', 'server/api/', '  jars.get.ts', '  jars/index.post.ts', '  jars/[jarId].put.ts', '  jars/[jarId]/refill.post.ts', '  ping.ts'));
    // A file without a method suffix answers every method: an endpoint without one.
    expect(apiLines(md)).toEqual(['? /api/ping', 'GET /api/jars', 'POST /api/jars', 'POST /api/jars/:jarId/refill', 'PUT /api/jars/:jarId']);
  });
  it('server/routes is served at the root, a data file by its name; middleware and utils are no routes', () => {
    const md = lines('# Pantry', '', '## Server', '', 'The calendar is `server/routes/pantry.ics.get.ts`; `server/middleware/auth.ts` and `server/utils/db.ts` are helpers.');
    expect(apiLines(md)).toEqual(['GET /pantry.ics']);
  });
  it('a route file put out of scope, or a URL that holds the folder names, is none', () => {
    const md = lines('# Pantry', '', '## Server', '', '> The old `server/api/import.post.ts` is deprecated and will not be ported.', '', 'See https://example.com/server/api/jars.get.ts for the pattern.');
    expect(apiLines(md)).toEqual([]);
  });
});
