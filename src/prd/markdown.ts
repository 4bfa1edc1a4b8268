import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Bounded memo of section trees by content hash: in `vite dev` a save re-parses only the sections
 * whose text changed. Insertion order doubles as LRU order.
 */
const memo = new Map<string, Root>();
const MEMO_LIMIT = 5000;

/**
 * Parse one section's Markdown with remark (GFM). Positions are relative to the section text.
 * remark runs a section at a time because on a whole large file it is superlinear.
 * @param text the section text
 * @param hash its content hash (memo key)
 */
export function parseSectionMarkdown(text: string, hash: string): Root {
  const hit = memo.get(hash);
  if (hit) {
    memo.delete(hash);
    memo.set(hash, hit);
    return hit;
  }
  const tree = processor.parse(text);
  memo.set(hash, tree);
  if (memo.size > MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  return tree;
}
