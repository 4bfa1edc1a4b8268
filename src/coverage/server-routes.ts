/**
 * Express, Fastify, Hono and Koa-router: routes registered by calls with a literal path
 * (`app.get('/orders', h)`, `router.route('/orders').post(h)`, `fastify.route({ method, url })`,
 * `app.on('GET', '/orders', h)`), and routers mounted under a literal prefix (`app.use('/api', router)`,
 * `app.route('/api', sub)`, `fastify.register(plugin, { prefix: '/api' })`, `router.use('/api', sub.routes())`).
 * Routes are recorded on their router's local name; `link.ts` applies the prefixes once every file is read.
 */
import { Visitor } from 'oxc-parser';
import type { ReadContext, SourceReader } from './reader.js';
import { isNode, memberCall, objectProperty, propertyName, ROUTER_METHODS, stringList, stringValue, type AnyNode } from './source.js';
import type { Framework } from './types.js';

const FRAMEWORKS: Array<[string, Framework]> = [
  ['express', 'express'],
  ['fastify', 'fastify'],
  ['hono', 'hono'],
  ['@koa/router', 'koa-router'],
  ['koa-router', 'koa-router'],
];

/** The framework a file's routes belong to, by what it imports; Express when it imports none (a router module taking `app`). */
function frameworkOf(imports: Set<string>): Framework {
  for (const [module, framework] of FRAMEWORKS) if (imports.has(module) || [...imports].some((i) => i.startsWith(`${module}/`))) return framework;
  return 'express';
}

