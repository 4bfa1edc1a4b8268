import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { PrdError } from '../errors.js';
import type { PrdWarning } from '../types.js';
import { decodePrd } from './decode.js';
import { parseFrontmatter } from './frontmatter.js';
import { computeLineStarts, positionOf } from './lines.js';
import { reuseSectionHashes, scanSections } from './sections.js';
import type { PrdDocument } from './types.js';

/**
 * Parse a PRD: decode, read the frontmatter, split sections. One linear pass over the text.
 * @param input file bytes (preferred: lets invalid UTF-8 be reported) or already-decoded text
 * @param file the path used in sources and messages
 * @param previous a watching session's last document of this file: sections with the same text take its section hashes
 * @returns the document; soft problems are in `warnings`
 * @throws PrdError for binary content, unclosed or invalid frontmatter
 */
export function parsePrd(input: string | Uint8Array, file: string, previous?: Pick<PrdDocument, 'text' | 'sections'>): PrdDocument {
  let text: string;
  let bom = false;
  let replacements: PrdDocument['replacements'] = [];
  if (typeof input === 'string') {
    bom = input.charCodeAt(0) === 0xfeff;
    text = bom ? input.slice(1) : input;
  } else {
    const nul = input.indexOf(0);
    if (nul !== -1) {
      throw new PrdError('This is a binary file, not a Markdown PRD (it contains NUL bytes)', {
        file,
        line: 1,
        column: 1,
        code: 'EBINARY',
        hint: 'Point the PRD glob at Markdown files only',
      });
    }
    ({ text, bom, replacements } = decodePrd(input));
  }
  const warnings: PrdWarning[] = [];
  const lineStarts = computeLineStarts(text);
  for (const r of replacements) {
    const pos = positionOf(lineStarts, r.offset);
    warnings.push({
      file,
      ...pos,
      code: 'WENCODING',
      message: `Invalid UTF-8 byte${r.bytes.length > 1 ? 's' : ''} ${r.bytes.map((b) => `0x${b.toString(16).padStart(2, '0')}`).join(' ')} read as Windows-1252 "${text.slice(r.offset, r.offset + r.length)}"; save the file as UTF-8 to silence this`,
    });
  }
  if (text.trim() === '') {
    warnings.push({ file, line: 1, column: 1, code: 'WEMPTY', message: 'The PRD is empty; it yields no tasks' });
  }
  const frontmatter = parseFrontmatter(file, text, lineStarts);
  const firstLine = frontmatter ? frontmatter.endLine : 0;
  const { sections, unclosedFence } = scanSections(text, lineStarts, firstLine);
  if (previous) reuseSectionHashes(sections, text, previous);
  if (unclosedFence !== undefined) {
    warnings.push({
      file,
      line: unclosedFence,
      column: 1,
      code: 'WFENCE',
      message: 'Code fence opened here is never closed; the rest of the file is read as code. Close it with a matching ``` line',
    });
  }
  const crlf = text.indexOf('\r\n');
  return {
    file,
    text,
    bom,
    eol: crlf !== -1 && crlf <= text.indexOf('\n') ? '\r\n' : '\n',
    frontmatter,
    sections,
    lineStarts,
    replacements,
    warnings,
  };
}

/**
 * Read and parse a PRD file.
 * @param absolutePath where to read it
 * @param file the path to show in sources and messages (default: `absolutePath`)
 * @throws PrdError for a missing file, a directory, binary content or bad frontmatter
 */
export async function readPrd(absolutePath: string, file: string = absolutePath): Promise<PrdDocument> {
  return parsePrd(await readPrdBytes(absolutePath, file), file);
}

/** Read a PRD's bytes with errors that say what to do. */
export async function readPrdBytes(absolutePath: string, file: string = absolutePath): Promise<Buffer> {
  try {
    // Synchronous on purpose: PRDs are small and many, and a thread-pool round trip per file
    // left the process idle most of the time on large runs (bench/scale.mjs).
    return readFileSync(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new PrdError('PRD file not found', { file, code: 'ENOENT', hint: 'Check the path and the working directory', cause: error });
    }
    if (code === 'EISDIR' || (await stat(absolutePath).then((s) => s.isDirectory(), () => false))) {
      throw new PrdError('This is a directory, not a PRD file', { file, code: 'EISDIR', hint: 'Pass Markdown files, or a glob such as "docs/prd/**/*.md"', cause: error });
    }
    throw new PrdError(`Cannot read the PRD (${code ?? String(error)})`, { file, code: 'EREAD', hint: 'Check the file permissions', cause: error });
  }
}
