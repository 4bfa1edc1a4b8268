import { hash as digest } from 'node:crypto';
import { lineEnd, lineText } from './lines.js';
import type { PrdSection } from './types.js';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const KEY = /^(\d+(?:\.\d+)*)\.?(?=[ \t])[ \t]*/;
/** A first character after which a line is plain paragraph text: not white space (as `\s` knows it), and not one `NOT_PARAGRAPH` looks at. */
function plainStart(c: number): boolean {
  if (c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) || c === 62 || c === 124 || c === 60 || c === 35) return false; // - * + digit > | < #
  return !(
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
/** A line that cannot be the text of a setext heading (a list item, quote, table row, html). */
const NOT_PARAGRAPH = /^ {0,3}(?:[-*+][ \t]|\d+[.)][ \t]|>|\||<|#)/;

export interface ScanResult {
  sections: PrdSection[];
  /** 1-based line of a fence left open at the end of the file. */
  unclosedFence: number | undefined;
}

function hash(text: string): string {
  return digest('sha1', text, 'hex');
}

/** A section; its hash is computed on first use (one-shot runs that need no memo never pay for it). */
class Section implements PrdSection {
  #digest: string | undefined;
  readonly #text: string;
  constructor(
    text: string,
    readonly heading: string,
    readonly key: string | undefined,
    readonly title: string,
    readonly level: number,
    readonly style: PrdSection['style'],
    readonly line: number,
    readonly endLine: number,
    readonly start: number,
    readonly bodyStart: number,
    readonly end: number,
  ) {
    this.#text = text;
  }

  get hash(): string {
    return (this.#digest ??= hash(this.#text.slice(this.start, this.end)));
  }

  /** Take the hash of a section known to hold the same text (see reuseSectionHashes). */
  sameTextAs(other: PrdSection): void {
    this.#digest ??= other.hash;
  }

  toJSON(): PrdSection {
    return { heading: this.heading, key: this.key, title: this.title, level: this.level, style: this.style, line: this.line, endLine: this.endLine, start: this.start, bodyStart: this.bodyStart, end: this.end, hash: this.hash } as PrdSection;
  }
}

function splitKey(written: string): { key: string | undefined; title: string } {
  const heading = plainHeading(written);
  const m = KEY.exec(heading);
  if (!m) return { key: undefined, title: heading };
  return { key: m[1], title: heading.slice(m[0].length).trim() };
}

/** Emphasis around the whole heading: `**4.1 Shift**`, `__Data__`. */
const WRAPPED = /^(\*\*|__)(?!\1)(.+?)\1$/;
/** A backslash escape of punctuation: `4\. Data Model`. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * A heading's text as it reads: a Google Docs or Word export writes every heading bold and escapes
 * the dot of its number (`# **4\. Data Model**`), which says no more than `# 4. Data Model`.
 */
function plainHeading(heading: string): string {
  const inner = heading.includes('\\') ? heading.replace(ESCAPE, '$1') : heading;
  const m = inner.length > 4 ? WRAPPED.exec(inner) : null;
  return m && !m[2]!.includes(m[1]!) ? m[2]!.trim() : inner;
}

/**
 * Give sections of a document the hashes of its previous version's sections that hold the same
 * text, so a save hashes only the sections it changed (sha1 of a dense 1 MB PRD: ~4 ms). An edit
 * leaves the sections before it at the same index and those after it at the same index from the
 * end: each section is compared with those two, by length and then by text (a comparison of
 * memory, not a hash). Only sections made by scanSections take part; the others keep hashing.
 * @param sections the new document's sections (from scanSections over `text`)
 * @param previous the previous version's text and sections
 */
export function reuseSectionHashes(sections: readonly PrdSection[], text: string, previous: { text: string; sections: readonly PrdSection[] }): void {
  const shift = previous.sections.length - sections.length;
  sections.forEach((s, i) => {
    if (!(s instanceof Section)) return;
    for (const old of [previous.sections[i], previous.sections[i + shift]]) {
      if (old && old.end - old.start === s.end - s.start && previous.text.slice(old.start, old.end) === text.slice(s.start, s.end)) {
        s.sameTextAs(old);
        return;
      }
    }
  });
}

type Head = { line: number; level: number; heading: string; style: PrdSection['style']; bodyLine: number };

/** A numbered line of a plain-text outline: `3.`, `3.1`, `3.1.2`, then the title. */
const PLAIN_NUMBERED = /^(\d{1,2}(?:\.\d{1,2}){0,3})\.?[ \t]+(\S.*)$/;
/** A line that is all bold (`**4.1 Supplier**`): how a word processor's export writes its headings. */
const BOLD_LINE = /^(?:\*\*([^*\n]{1,80})\*\*|__([^_\n]{1,80})__)[ \t]*$/;
/** A title that ends as a sentence or a list lead does: not a heading. */
const SENTENCE_END = /[.;,!?:]$/;

/** Every cased letter of `title` is upper case, and it has three or more letters (`DATA MODEL`, `3. SCOPE`). */
function allCaps(title: string): boolean {
  return title.length <= 80 && /\p{Lu}.*\p{Lu}.*\p{Lu}/su.test(title) && !/\p{Ll}/u.test(title) && !SENTENCE_END.test(title);
}

/**
 * The headings of a plain-text outline, for a document that has no Markdown heading at all. A heading
 * is a line after a blank line (or the first), outside code fences and not indented, that is either
 * written in capitals (`FUNCTIONAL REQUIREMENTS`, `3. SCOPE`) or carries a key of two or more
 * numbers, starts with a capital, is short, ends with no sentence mark and has a blank line after
 * (`3.1 Account registration`); a numbered paragraph (`3.1.1 The system shall …`) is not one. Its
 * level is that of the Markdown heading such a spec would write: the count of its key's numbers plus
 * one (`3.` is a `##`), 2 without a key, and 1 for the document's first line, its title. A short
 * line all in bold (`**4.1 Supplier**`, `**Overview**`), as Google Docs and Word exports write
 * headings, is one too, numbered or not. Fewer than two such lines are no outline.
 */
function plainHeadings(text: string, lineStarts: readonly number[], firstLine: number): Head[] {
  const found: Head[] = [];
  let fence: string | undefined;
  let blankBefore = true;
  for (let i = firstLine; i < lineStarts.length; i++) {
    const line = lineText(text, lineStarts, i).replace(/\r$/, '');
    const f = FENCE_OPEN.exec(line);
    if (fence !== undefined) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && f[2]!.trim() === '') fence = undefined;
      blankBefore = false;
      continue;
    }
    if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
      fence = f[1]!;
      blankBefore = false;
      continue;
    }
    const blank = line.trim() === '';
    if (blankBefore && !blank && !/^\s/.test(line)) {
      const bold = (line.startsWith('**') || line.startsWith('__')) ? BOLD_LINE.exec(line) : null;
      const trimmed = bold ? (bold[1] ?? bold[2]!).trim() : line.trimEnd();
      const m = PLAIN_NUMBERED.exec(trimmed);
      const title = m ? m[2]! : trimmed;
      const nextBlank = i + 1 >= lineStarts.length || lineText(text, lineStarts, i + 1).trim() === '';
      const short = /^\p{Lu}/u.test(title) && title.length <= 60 && title.split(/\s+/).length <= 8 && !SENTENCE_END.test(title) && nextBlank;
      const keyed = m !== null && m[1]!.includes('.') && short;
      if (allCaps(title) || keyed || (bold !== null && short)) found.push({ line: i, level: m ? m[1]!.split('.').length + 1 : i === firstLine ? 1 : 2, heading: trimmed, style: 'plain', bodyLine: i + 1 });
    }
    blankBefore = blank;
  }
  return found.length >= 2 ? found : [];
}

