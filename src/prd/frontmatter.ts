import { Schema, isScalar, parseDocument, visit, type Document } from 'yaml';
import { PrdError } from '../errors.js';
import { lazy } from '../memo.js';
import { lineText, positionOf } from './lines.js';
import type { Frontmatter } from './types.js';

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/** A plain scalar tag of YAML 1.2's core schema as `yaml` defines it (null, bool, int, float). */
interface ScalarTag {
  test: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: object) => unknown;
}
/** YAML 1.2 core-schema scalar tags, taken from `yaml` itself. */
const coreTags = lazy(() => new Schema({}).tags.filter((t): t is typeof t & ScalarTag => t.default === true && t.test instanceof RegExp && typeof t.resolve === 'function'));

/**
 * `key: value` with a value that YAML can only read as a one-line plain scalar: no quotes, no
 * comment, no `: `, no flow or block indicators, nothing nested.
 */
const SIMPLE_ENTRY = /^([A-Za-z][A-Za-z0-9_-]*):[ ]+([\p{L}\p{N}][\p{L}\p{N} .,_/()+-]*)$/u;

/**
 * The frontmatter most PRDs have — a few `key: value` lines — read without the YAML parser, whose
 * start-up cost was a tenth of a 1,000-PRD run. Values are resolved by `yaml`'s own core-schema
 * tags, so the result is what {@link yamlData} returns (a test checks they agree).
 * @returns the mapping, or undefined when the text is anything else (then `yaml` reads it)
 */
function simpleMapping(yamlText: string): Record<string, unknown> | undefined {
  if (yamlText.length > 4096) return undefined;
  const lines = yamlText.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines.length === 0) return undefined;
  const data: Record<string, unknown> = {};
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const m = SIMPLE_ENTRY.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    // A key YAML reads as anything but a string (`true:`, `null:`), or a repeated key (an error): let `yaml` decide.
    if (Object.hasOwn(data, key) || coreTags().some((t) => t.test.test(key))) return undefined;
    const value = m[2]!.trimEnd();
    const tag = coreTags().find((t) => t.test.test(value));
    let failed = false;
    const resolved = tag ? tag.resolve(value, () => (failed = true), {}) : value;
    if (failed) return undefined;
    // A plain scalar keeps its source text (see yamlData); only a null stays null. Some tags
    // return a node rather than a value.
    data[key] = (isScalar(resolved) ? resolved.value : resolved) === null ? null : value;
  }
  return data;
}

/**
 * The JS value of a parsed YAML document, where every plain scalar but a null keeps its source
 * text: `id: 6.10` is the id "6.10", not the number 6.1, and `version: 1.0` stays "1.0". Quoted
 * and block scalars are strings anyway, so frontmatter values are strings, lists and mappings.
 */
function yamlData(doc: Document): unknown {
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === 'PLAIN' && node.value !== null && typeof node.value !== 'string' && typeof node.source === 'string') node.value = node.source;
    },
  });
  return doc.toJS({ maxAliasCount: 100 });
}

/**
 * Find and parse YAML frontmatter at the top of a document: the one frontmatter reader (plain
 * scalars keep their source text, see {@link yamlData}).
 * @returns the frontmatter, or undefined when the document does not start with `---`
 * @throws PrdError when it is not closed, is not valid YAML, or is not a mapping
 */
export function parseFrontmatter(file: string, text: string, lineStarts: readonly number[]): Frontmatter | undefined {
  if (lineStarts.length < 1 || !FENCE.test(lineText(text, lineStarts, 0))) return undefined;
  let close = -1;
  for (let i = 1; i < lineStarts.length; i++) {
    if (CLOSE.test(lineText(text, lineStarts, i))) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    throw new PrdError('Frontmatter opened with "---" on line 1 is never closed', {
      file,
      line: 1,
      column: 1,
      code: 'EFRONTMATTER_UNCLOSED',
      hint: 'Add a line "---" after the last YAML key, or remove the opening "---" if it is a horizontal rule',
    });
  }
  const contentStart = lineStarts[1]!;
  const contentEnd = lineStarts[close]!;
  const end = lineStarts[close + 1] ?? text.length;
  const yamlText = text.slice(contentStart, contentEnd);
  const simple = simpleMapping(yamlText);
  if (simple) return { data: simple, start: 0, end, contentStart, contentEnd, endLine: close + 1 };
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const { line, column } = positionOf(lineStarts, contentStart + Math.min(firstError.pos[0], yamlText.length));
    throw new PrdError(`Invalid YAML in frontmatter: ${firstError.message.split('\n')[0]}`, {
      file,
      line,
      column,
      code: 'EFRONTMATTER',
      hint: 'Fix the YAML between the two "---" lines (quote values that contain ": " or start with a special character)',
    });
  }
  const data = yamlData(doc);
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new PrdError(`Frontmatter must be a YAML mapping of keys to values, found ${Array.isArray(data) ? 'a list' : `a ${typeof data}`}`, {
      file,
      line: 2,
      column: 1,
      code: 'EFRONTMATTER_TYPE',
      hint: 'Write it as "key: value" lines, e.g. "id: 2.1.1.1"',
    });
  }
  return {
    data: (data ?? {}) as Record<string, unknown>,
    start: 0,
    end,
    contentStart,
    contentEnd,
    endLine: close + 1,
  };
}
