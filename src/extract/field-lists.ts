import type { Block } from '../prd/index.js';
import type { ModelField } from '../types.js';
import type { SectionContext } from './context.js';
import type { TaskCollector } from './collector.js';
import { inferFieldType, normalizeFieldType } from './field-types.js';
import { modelNameFromHeading } from './names.js';

/** `` - `email` (string, required) ``, `` - `age?`: number ``, `` - **`name`** — shown to users ``. */
const FIELD_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?`([\p{L}_$][\p{L}\p{N}_$]*)(\??)`(?:\*\*|__)?\s*(?:\(([^)]*)\)|[:：]\s*`?([\p{L}][\p{L}\p{N}_<>[\]| '"]*?)`?\s*(?:$|[—–,;.]|\s-\s))?/u;
/** `- title: string`, `- **name** (string, optional)`: a plain name with a type word the extractor knows. */
const PLAIN_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(?:\*\*|__)?([\p{L}_$][\p{L}\p{N}_$]*)(\??)(?:\*\*|__)?\s*(?:[:：]\s*([A-Za-z][\w<>[\]|' ]*?)\s*(?:\(([^)]*)\))?|\(([^)]*)\))\s*(?:$|[—–,;.]|\s-\s)/u;
const KNOWN_TYPE = /^(?:string|number|boolean|unknown)(?:\[\])?$/;
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
    const line = block.lines[0]!;
    const coded = FIELD_ITEM.exec(line);
    const plain = coded ? undefined : PLAIN_ITEM.exec(line);
    if (!coded && !plain) continue;
    let type: string | undefined;
    let optional: boolean;
    let quals: string | undefined;
    let name: string;
    if (coded) {
      name = coded[1]!;
      type = coded[4]?.trim();
      optional = coded[2] === '?';
      quals = coded[3];
    } else {
      name = plain![1]!;
      type = plain![3]?.trim();
      optional = plain![2] === '?';
      quals = plain![4] ?? plain![5];
    }
    if (quals !== undefined) {
      for (const part of quals.split(/[,;]/).map((p) => p.trim()).filter(Boolean)) {
        if (/^(?:optional|nullable)$/i.test(part)) optional = true;
        else if (!QUALIFIER.test(part) && type === undefined) type = part;
      }
    }
    // Without code marks, only a type word the extractor knows makes the line a field.
    if (plain && (type === undefined || !KNOWN_TYPE.test(normalizeFieldType(type)))) continue;
    const m = [line, name] as const;
    if (fields.some((f) => f.name === m[1])) continue;
    fields.push(type ? { name: m[1]!, type: normalizeFieldType(type), optional } : { name: m[1]!, type: inferFieldType(m[1]!), optional, inferred: true });
    first ??= block.line;
  }
  if (fields.length >= 2 && first !== undefined) out.model(ctx, first, name, fields);
}