/**
 * Split a document into sections in one linear scan, outside code fences.
 * Knows ATX and setext headings, a plain-text outline's headings where there are none, and numbered keys (`7.3 QA Artifacts` → key `7.3`).
 * @param text decoded document text
 * @param lineStarts offsets of every line
 * @param firstLine 0-based line to start at (after the frontmatter)
 */
export function scanSections(text: string, lineStarts: readonly number[], firstLine: number): ScanResult {
  const heads: Head[] = [];
  let fence: { char: string; len: number; line: number } | undefined;
  let prevText = false; // previous line is paragraph text that a setext underline could turn into a heading
  for (let i = firstLine; i < lineStarts.length; i++) {
    // Most lines are prose: their first characters decide that without cutting the line out.
    const start = lineStarts[i]!;
    const end = lineEnd(text, lineStarts, i);
    let spaces = 0;
    while (spaces < 4 && start + spaces < end && text.charCodeAt(start + spaces) === 32) spaces++;
    const first = start + spaces < end ? text.charCodeAt(start + spaces) : -1;
    const fenceChar = spaces <= 3 && (first === 96 || first === 126); // ` or ~
    if (fence) {
      if (fenceChar) {
        const m = FENCE_OPEN.exec(text.slice(start, end));
        if (m && m[1]![0] === fence.char && m[1]!.length >= fence.len && m[2]!.trim() === '') fence = undefined;
      }
      continue;
    }
    let line: string | undefined;
    if (fenceChar) {
      line = text.slice(start, end);
      const f = FENCE_OPEN.exec(line);
      if (f && !(f[1]![0] === '`' && f[2]!.includes('`'))) {
        fence = { char: f[1]![0]!, len: f[1]!.length, line: i + 1 };
        prevText = false;
        continue;
      }
    }
    if (spaces <= 3 && first === 35) {
      // #
      line ??= text.slice(start, end);
      const atx = ATX.exec(line);
      if (atx) {
        heads.push({ line: i, level: atx[1]!.length, heading: (atx[2] ?? '').trim(), style: 'atx', bodyLine: i + 1 });
        prevText = false;
        continue;
      }
    }
    if (prevText && spaces <= 3 && (first === 61 || first === 45)) {
      // = or -
      line ??= text.slice(start, end);
      if (SETEXT.test(line)) {
        const headingLine = lineText(text, lineStarts, i - 1);
        heads.push({ line: i - 1, level: line.trim()[0] === '=' ? 1 : 2, heading: headingLine.trim(), style: 'setext', bodyLine: i + 1 });
        prevText = false;
        continue;
      }
    }
    if (spaces === 4 || first === -1) prevText = false; // indented code, or a blank line
    else if (plainStart(first)) prevText = true; // text, not a list, quote, table, tag or heading
    else {
      line ??= text.slice(start, end);
      // Fewer than four leading spaces here: only blank-looking lines and NOT_PARAGRAPH's starts are left.
      prevText = line.trim() !== '' && !NOT_PARAGRAPH.test(line);
    }
  }

  // A document with no Markdown heading may still be outlined, as plain-text specs are: `3. FUNCTIONAL REQUIREMENTS`.
  if (heads.length === 0) heads.push(...plainHeadings(text, lineStarts, firstLine));
  const sections: PrdSection[] = [];
  const startOffset = lineStarts[firstLine] ?? text.length;
  const makeSection = (start: number, end: number, startLine: number, endLine: number, head: Head | undefined, bodyStart: number) => {
    const { key, title } = head ? splitKey(head.heading) : { key: undefined, title: '' };
    sections.push(new Section(text, head?.heading ?? '', key, title, head?.level ?? 0, head?.style ?? 'none', startLine, endLine, start, bodyStart, end));
  };
  const firstHead = heads[0];
  const preambleEnd = firstHead ? lineStarts[firstHead.line]! : text.length;
  if (preambleEnd > startOffset || !firstHead) {
    const endLine = firstHead ? firstHead.line : lineStarts.length;
    makeSection(startOffset, preambleEnd, firstLine + 1, Math.max(firstLine + 1, endLine), undefined, startOffset);
  }
  heads.forEach((h, k) => {
    const next = heads[k + 1];
    const start = lineStarts[h.line]!;
    const end = next ? lineStarts[next.line]! : text.length;
    const bodyStart = lineStarts[h.bodyLine] ?? text.length;
    makeSection(start, end, h.line + 1, next ? next.line : lineStarts.length, h, Math.min(bodyStart, end));
  });
  return { sections, unclosedFence: fence?.line };
}