const isFunction = (n: unknown): boolean => isNode(n) && (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration');

/** A route path argument: absolute, or `*` / empty for catch-alls. */
function routePath(node: unknown): string | undefined {
  const s = stringValue(node);
  return s !== undefined && (s.startsWith('/') || s === '*' || s === '') ? s : undefined;
}

interface Scope {
  params: Set<string>;
  name: string;
}

function paramNames(fn: AnyNode): Set<string> {
  const names = new Set<string>();
  for (const p of fn.params as AnyNode[]) {
    const id = p.type === 'AssignmentPattern' ? (p.left as AnyNode) : p;
    if (id.type === 'Identifier') names.add(id.name as string);
  }
  return names;
}

/** Name of an anonymous function: stable within the file, used by an inline `register(async (f) => …)`. */
const anonymous = (fn: AnyNode) => `function@${fn.start}`;

export const serverRoutesReader: SourceReader = {
  mayContain(_file, text) {
    return text.includes('express') || text.includes('fastify') || text.includes('hono') || text.includes('router') || text.includes('Router');
  },

  read({ source, facts, imports }: ReadContext) {
    const framework = frameworkOf(imports);
    const names = new WeakMap<object, string>();
    const scopes: Scope[] = [];

    /** The local name a receiver stands for: a router variable, or the function whose parameter it is (a Fastify plugin). */
    const owner = (receiver: AnyNode): string | undefined => {
      if (receiver.type !== 'Identifier') return undefined;
      const name = receiver.name as string;
      for (let i = scopes.length - 1; i >= 0; i--) if (scopes[i]!.params.has(name)) return scopes[i]!.name;
      return name;
    };
    /** The local name of a mounted router or plugin argument. */
    const child = (node: unknown): string | undefined => {
      if (!isNode(node)) return undefined;
      if (node.type === 'Identifier') return owner(node);
      if (isFunction(node)) return names.get(node) ?? anonymous(node);
      // `sub.routes()`, `sub.middleware()` (Koa-router)
      if (node.type === 'CallExpression') {
        const m = memberCall(node);
        if (m && (m.name === 'routes' || m.name === 'middleware') && m.object.type === 'Identifier') return owner(m.object);
      }
      return undefined;
    };
    const addRoute = (who: string | undefined, method: string, path: string, at: AnyNode) => {
      if (who !== undefined) facts.routes.push({ owner: who, method, path, file: facts.file, line: source.line(at.start), framework });
    };

    const enterFunction = (fn: AnyNode) => {
      scopes.push({ params: paramNames(fn), name: (fn.id as AnyNode | null)?.name as string | undefined ?? names.get(fn) ?? anonymous(fn) });
    };
    const exitFunction = () => void scopes.pop();

    new Visitor({
      VariableDeclarator(node) {
        const n = node as unknown as AnyNode;
        const id = n.id as AnyNode;
        if (id.type !== 'Identifier') return;
        let init = n.init as AnyNode | null;
        // CommonJS: `const orders = require('./orders')` imports the module's `module.exports`.
        const required = init?.type === 'CallExpression' && propertyName(init.callee) === 'require' ? stringValue((init.arguments as unknown[])[0]) : undefined;
        if (required !== undefined) facts.imports.push({ local: id.name as string, from: required, imported: 'default' });
        // `const plugin = fp(async (f) => …)`: the plugin is the wrapped function.
        if (init?.type === 'CallExpression' && isFunction((init.arguments as unknown[])[0])) init = (init.arguments as AnyNode[])[0]!;
        if (init && isFunction(init)) names.set(init, id.name as string);
        readBasePath(id.name as string, n.init as AnyNode | null);
      },
      ExportDefaultDeclaration(node) {
        const decl = (node as unknown as AnyNode).declaration as AnyNode;
        if (isFunction(decl) && !decl.id) names.set(decl, 'default');
        // `export default fp(async (f) => …)`
        if (decl.type === 'CallExpression' && isFunction((decl.arguments as unknown[])[0])) names.set((decl.arguments as AnyNode[])[0]!, 'default');
      },
      FunctionDeclaration: (n) => enterFunction(n as unknown as AnyNode),
      'FunctionDeclaration:exit': exitFunction,
      FunctionExpression: (n) => enterFunction(n as unknown as AnyNode),
      'FunctionExpression:exit': exitFunction,
      ArrowFunctionExpression: (n) => enterFunction(n as unknown as AnyNode),
      'ArrowFunctionExpression:exit': exitFunction,
      CallExpression(node) {
        const call = node as unknown as AnyNode;
        const m = memberCall(call);
        if (!m) return;
        const args = call.arguments as AnyNode[];
        const method = ROUTER_METHODS.get(m.name);
        if (method !== undefined) {
          // `router.route('/orders').get(h)` (Express): the path is the chained route()'s.
          if (m.object.type === 'CallExpression') {
            const chained = routeChain(m.object);
            if (chained && args.length >= 1) addRoute(owner(chained.root), method, chained.path, call);
            return;
          }
          // A handler must follow the path: `map.get('/x')` and `axios.get('/x', config)` are not routes.
          let path = routePath(args[0]);
          let rest = args.slice(1);
          // Koa-router's named routes: `router.get('order', '/orders/:id', h)`.
          if (path === undefined && stringValue(args[0]) !== undefined && routePath(args[1]) !== undefined) {
            path = routePath(args[1]);
            rest = args.slice(2);
          }
          if (path !== undefined && rest.length > 0 && rest.every((a) => isFunction(a) || a.type === 'Identifier' || a.type === 'MemberExpression' || a.type === 'CallExpression' || a.type === 'ObjectExpression') && rest.some((a) => a.type !== 'ObjectExpression')) {
            addRoute(owner(m.object), method, path, call);
          }
          return;
        }
        switch (m.name) {
          case 'route': {
            // Fastify: `fastify.route({ method: ['GET', 'HEAD'], url: '/orders', handler })`.
            const options = args[0];
            if (args.length === 1 && options?.type === 'ObjectExpression') {
              const path = routePath(objectProperty(options, 'url') ?? objectProperty(options, 'path'));
              if (path !== undefined) for (const verb of stringList(objectProperty(options, 'method'))) addRoute(owner(m.object), verb.toUpperCase(), path, call);
              return;
            }
            // Hono: `app.route('/api', sub)`.
            const prefix = routePath(args[0]);
            const mounted = child(args[1]);
            const parent = owner(m.object);
            if (prefix !== undefined && mounted !== undefined && parent !== undefined && args.length === 2) facts.mounts.push({ parent, prefix, child: mounted });
            return;
          }
          case 'on': {
            // Hono: `app.on('GET', '/orders', h)`, `app.on(['GET', 'POST'], '/orders', h)`.
            const path = routePath(args[1]);
            if (path !== undefined && args.length >= 3) for (const verb of stringList(args[0])) addRoute(owner(m.object), verb.toUpperCase(), path, call);
            return;
          }
          case 'use': {
            // Express / Koa-router: `app.use('/api', router)`, `app.use(router)`, `router.use('/api', sub.routes())`.
            const parent = owner(m.object);
            const prefix = routePath(args[0]);
            const mounted = args.slice(prefix === undefined ? 0 : 1);
            if (parent === undefined) return;
            for (const arg of mounted) {
              const name = isFunction(arg) ? undefined : child(arg);
              if (name !== undefined) facts.mounts.push({ parent, prefix: prefix ?? '', child: name });
            }
            return;
          }
          case 'register': {
            // Fastify: `fastify.register(plugin, { prefix: '/api' })`.
            const parent = owner(m.object);
            const mounted = child(args[0]);
            const prefix = routePath(objectProperty(args[1], 'prefix')) ?? '';
            if (parent !== undefined && mounted !== undefined) facts.mounts.push({ parent, prefix, child: mounted });
            return;
          }
        }
      },
      AssignmentExpression(node) {
        // CommonJS: `module.exports = router`.
        const n = node as unknown as AnyNode;
        const left = n.left as AnyNode;
        const right = n.right as AnyNode;
        if (left.type === 'MemberExpression' && propertyName((left.object as AnyNode)) === 'module' && propertyName(left.property) === 'exports' && right.type === 'Identifier') {
          facts.exports.push({ exported: 'default', local: right.name as string });
        }
      },
    }).visit(source.program);

    /** `new Router({ prefix: '/api' })` (Koa-router), `new Hono().basePath('/api')`. */
    function readBasePath(name: string, init: AnyNode | null): void {
      if (!init) return;
      if (init.type === 'NewExpression') {
        const prefix = routePath(objectProperty((init.arguments as AnyNode[])[0], 'prefix'));
        if (prefix) facts.basePaths.push({ owner: name, prefix });
      } else if (init.type === 'CallExpression') {
        const m = memberCall(init);
        const prefix = m && (m.name === 'basePath' || m.name === 'prefix') ? routePath((init.arguments as AnyNode[])[0]) : undefined;
        if (prefix) facts.basePaths.push({ owner: name, prefix });
      }
    }

    /** `router.route('/orders').get(h).post(h)`: the route() call at the root of a chain. */
    function routeChain(node: AnyNode): { root: AnyNode; path: string } | undefined {
      let current: AnyNode = node;
      while (current.type === 'CallExpression') {
        const m = memberCall(current);
        if (!m) return undefined;
        if (m.name === 'route') {
          const path = routePath((current.arguments as AnyNode[])[0]);
          return path === undefined ? undefined : { root: m.object, path };
        }
        if (!ROUTER_METHODS.has(m.name)) return undefined;
        current = m.object;
      }
      return undefined;
    }
  },
};
