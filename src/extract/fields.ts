import type { ModelField } from '../types.js';
import { notedField, readFieldNotes, readTypeText } from './field-types.js';

const FIELD_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;
/** A field name with hyphens between its words, as some PRDs write them (`bsn-hash`, `e-mail`). */
const KEBAB_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:-[\p{L}\p{N}_$]+)+$/u;

/**
 * `total: number`, `total (decimal)`, `total?`, `` `total` `` → a field, or undefined when it is not one.
 * @param kebab a hyphenated name (`bsn-hash`) is a field name too, kept as written (where the list is plainly one of fields)
 */
export function parseFieldItem(raw: string, kebab = false): ModelField | undefined {
  let text = raw.replace(/[`*]/g, '').trim();
  if (text === '') return undefined;
  let optional = false;
  let nullable = false;
  let type: string | undefined;
  const paren = /^(.+?)\s*\(([^)]*)\)\s*$/.exec(text);
  if (paren) {
    text = paren[1]!.trim();
    const notes = readFieldNotes(paren[2]!);
    optional = notes.optional;
    nullable = notes.nullable;
    type = notes.type;
  }
  const colon = /^([^:\s]+)\s*[:：]\s*(.+)$/.exec(text);
  if (colon) {
    text = colon[1]!;
    // `string?`, `string, nullable`, `string, one of a, b`: the type with its notes.
    const written = readTypeText(colon[2]!);
    // `status: string (one of a, b)`: the enum in parentheses is the more precise type.
    if (type === undefined || !type.includes('"')) type = written.type;
    if (written.optional) optional = true;
    if (written.nullable) nullable = true;
  } else {
    const spaced = /^(\S+)\s+(\S.*)$/.exec(text);
    if (spaced && /^(?:pk|fk|unique|primary key|indexed|required|optional|nullable)$/i.test(spaced[2]!)) {
      if (/optional|nullable/i.test(spaced[2]!)) optional = true;
      text = spaced[1]!;
    } else if (spaced) {
      // "name type" (SQL-ish); a longer phrase is prose, not a field.
      if (spaced[2]!.split(/\s+/).length > 2) return undefined;
      text = spaced[1]!;
      type = spaced[2]!;
    }
  }
  if (text.endsWith('?')) {
    optional = true;
    text = text.slice(0, -1);
  }
  if (type && /\?$/.test(type.trim())) optional = true;
  if (!(FIELD_NAME.test(text) || (kebab && KEBAB_NAME.test(text))) || text.length > 128 || /^(?:PK|FK|UK|IDX)$/.test(text)) return undefined;
  return notedField(text, { type, optional, nullable }, optional);
}

/**
 * A comma/semicolon separated field list (`id, customerId, total`).
 * @param kebab hyphenated names (`bsn-hash`) are fields too (see `parseFieldItem`)
 */
export function parseFieldList(raw: string, kebab = false): ModelField[] {
  const out: ModelField[] = [];
  const seen = new Set<string>();
  // Split on commas that are not inside parentheses.
  const items = raw.split(/[,;](?![^(]*\))|\band\b/);
  for (const item of items) {
    const field = parseFieldItem(item.replace(/\.$/, ''), kebab);
    if (field && !seen.has(field.name)) {
      seen.add(field.name);
      out.push(field);
    }
  }
  return out;
}
