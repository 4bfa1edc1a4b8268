/**
 * The frameworks' own view of the fixture apps: a real Express app and a real Fastify app listen on
 * 127.0.0.1, and the routes each lists must be the routes coverage found in their source.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../testing/corpus.js';
import { createCoverageScanner } from './index.js';

const fixtures = path.join(repoRoot, 'fixtures/coverage');

async function foundRoutes(name: string): Promise<string[]> {
  const index = await createCoverageScanner({ root: path.join(fixtures, name) }).scan();
  return [...new Set(index.apis.map((a) => `${a.method} ${a.path}`))].sort();
}

interface ExpressLayer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: ExpressLayer[] };
}

/** Every route of an Express 5 app, from its router stack, mount paths joined. */
function expressRoutes(stack: ExpressLayer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) return Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${prefix}${layer.route!.path}`);
    if (layer.handle.stack) return expressRoutes(layer.handle.stack, prefix + (layer.rawPath ?? ''));
    return [];
  });
}

/** Every route of a Fastify app from `printRoutes({ commonPrefix: false })`: a tree whose children extend their parent's path. */
function fastifyRoutes(tree: string): string[] {
  const out: string[] = [];
  const stack: Array<{ depth: number; path: string }> = [];
  for (const line of tree.split('\n')) {
    const at = line.indexOf('── ');
    if (at === -1) continue;
    const depth = at;
    const m = /^(\S+)(?: \(([^)]*)\))?/.exec(line.slice(at + 3))!;
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const full = (stack[stack.length - 1]?.path ?? '') + m[1]!;
    stack.push({ depth, path: full });
    for (const method of m[2]?.split(', ') ?? []) out.push(`${method} ${full}`);
  }
  return out;
}

describe("coverage agrees with the frameworks' own route lists", () => {
  it('Express: the router stack of the running fixture app lists exactly the routes coverage found', async () => {
    const { createApp } = (await import(path.join(fixtures, 'express/src/app.ts'))) as { createApp: () => import('express').Express };
    const app = createApp();
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const listed = [...new Set(expressRoutes((app as unknown as { router: { stack: ExpressLayer[] } }).router.stack))].sort();
      expect(listed).toEqual(await foundRoutes('express'));
      expect(listed).toContain('GET /api/orders/:orderId');
      // The app really serves them: the mounted router's route answers, an unknown path does not.
      expect((await fetch(`http://127.0.0.1:${port}/api/orders`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/api/orders/1`, { method: 'DELETE' })).status).toBe(204);
      expect((await fetch(`http://127.0.0.1:${port}/api/nothing`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('Fastify: printRoutes of the running fixture app lists the routes coverage found, plus the HEAD Fastify adds to each GET', async () => {
    const { buildApp } = (await import(path.join(fixtures, 'fastify/src/app.ts'))) as { buildApp: () => import('fastify').FastifyInstance };
    const app = buildApp();
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const listed = [...new Set(fastifyRoutes(app.printRoutes({ commonPrefix: false })))].sort();
      const found = await foundRoutes('fastify');
      const withHead = [...new Set([...found, ...found.filter((r) => r.startsWith('GET ')).map((r) => `HEAD ${r.slice(4)}`)])].sort();
      expect(listed).toEqual(withHead);
      expect(listed).toContain('POST /admin/reindex');
      const { port } = app.server.address() as AddressInfo;
      expect((await fetch(`http://127.0.0.1:${port}/api/orders`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/api/nothing`)).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
