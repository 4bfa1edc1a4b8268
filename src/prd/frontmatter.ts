import { parseDocument } from 'yaml';
import { PrdError } from '../errors.js';
import { lineText } from './lines.js';
import type { Frontmatter } from './types.js';

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Find and parse YAML frontmatter at the top of a document.
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
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, strict: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const at = firstError.pos[0];
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at && i < yamlText.length; i++) {
      if (yamlText.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    throw new PrdError(`Invalid YAML in frontmatter: ${firstError.message.split('\n')[0]}`, {
      file,
      line: line + 1,
      column: at - lineStart + 1,
      code: 'EFRONTMATTER',
      hint: 'Fix the YAML between the two "---" lines (quote values that contain ": " or start with a special character)',
    });
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
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
