import type { PrdWarning } from '../types.js';

/** A heading-delimited part of a PRD. Offsets are UTF-16 indexes into `PrdDocument.text`. */
export interface PrdSection {
  /** Heading text as written, without the `#` marks or setext underline, trimmed. '' for the preamble before the first heading. */
  heading: string;
  /** Numbered key such as `7.3` when the heading starts with one, else undefined. */
  key: string | undefined;
  /** Heading text without the numbered key. */
  title: string;
  /** 1–6 for headings, 0 for the preamble. */
  level: number;
  /** 'atx' | 'setext' | 'plain' (a plain-text outline's line, in a document with no Markdown heading) | 'none' (preamble) */
  style: 'atx' | 'setext' | 'plain' | 'none';
  /** 1-based line of the heading (first line of the section). */
  line: number;
  /** 1-based line of the last line of the section. */
  endLine: number;
  /** Offset of the first character of the section (heading included). */
  start: number;
  /** Offset of the first character of the body (after the heading line(s) and their line break). */
  bodyStart: number;
  /** Offset just past the section's last character (the next section's `start`, or the text length). */
  end: number;
  /** sha1 of the section text (hex); memo key for parsing and the LLM cache. */
  hash: string;
}

export interface Frontmatter {
  /** Parsed YAML (a mapping), {} when empty. Plain scalars keep their source text: `id: 6.10` is "6.10"; only a null stays null. */
  data: Record<string, unknown>;
  /** Offset of the opening `---`. Always 0 (after a BOM, which `text` does not contain). */
  start: number;
  /** Offset just past the closing `---` line and its line break. */
  end: number;
  /** Offset of the YAML content (after the opening line). */
  contentStart: number;
  /** Offset of the closing `---`. */
  contentEnd: number;
  /** 1-based line of the closing `---`. */
  endLine: number;
}

/** A decoded, split PRD. */
export interface PrdDocument {
  /** Path as given (used in sources and errors). */
  file: string;
  /** Decoded text, BOM removed, line endings untouched. */
  text: string;
  /** The file started with a UTF-8 BOM. */
  bom: boolean;
  /** The dominant line ending. */
  eol: '\n' | '\r\n';
  frontmatter: Frontmatter | undefined;
  sections: PrdSection[];
  /** Offsets of the start of each line (index 0 → line 1). */
  lineStarts: number[];
  /** Bytes that were not valid UTF-8 and how they were decoded; needed to map offsets back to bytes. */
  replacements: ByteReplacement[];
  warnings: PrdWarning[];
}

/** One run of invalid UTF-8 bytes, decoded as Windows-1252 characters. */
export interface ByteReplacement {
  /** UTF-16 offset in `text` of the decoded characters. */
  offset: number;
  /** Length in UTF-16 units of the decoded characters. */
  length: number;
  /** The original bytes. */
  bytes: number[];
}
