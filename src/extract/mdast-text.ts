import type { Nodes } from 'mdast';

/** Plain text of a node: text and inline code values, links by their text (never their URL). */
export function nodeText(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if (node.type === 'break') return ' ';
  if ('children' in node) return (node.children as Nodes[]).map(nodeText).join('');
  return '';
}
