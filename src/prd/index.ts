export { parsePrd, readPrd, readPrdBytes } from './parse.js';
export { decodePrd, byteOffset } from './decode.js';
export { parseFrontmatter } from './frontmatter.js';
export { scanSections } from './sections.js';
export { computeLineStarts, lineText, positionOf } from './lines.js';
export { parseSectionMarkdown } from './markdown.js';
export type { PrdDocument, PrdSection, Frontmatter, ByteReplacement } from './types.js';
export { prdInfo } from './info.js';
