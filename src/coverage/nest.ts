/**
 * NestJS: `@Controller('orders')` (or `@Controller({ path: 'orders' })`) on a class, `@Get(':id')`,
 * `@Post()`, … on its methods. The endpoint is the controller's path joined with the method's.
 */
import { Visitor } from 'oxc-parser';
import type { ReadContext, SourceReader } from './reader.js';
import { joinRoute, objectProperty, propertyName, stringList, type AnyNode } from './source.js';

const DECORATOR_METHODS = new Map([
  ['Get', 'GET'],
  ['Post', 'POST'],
  ['Put', 'PUT'],
  ['Patch', 'PATCH'],
  ['Delete', 'DELETE'],
  ['Head', 'HEAD'],
  ['Options', 'OPTIONS'],
  ['All', '*'],
]);

/** `@Name(args)` → name and arguments; `@Name` → name, no arguments. */
function decorator(node: AnyNode): { name: string; args: AnyNode[] } | undefined {
  const e = node.expression as AnyNode;
  if (e.type === 'CallExpression') {
    const name = propertyName(e.callee);
    return name === undefined ? undefined : { name, args: e.arguments as AnyNode[] };
  }
  const name = propertyName(e);
  return name === undefined ? undefined : { name, args: [] };
}

/** The paths a `@Controller`/`@Get` argument gives: a string, a list of strings, or `{ path }`; none is `''`. */
function decoratorPaths(args: AnyNode[]): string[] {
  const first = args[0];
  if (!first) return [''];
  const paths = first.type === 'ObjectExpression' ? stringList(objectProperty(first, 'path')) : stringList(first);
  return paths.length > 0 ? paths : first.type === 'ObjectExpression' ? [''] : [];
}

export const nestReader: SourceReader = {
  mayContain(_file, text) {
    return text.includes('@Controller');
  },

  read({ source, facts }: ReadContext) {
    const visitClass = (node: AnyNode) => {
      const decorators = (node.decorators as AnyNode[] | undefined) ?? [];
      const controller = decorators.map(decorator).find((d) => d?.name === 'Controller');
      if (!controller) return;
      const prefixes = decoratorPaths(controller.args);
      for (const member of (node.body as AnyNode).body as AnyNode[]) {
        if (member.type !== 'MethodDefinition') continue;
        for (const d of (member.decorators as AnyNode[] | undefined) ?? []) {
          const found = decorator(d);
          const method = found && DECORATOR_METHODS.get(found.name);
          if (!found || !method) continue;
          for (const prefix of prefixes) {
            for (const path of decoratorPaths(found.args)) {
              facts.apis.push({ method, path: joinRoute(prefix, path), framework: 'nest', file: facts.file, line: source.line(d.start) });
            }
          }
        }
      }
    };
    new Visitor({
      ClassDeclaration: (n) => visitClass(n as unknown as AnyNode),
      ClassExpression: (n) => visitClass(n as unknown as AnyNode),
    }).visit(source.program);
  },
};
