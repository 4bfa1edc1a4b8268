/**
 * Drizzle tables: `export const orders = pgTable('orders', {…})` (also `sqliteTable`, `mysqlTable`).
 * The table stands for the model named like its variable or its SQL name (`order_items` → `OrderItem`).
 */
import type { ReadContext, SourceReader } from './reader.js';
import { propertyName, stringValue, type AnyNode } from './source.js';
import { declaredModelKey } from './ts-models.js';

const TABLE_FUNCTIONS = new Set(['pgTable', 'sqliteTable', 'mysqlTable']);

export const drizzleReader: SourceReader = {
  mayContain(_file, text) {
    return text.includes('Table(');
  },

  read({ source, facts }: ReadContext) {
    for (const statement of source.program.body as unknown as AnyNode[]) {
      const decl = (statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement) as AnyNode | null;
      if (decl?.type !== 'VariableDeclaration') continue;
      for (const d of decl.declarations as AnyNode[]) {
        const init = d.init as AnyNode | null;
        if (init?.type !== 'CallExpression' || !TABLE_FUNCTIONS.has(propertyName(init.callee) ?? '')) continue;
        const names = [propertyName(d.id), stringValue((init.arguments as AnyNode[])[0])].filter((n): n is string => !!n);
        const keys = new Set<string>();
        for (const name of names) {
          const key = declaredModelKey(name);
          if (keys.has(key)) continue;
          keys.add(key);
          facts.models.push({ name, key, framework: 'drizzle', file: facts.file, line: source.line(d.start) });
        }
      }
    }
  },
};
