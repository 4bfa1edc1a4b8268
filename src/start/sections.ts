import { PrdError } from '../errors.js';
import { byteOffset, positionOf, type PrdDocument, type PrdSection } from '../prd/index.js';
import { utf8ToRaw } from './bytes.js';
import type { ByteEdit } from './edits.js';

/** A section `start` owns part of: found by its numbered key (or title), created when missing. */
export interface SectionSpec {
  /** Numbered key, e.g. `7.3`. */
  key: string;
  /** Title used to find an unnumbered section and to name a new one, e.g. `QA Artifacts`. */
  title: string;
  /** Name of the managed block, e.g. `qa-artifacts`; becomes the HTML comment markers around it. */
  marker: string;
  /** Lines of the managed block (Markdown, already escaped), without the markers. */
  lines: string[];
}

/** Begin and end markers: HTML comments, invisible when the Markdown is rendered. */
export function markers(name: string): { begin: string; end: string } {
  return { begin: `<!-- prd-orchestrator:${name} -->`, end: `<!-- /prd-orchestrator:${name} -->` };
}

// Placeholders a template leaves in a section that nobody filled in yet.
const PLACEHOLDER = /^(?:tbd|tba|tbc|todo|to ?do|n\/?a|none|pending|coming soon|placeholder|-+|—|–|…|\.\.\.|\?+)\.?$/i;

function isPlaceholder(text: string): boolean {
  const stripped = text
    .replace(/^<!--([\s\S]*)-->$/, '$1')
    .replace(/^[\s*_~`[\]()>]+|[\s*_~`[\]()]+$/g, '');
  return stripped === '' || PLACEHOLDER.test(stripped);
}

function parseKey(key: string | undefined): number[] | undefined {
  if (!key) return undefined;
  const parts = key.replace(/\.$/, '').split('.');
  if (!parts.every((p) => /^\d+$/.test(p))) return undefined;
  return parts.map(Number);
}

