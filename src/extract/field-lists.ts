import type { Block } from '../prd/blocks.js';
import type { ModelField } from '../types.js';
import type { SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';
import { inferFieldType, normalizeFieldType } from './field-types.js';
import { modelNameFromHeading } from './names.js';

/** `` - `email` (string, required) ``, `` - `age?`: number ``, `` - **`name`** — shown to users ``. */
const FIELD_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?`([\p{L}_$][\p{L}\p{N}_$]*)(\??)`(?:\*\*|__)?\s*(?:\(([^)]*)\)|[:：]\s*`?([\p{L}][\p{L}\p{N}_<>[\]| '"]*?)`?\s*(?:$|[—–,;.]|\s-\s))?/u;
const QUALIFIER = /^(?:required|optional|nullable|unique|indexed|pk|fk|primary key|foreign key|not null|default\b.*|read-?only)$/i;

/**
 * A section named after a model (`### Entity: Customer`, `### Customer model`) whose list items
 * are backticked field names, optionally typed: one model with those fields.
 */
export function readFieldList(blocks: Block[], ctx: SectionContext, out: TaskCollector): void {
  if (!ctx.model) return;
  const name = modelNameFromHeading(ctx.section.title);
  if (!name) return;
  const fields: ModelField[] = [];
  let first: number | undefined;
  for (const block of blocks) {
    if (block.type !== 'text' || !block.listItem) continue;
    const m = FIELD_ITEM.exec(block.lines[0]!);
    if (!m) continue;
    let type: string | undefined = m[4]?.trim();
    let optional = m[2] === '?';
    if (m[3] !== undefined) {
      for (const part of m[3].split(/[,;]/).map((p) => p.trim()).filter(Boolean)) {
        if (/^(?:optional|nullable)$/i.test(part)) optional = true;
        else if (!QUALIFIER.test(part) && type === undefined) type = part;
      }
    }
    if (fields.some((f) => f.name === m[1])) continue;
    fields.push({ name: m[1]!, type: type ? normalizeFieldType(type) : inferFieldType(m[1]!), optional });
    first ??= block.line;
  }
  if (fields.length >= 2 && first !== undefined) out.model(ctx, first, name, fields);
}
