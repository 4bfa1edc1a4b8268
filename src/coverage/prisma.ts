/**
 * Prisma schema files are not JavaScript: a small line reader finds `model Order {` blocks.
 * Comments (`//`) and the bodies of other blocks are skipped.
 */
import { declaredModelKey } from './ts-models.js';
import type { ModelImplementation } from './types.js';

const MODEL_LINE = /^\s*model\s+([A-Za-z_][A-Za-z0-9_]*)\s*\{/;

/**
 * @param file POSIX path relative to the project root
 * @param text the schema's text
 * @returns one model per `model X {` line
 */
export function readPrismaModels(file: string, text: string): ModelImplementation[] {
  const models: ModelImplementation[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = MODEL_LINE.exec(lines[i]!);
    if (m) models.push({ name: m[1]!, key: declaredModelKey(m[1]!), framework: 'prisma', file, line: i + 1 });
  }
  return models;
}
