import { isMap, isScalar, isSeq, parseDocument, stringify, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { PrdError, UsageError } from '../errors.js';
import { byteOffset, positionOf, type PrdDocument } from '../prd/index.js';
import { utf8ToRaw } from './bytes.js';
import type { ByteEdit } from './edits.js';

/** The frontmatter values `start` sets; an absent field is left as it is. */
export interface FrontmatterUpdate {
  owner?: string | undefined;
  roles?: string[] | undefined;
}

/** What the frontmatter says now. */
export interface FrontmatterValues {
  id: string | undefined;
  title: string | undefined;
  owner: string | undefined;
  roles: string[] | undefined;
}

type ScalarType = Scalar['type'];

/** Start and value-end offsets of a parsed node (the composer always sets them). */
function rangeOf(node: { range?: [number, number, number] | null | undefined } | null | undefined): [number, number] {
  const range = node?.range;
  return range ? [range[0], range[1]] : [0, 0];
}

/** A YAML scalar in the given style; yaml adds quotes when the style cannot hold the value. */
function yamlScalar(value: string, type: ScalarType): string {
  const style = type === 'QUOTE_SINGLE' || type === 'QUOTE_DOUBLE' ? type : 'PLAIN';
  return stringify(value, { defaultStringType: style, lineWidth: 0 }).replace(/\r?\n$/, '');
}

function yamlText(doc: PrdDocument): string {
  const fm = doc.frontmatter!;
  return doc.text.slice(fm.contentStart, fm.contentEnd);
}

function lineAt(doc: PrdDocument, offset: number): number {
  return positionOf(doc.lineStarts, offset).line;
}

/** Parses the frontmatter keeping node ranges; throws a PrdError when it is not a block mapping. */
function parseMapping(doc: PrdDocument): YAMLMap | undefined {
  const fm = doc.frontmatter;
  if (!fm) return undefined;
  const ydoc = parseDocument(yamlText(doc));
  const line = lineAt(doc, fm.contentStart);
  if (ydoc.errors.length > 0) {
    const first = ydoc.errors[0]!;
    throw new PrdError(`Frontmatter is not valid YAML: ${first.message.split('\n')[0]}`, {
      file: doc.file,
      line: line + (first.linePos?.[0].line ?? 1) - 1,
      code: 'EFRONTMATTER',
      hint: 'Fix the YAML between the two --- lines',
    });
  }
  if (ydoc.contents === null) return undefined;
  if (!isMap(ydoc.contents) || ydoc.contents.flow) {
    throw new PrdError('Frontmatter is not a block mapping of keys to values', {
      file: doc.file,
      line,
      code: 'EFRONTMATTER_TYPE',
      hint: 'Write it as "key: value" lines, e.g. "id: 2.1.1.1", or remove the --- block',
    });
  }
  return ydoc.contents;
}

function pairOf(map: YAMLMap | undefined, key: string) {
  return map?.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

/** A frontmatter value as one line of text: the reader in `prd/` keeps plain scalars as written. */
function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Roles as a list, whether written as a YAML list or as one comma-separated string. */
function rolesOf(value: unknown): string[] | undefined {
  if (Array.isArray(value)) return value.map((item) => textOf(item) ?? '').filter((r) => r !== '');
  const text = textOf(value);
  return text === undefined ? undefined : text.split(',').map((r) => r.trim()).filter((r) => r !== '');
}

/**
 * Reads `id`, `title`, `owner` and `roles` from a PRD's frontmatter, as `prd/` read it.
 * @param doc the parsed PRD
 * @returns the values, undefined where a key is absent or empty
 */
export function readFrontmatter(doc: PrdDocument): FrontmatterValues {
  const data = doc.frontmatter?.data ?? {};
  const text = (key: string) => {
    const value = textOf(data[key]);
    return value === '' ? undefined : value;
  };
  return { id: text('id'), title: text('title'), owner: text('owner'), roles: rolesOf(data.roles) };
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
}

function flowList(roles: string[], like: YAMLSeq | undefined, source: string): string {
  const itemType = isScalar(like?.items[0]) ? (like!.items[0] as Scalar).type : 'PLAIN';
  const inner = like ? source.slice(...rangeOf(like)) : '';
  const padded = /^\[\s/.test(inner);
  const sep = like && like.items.length > 1 && !/,\s/.test(inner) ? ',' : ', ';
  const items = roles.map((r) => yamlScalar(r, itemType)).join(sep);
  return padded ? `[ ${items} ]` : `[${items}]`;
}

/**
 * Computes the byte edits that set `owner` and `roles` in a PRD's frontmatter, keeping its style:
 * key order, comments, quotes, flow or block lists. Creates the frontmatter when there is none.
 * @param doc the parsed PRD
 * @param update the values to set (undefined: leave as is)
 * @returns edits on the file's bytes (empty when nothing changes)
 */
export function frontmatterEdits(doc: PrdDocument, update: FrontmatterUpdate): ByteEdit[] {
  for (const role of update.roles ?? []) checkValue('role', role);
  if (update.owner !== undefined) checkValue('owner', update.owner);
  const toByte = (offset: number): number => byteOffset(doc, offset);
  const eol = doc.eol;
  const fm = doc.frontmatter;
  if (!fm) {
    const lines: string[] = [];
    if (update.owner !== undefined) lines.push(`owner: ${yamlScalar(update.owner, 'PLAIN')}`);
    if (update.roles !== undefined) lines.push(`roles: ${flowList(update.roles, undefined, '')}`);
    if (lines.length === 0) return [];
    const text = ['---', ...lines, '---', ''].join(eol);
    return [{ start: toByte(0), end: toByte(0), text: utf8ToRaw(text), reason: 'frontmatter (new)' }];
  }
  const map = parseMapping(doc);
  const now = readFrontmatter(doc);
  const source = yamlText(doc);
  const at = (offset: number): number => toByte(fm.contentStart + offset);
  const edits: ByteEdit[] = [];
  const appended: string[] = [];

  if (update.owner !== undefined) {
    const pair = pairOf(map, 'owner');
    if (!pair) appended.push(`owner: ${yamlScalar(update.owner, 'PLAIN')}`);
    else if (!isScalar(pair.value) && pair.value !== null) throw typeError(doc, 'owner', fm.contentStart, 'a single name, e.g. "owner: sam.r"');
    else if (now.owner !== update.owner) {
      const node = pair.value as Scalar | null;
      const range = rangeOf(node);
      const prefix = range[0] > 0 && source[range[0] - 1] === ':' ? ' ' : '';
      edits.push({ start: at(range[0]), end: at(range[1]), text: utf8ToRaw(prefix + yamlScalar(update.owner, node?.type)), reason: 'frontmatter owner' });
    }
  }

  if (update.roles !== undefined) {
    const roles = update.roles;
    const pair = pairOf(map, 'roles');
    const value = pair?.value;
    if (!pair) {
      const blockSeq = map?.items.map((p) => p.value).find((v): v is YAMLSeq => isSeq(v) && !v.flow && v.items.length > 0);
      if (blockSeq) {
        const indent = indentOf(source, rangeOf(blockSeq)[0]);
        appended.push(`roles:${roles.map((r) => `${eol}${indent}- ${yamlScalar(r, 'PLAIN')}`).join('')}`);
      } else {
        const flowSeq = map?.items.map((p) => p.value).find((v): v is YAMLSeq => isSeq(v) && Boolean(v.flow));
        appended.push(`roles: ${flowList(roles, flowSeq, source)}`);
      }
    } else if (!sameList(now.roles, roles)) {
      if (isSeq(value) && value.flow) {
        edits.push({ start: at(rangeOf(value)[0]), end: at(rangeOf(value)[1]), text: utf8ToRaw(flowList(roles, value, source)), reason: 'frontmatter roles' });
      } else if (isSeq(value) && value.items.length > 0) {
        // Replace from the first `-` to the end of the last item's value, so a comment after the list stays.
        const first = value.items[0] as Scalar;
        const last = value.items[value.items.length - 1] as Scalar;
        const indent = indentOf(source, rangeOf(value)[0]);
        const itemType = isScalar(first) ? first.type : 'PLAIN';
        const text = roles.map((r) => `- ${yamlScalar(r, itemType)}`).join(`${eol}${indent}`);
        edits.push({ start: at(rangeOf(value)[0]), end: at(rangeOf(last)[1]), text: utf8ToRaw(text), reason: 'frontmatter roles' });
      } else if (isScalar(value) && value.value !== null && value.value !== '') {
        // A comma-separated string stays one.
        edits.push({ start: at(rangeOf(value)[0]), end: at(rangeOf(value)[1]), text: utf8ToRaw(yamlScalar(roles.join(', '), value.type)), reason: 'frontmatter roles' });
      } else if (value === null || isScalar(value) || (isSeq(value) && value.items.length === 0)) {
        const range = rangeOf(value as Scalar | YAMLSeq | null);
        const prefix = range[0] > 0 && source[range[0] - 1] === ':' ? ' ' : '';
        edits.push({ start: at(range[0]), end: at(range[1]), text: utf8ToRaw(prefix + flowList(roles, undefined, source)), reason: 'frontmatter roles' });
      } else {
        throw typeError(doc, 'roles', fm.contentStart, 'a list, e.g. "roles: [backend, frontend, qa]"');
      }
    }
  }

  if (appended.length > 0) {
    // New keys go last, so the existing key order is untouched.
    const needsBreak = source.length > 0 && !source.endsWith('\n');
    const text = (needsBreak ? eol : '') + appended.map((l) => l + eol).join('');
    edits.push({ start: at(source.length), end: at(source.length), text: utf8ToRaw(text), reason: 'frontmatter keys' });
  }
  return edits;
}

function indentOf(source: string, offset: number): string {
  const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
  const indent = source.slice(lineStart, offset);
  return /^[ ]*$/.test(indent) ? indent : '  ';
}

function typeError(doc: PrdDocument, key: string, offset: number, expected: string): PrdError {
  return new PrdError(`Frontmatter "${key}" has a type start cannot update`, {
    file: doc.file,
    line: lineAt(doc, offset),
    code: 'EFRONTMATTER_TYPE',
    hint: `Write it as ${expected}`,
  });
}

function checkValue(name: string, value: string): void {
  if (value.trim() === '' || /[\r\n\u0000-\u001f\u007f]/.test(value)) {
    throw new UsageError(`The ${name} ${JSON.stringify(value)} is empty or holds control characters; give a one-line ${name}`);
  }
}
