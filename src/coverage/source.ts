/**
 * One JS/TS source file parsed with oxc-parser, and the few questions every reader asks of its nodes.
 * Readers work on the ESTree AST; no reader looks at the source text with a regular expression.
 */
import { parseSync, type Comment, type EcmaScriptModule, type Program } from 'oxc-parser';
import { computeLineStarts, positionOf } from '../prd/index.js';

/** An ESTree node as readers see it: a type and its fields. */
export type AnyNode = { type: string; start: number; end: number } & Record<string, unknown>;

export interface ParsedSource {
  file: string;
  text: string;
  program: Program;
  module: EcmaScriptModule;
  comments: Comment[];
  /** 1-based line of a UTF-16 offset. */
  line(offset: number): number;
}

/** What oxc-parser could not parse: the first error with its line. */
export interface SourceError {
  line: number;
  message: string;
}

/**
 * Parse a file; the language comes from its extension (`.ts`, `.tsx`, `.js`, `.jsx`, `.mjs`, `.cjs`, `.mts`, `.cts`).
 * @returns the parsed file, or the first syntax error with its line
 */
export function parseSource(file: string, text: string): ParsedSource | SourceError {
  const result = parseSync(file, text);
  let starts: number[] | undefined;
  const line = (offset: number) => positionOf((starts ??= computeLineStarts(text)), offset).line;
  const fatal = result.errors.find((e) => e.severity === 'Error');
  if (fatal && result.program.body.length === 0) {
    const at = fatal.labels[0]?.start ?? 0;
    return { line: line(at), message: fatal.message };
  }
  return { file, text, program: result.program, module: result.module, comments: result.comments, line };
}

export function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * The string a node stands for when it is a literal: `'x'`, `"x"`, or a template without expressions.
 * A template with expressions gives its text with each expression as `:p` when `params` is set
 * (`` `/orders/${id}` `` → `/orders/:p`), so request paths in tests still match a route shape.
 */
export function stringValue(node: unknown, params = false): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') {
    const quasis = node.quasis as Array<{ value: { cooked: string | null } }>;
    if (quasis.length === 1) return quasis[0]!.value.cooked ?? undefined;
    if (!params) return undefined;
    return quasis.map((q) => q.value.cooked ?? '').join(':p');
  }
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'ParenthesizedExpression') return stringValue(node.expression, params);
  return undefined;
}

/** The name of an identifier or of a non-computed property (`a.b` → `b`). */
export function propertyName(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Identifier' || node.type === 'PrivateIdentifier' || node.type === 'JSXIdentifier') return node.name as string;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  return undefined;
}

/** `x.name(…)`: the member call's receiver and method name; undefined for other calls. */
export function memberCall(call: AnyNode): { object: AnyNode; name: string } | undefined {
  const callee = call.callee as AnyNode;
  if (callee.type !== 'MemberExpression' || callee.computed) return undefined;
  const name = propertyName(callee.property);
  return name === undefined ? undefined : { object: callee.object as AnyNode, name };
}

/** The value of a non-computed property `key` of an object literal. */
export function objectProperty(node: unknown, key: string): AnyNode | undefined {
  if (!isNode(node) || node.type !== 'ObjectExpression') return undefined;
  for (const p of node.properties as AnyNode[]) {
    if (p.type === 'Property' && !p.computed && propertyName(p.key) === key) return p.value as AnyNode;
  }
  return undefined;
}

/** Strings of a literal or an array of literals: `'GET'` → `['GET']`, `['GET', 'POST']` → both. */
export function stringList(node: unknown): string[] {
  if (isNode(node) && node.type === 'ArrayExpression') return (node.elements as unknown[]).map((e) => stringValue(e)).filter((s): s is string => s !== undefined);
  const one = stringValue(node);
  return one === undefined ? [] : [one];
}

/** Names of the module's imports: local name → specifier and imported name (`default`, `*` for a namespace). */
export function importedNames(source: ParsedSource): Array<{ local: string; from: string; imported: string }> {
  const out: Array<{ local: string; from: string; imported: string }> = [];
  for (const imp of source.module.staticImports) {
    for (const e of imp.entries) {
      const imported = e.importName.kind === 'Default' ? 'default' : e.importName.kind === 'NamespaceObject' ? '*' : (e.importName.name ?? '');
      out.push({ local: e.localName.value, from: imp.moduleRequest.value, imported });
    }
  }
  return out;
}

/** The module specifiers a file imports from, as written. */
export function importSpecifiers(source: ParsedSource): Set<string> {
  return new Set(source.module.staticImports.map((i) => i.moduleRequest.value));
}

/** Join a route prefix and a path: `('/api', '/orders/')` → `/api/orders`, `('', '/')` → `/`. */
export function joinRoute(prefix: string, route: string): string {
  const joined = `${prefix}/${route}`.split('/').filter((s) => s !== '').join('/');
  return `/${joined}`;
}

/** HTTP methods as router method names (`get`, `post`, …) and as upper-case names. */
export const ROUTER_METHODS = new Map([
  ['get', 'GET'],
  ['post', 'POST'],
  ['put', 'PUT'],
  ['patch', 'PATCH'],
  ['delete', 'DELETE'],
  ['del', 'DELETE'],
  ['head', 'HEAD'],
  ['options', 'OPTIONS'],
  ['all', '*'],
]);
