import type { ModelTask } from '../types.js';
import { HEADER, identifier, propertyKey, sourcesComment } from './code.js';
import type { RenderWatch } from './watch.js';

const PRIMITIVE = new Set(['string', 'number', 'boolean', 'unknown']);

/**
 * Identifiers of every model, by model name: the same map the API client uses. A watching session
 * hands back the very map of its last run while the model names are the same, in the same order
 * (the identifiers are a function of them alone): what depends on the identifiers is kept by it.
 */
export function modelIdentifiers(models: ModelTask[], watch?: RenderWatch): Map<string, string> {
  const last = watch?.modelIds;
  if (last && last.names.length === models.length && models.every((m, i) => m.name === last.names[i])) return last.ids;
  const used = new Set<string>();
  const ids = new Map<string, string>();
  for (const m of models) ids.set(m.name, identifier(m.name, used, 'pascal', 'Model', watch));
  if (watch) watch.modelIds = { names: models.map((m) => m.name), ids };
  return ids;
}

/**
 * A field type as TypeScript: primitives stay, model references resolve to their identifiers, a
 * union of string literals and `| null` stay (each literal re-quoted, never PRD text as code),
 * anything else is `unknown`.
 */
function fieldType(type: string, ids: Map<string, string>): string {
  if (type.includes('|')) return type.split('|').map((m) => unionMember(m.trim(), ids)).join(' | ');
  return oneType(type, ids);
}

function unionMember(member: string, ids: Map<string, string>): string {
  if (member === 'null') return 'null';
  if (member.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(member);
      if (typeof value === 'string') return JSON.stringify(value);
    } catch {
      return 'string';
    }
  }
  return oneType(member, ids);
}

function oneType(type: string, ids: Map<string, string>): string {
  const array = type.endsWith('[]');
  const base = array ? type.slice(0, -2) : type;
  const ts = PRIMITIVE.has(base) ? base : (ids.get(base) ?? 'unknown');
  return array ? `${ts}[]` : ts;
}

/** `models.ts`: one interface per model. */
export function renderModels(models: ModelTask[], ids: Map<string, string>): string {
  return [...modelParts(models, ids)].join('');
}

/** The text of {@link renderModels} in pieces (one per model), made as they are written. */
export function* modelParts(models: ModelTask[], ids: Map<string, string>): Generator<string> {
  yield HEADER;
  if (models.length === 0) {
    yield '\nexport {};\n';
    return;
  }
  for (const m of models) {
    let out = `\n${sourcesComment(m.sources)}export interface ${ids.get(m.name)!} {\n`;
    for (const f of m.fields) out += `  ${propertyKey(f.name)}${f.optional ? '?' : ''}: ${fieldType(f.type, ids)};\n`;
    yield `${out}}\n`;
  }
  yield `\nexport type ModelName = ${models.map((m) => JSON.stringify(ids.get(m.name))).join(' | ')};\n`;
}