function normalTitle(title: string): string {
  return title.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * The section a spec names: the first with its numbered key, else the first with its title.
 * @param doc the parsed PRD
 * @param spec key and title to look for
 */
export function findSection(doc: PrdDocument, spec: Pick<SectionSpec, 'key' | 'title'>): PrdSection | undefined {
  const key = spec.key.replace(/\.$/, '');
  return (
    doc.sections.find((s) => s.level > 0 && s.key?.replace(/\.$/, '') === key) ??
    doc.sections.find((s) => s.level > 0 && s.key === undefined && normalTitle(s.title) === normalTitle(spec.title))
  );
}

interface Place {
  /** UTF-16 offset where the new section goes. */
  offset: number;
  level: number;
  /** Sibling headings write their key with a trailing dot (`7.`). */
  dotted: boolean;
}

/** Heading level for a numbered top-level section in a document that has none. */
function baseLevel(doc: PrdDocument): number {
  const levels = doc.sections.filter((s) => s.level > 0).map((s) => s.level);
  if (levels.length === 0) return 2;
  const ones = levels.filter((l) => l === 1).length;
  // A single H1 is the document title; sections sit one level below it.
  if (ones === 1 && levels.length > 1) return 2;
  return Math.min(...levels);
}

function subtreeEnd(doc: PrdDocument, index: number): number {
  const level = doc.sections[index]!.level;
  for (let i = index + 1; i < doc.sections.length; i++) {
    const s = doc.sections[i]!;
    if (s.level > 0 && s.level <= level) return s.start;
  }
  return doc.text.length;
}

/** Where a section with this key belongs: after its lower-numbered sibling, before its higher one, or at the end of its parent. */
function placeFor(doc: PrdDocument, key: number[]): Place {
  const keyed = doc.sections.flatMap((s, i) => {
    const k = parseKey(s.key);
    return k && s.level > 0 ? [{ s, i, k }] : [];
  });
  const parent = key.slice(0, -1);
  const last = key[key.length - 1]!;
  const siblings = keyed.filter((x) => x.k.length === key.length && parent.every((p, j) => x.k[j] === p));
  const dotted = (s: PrdSection): boolean => /^\d+(?:\.\d+)*\.\s/.test(s.heading);
  let before: (typeof keyed)[number] | undefined;
  for (const x of siblings) if (x.k[key.length - 1]! < last && (!before || x.k[key.length - 1]! >= before.k[key.length - 1]!)) before = x;
  if (before) return { offset: subtreeEnd(doc, before.i), level: before.s.level, dotted: dotted(before.s) };
  let after: (typeof keyed)[number] | undefined;
  for (const x of siblings) if (x.k[key.length - 1]! > last && (!after || x.k[key.length - 1]! < after.k[key.length - 1]!)) after = x;
  if (after) return { offset: after.s.start, level: after.s.level, dotted: dotted(after.s) };
  if (parent.length === 0) return { offset: doc.text.length, level: baseLevel(doc), dotted: false };
  const parentSection = keyed.find((x) => x.k.length === parent.length && parent.every((p, j) => x.k[j] === p));
  if (parentSection) return { offset: subtreeEnd(doc, parentSection.i), level: Math.min(6, parentSection.s.level + 1), dotted: false };
  const parentPlace = placeFor(doc, parent);
  return { offset: parentPlace.offset, level: Math.min(6, parentPlace.level + 1), dotted: false };
}

function lineOf(doc: PrdDocument, offset: number): number {
  return positionOf(doc.lineStarts, offset).line;
}

/**
 * Computes the edits that put each spec's managed block into its section: between existing
 * markers, in place of a placeholder such as `TBD`, after the user's own text, or in a new
 * section at its numbered place. Nothing else in the document changes.
 * @param doc the parsed PRD
 * @param specs the sections to write
 * @returns byte edits (insertions of several new sections at one place come as one edit)
 */
export function sectionEdits(doc: PrdDocument, specs: readonly SectionSpec[]): ByteEdit[] {
  const toByte = (offset: number): number => byteOffset(doc, offset);
  const eol = doc.eol;
  const text = doc.text;
  const edits: ByteEdit[] = [];
  const inserts = new Map<number, Array<{ heading: string; block: string; key: string }>>();
  for (const spec of specs) {
    const { begin, end } = markers(spec.marker);
    const block = [begin, ...spec.lines, end].join(eol);
    const section = findSection(doc, spec);
    const reason = `section ${spec.key} ${spec.title}`;
    if (!section) {
      const key = parseKey(spec.key);
      if (!key) throw new Error(`Section key ${spec.key} is not numbered`);
      const place = placeFor(doc, key);
      const heading = `${'#'.repeat(place.level)} ${key.join('.')}${place.dotted ? '.' : ''} ${spec.title}`;
      const list = inserts.get(place.offset) ?? [];
      list.push({ heading, block, key: spec.key });
      inserts.set(place.offset, list);
      continue;
    }
    const body = text.slice(section.bodyStart, section.end);
    const b = body.indexOf(begin);
    const e = b === -1 ? -1 : body.indexOf(end, b);
    if (b !== -1 && e !== -1) {
      edits.push({ start: toByte(section.bodyStart + b), end: toByte(section.bodyStart + e + end.length), text: utf8ToRaw(block), reason });
      continue;
    }
    if (b !== -1 || body.includes(end)) {
      throw new PrdError(`Section ${spec.key} holds only one of the markers ${begin} and ${end}`, {
        file: doc.file,
        line: lineOf(doc, section.bodyStart + Math.max(b, body.indexOf(end))),
        code: 'EMARKER',
        hint: 'Restore the missing marker or delete the one left, then run start again',
      });
    }
    const contentStart = body.search(/\S/);
    if (contentStart === -1) {
      const atEnd = section.end === text.length;
      const headingEndsLine = section.bodyStart > 0 && text[section.bodyStart - 1] === '\n';
      let insert: string;
      if (!headingEndsLine) insert = eol + eol + block; // heading is the last line and has no line break
      else if (body === '' && !atEnd) insert = eol + block + eol + eol;
      else insert = eol + block + eol;
      edits.push({ start: toByte(section.bodyStart), end: toByte(section.bodyStart), text: utf8ToRaw(insert), reason });
      continue;
    }
    const trimmedEnd = section.bodyStart + body.trimEnd().length;
    const content = text.slice(section.bodyStart + contentStart, trimmedEnd);
    if (isPlaceholder(content)) {
      edits.push({ start: toByte(section.bodyStart + contentStart), end: toByte(trimmedEnd), text: utf8ToRaw(block), reason });
    } else {
      // The user wrote something here: keep it and add the block after it.
      edits.push({ start: toByte(trimmedEnd), end: toByte(trimmedEnd), text: utf8ToRaw(eol + eol + block), reason });
    }
  }
  for (const [offset, sections] of inserts) {
    const rendered = sections.map((s) => `${s.heading}${eol}${eol}${s.block}`).join(eol + eol);
    const beforeText = text.slice(0, offset);
    let prefix = '';
    if (beforeText.length > 0 && !beforeText.endsWith('\n')) prefix = eol + eol;
    else if (beforeText.length > 0 && !/\n[ \t]*\r?\n$/.test(beforeText)) prefix = eol;
    let suffix: string;
    if (offset < text.length) suffix = eol + eol;
    else suffix = text.length === 0 || text.endsWith('\n') ? eol : ''; // keep a missing final newline missing
    edits.push({ start: toByte(offset), end: toByte(offset), text: utf8ToRaw(prefix + rendered + suffix), reason: `new sections ${sections.map((s) => s.key).join(', ')}` });
  }
  return edits;
}
