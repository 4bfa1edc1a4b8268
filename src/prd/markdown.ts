import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { lazy, type BoundedMap } from '../memo.js';

type Parser = { parse(text: string): Root };

/**
 * remark is loaded on first use: most sections are read by the line block reader, and loading
 * unified + micromark + GFM costs more start-up time than a small run spends parsing.
 * (`require` of these ES modules works on every Node version in `engines`.)
 */
const markdownParser = lazy((): Parser => {
  const require = createRequire(import.meta.url);
  const { unified } = require('unified') as typeof import('unified');
  const remarkParse = (require('remark-parse') as typeof import('remark-parse')).default;
  const remarkGfm = (require('remark-gfm') as typeof import('remark-gfm')).default;
  return unified().use(remarkParse).use(remarkGfm) as unknown as Parser;
});

/**
 * Parse one section's Markdown with remark (GFM). Positions are relative to the section text.
 * remark runs a section at a time because on a whole large file it is superlinear.
 * @param text the section text
 * @param hash its content hash (memo key)
 * @param trees a session's trees by content hash: in `vite dev` a save re-parses only the
 *   sections whose text changed
 */
export function parseSectionMarkdown(text: string, hash: string, trees?: BoundedMap<string, Root>): Root {
  const hit = trees?.get(hash);
  if (hit) return hit;
  const tree = markdownParser().parse(text);
  trees?.set(hash, tree);
  return tree;
}
