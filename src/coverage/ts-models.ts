/**
 * Models declared in TypeScript: an exported `interface`, `type` or `class`, or an exported zod schema
 * (`export const OrderSchema = z.object({…})`, named after the model with or without `Schema`).
 */
import { modelKey } from '../plan/index.js';
import type { ReadContext, SourceReader } from './reader.js';
import { memberCall, propertyName, type AnyNode } from './source.js';
import type { Framework } from './types.js';

/** `order_items` → `OrderItems`: table and schema names compare with PRD model names in one casing. */
export function pascalName(name: string): string {
  return name
    .split(/[_\-\s]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** The identity a declared name stands for: `OrderSchema` → `order`, `order_items` → `orderitem`. */
export function declaredModelKey(name: string): string {
  return modelKey(pascalName(name).replace(/(?<=.)Schema$/, ''));
}

/** Is this expression a zod schema: a call chain rooted at `z.…` or `zod.…`? */
function isZodSchema(node: AnyNode | null | undefined, zodNames: Set<string>): boolean {
  let current = node;
  while (current?.type === 'CallExpression') {
    const m = memberCall(current);
    if (!m) return false;
    if (m.object.type === 'Identifier' && zodNames.has(m.object.name as string)) return true;
    current = m.object;
  }
  return false;
}

export const tsModelsReader: SourceReader = {
  mayContain(_file, text) {
    return text.includes('export');
  },

  read({ source, facts }: ReadContext) {
    const zodNames = new Set<string>();
    for (const imp of source.module.staticImports) {
      if (imp.moduleRequest.value !== 'zod' && !imp.moduleRequest.value.startsWith('zod/')) continue;
      for (const e of imp.entries) zodNames.add(e.localName.value);
    }
    const add = (name: string, framework: Framework, at: AnyNode) => {
      facts.models.push({ name, key: declaredModelKey(name), framework, file: facts.file, line: source.line(at.start) });
    };
    for (const statement of source.program.body as unknown as AnyNode[]) {
      if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) continue;
      const decl = statement.declaration as AnyNode;
      if (decl.type === 'TSInterfaceDeclaration' || decl.type === 'TSTypeAliasDeclaration' || decl.type === 'ClassDeclaration') {
        const name = propertyName(decl.id);
        if (name) add(name, 'typescript', decl);
      } else if (decl.type === 'VariableDeclaration' && zodNames.size > 0) {
        for (const d of decl.declarations as AnyNode[]) {
          const name = propertyName(d.id);
          if (name && isZodSchema(d.init as AnyNode | null, zodNames)) add(name, 'zod', d);
        }
      }
    }
  },
};
