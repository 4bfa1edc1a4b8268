// Dense benchmark corpus: every chunk is one of the dev-corpus PRDs (bench/lib/dense/, copied from
// the shared corpus: OpenAPI, tables, EARS, Prisma, http blocks, path-first prose, Spec Kit, Spanish)
// with its resource names made unique, so that no task merges with another: about 9,000 tasks per
// MB, against a few hundred in the repeating corpus of corpus.mjs. Deterministic: no PRNG at all.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { files } from './corpus.mjs';

const chunkDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'dense');

/**
 * The dev PRDs, frontmatter removed (a file has one frontmatter, at its start), each ending in a
 * blank line so the next chunk's heading starts a block.
 */
const CHUNKS = readdirSync(chunkDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `${readFileSync(path.join(chunkDir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').trim()}\n\n`);

/**
 * The words a task's key is made of (paths, model names, routes, rule text): a chunk prefixes each
 * with its tag, so `orders` → `qborders`, `OrderLine` → `QbOrderLine`. A word is matched where no
 * letter precedes it, so inflections (`bookings`, `orderId`) follow their stem.
 */
const STEMS = 'rule order cart refund book loan member recipe plan meal notification category sensor reading greenhouse room approval call application review mesa reserva catalogue'.split(' ');
const STEM = new RegExp(`(?<![A-Za-z])(${STEMS.join('|')})`, 'gi');

/** Letters only (`a`, `b`, …, `ba`, …): a tag never changes how a name is split into words. */
function tag(n) {
  let s = '';
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `q${s}`;
}

/** Chunk number `n`: dev PRD `n mod 8` with every key made unique to `n`. */
export function denseChunk(n) {
  const t = tag(n);
  const T = t[0].toUpperCase() + t.slice(1);
  return CHUNKS[n % CHUNKS.length]
    .replace(STEM, (w) => (w[0] === w[0].toUpperCase() ? T + w : t + w))
    // Explicit requirement ids (FR-001, SC-001) are task ids: number them per chunk.
    .replace(/\b(FR|SC)-(\d+)/g, (_, p, d) => `${p}-${n}${d}`)
    // The Spanish PRD's home page is `/`: a route no tag can make unique.
    .replace('| `/` |', `| \`/${t}\` |`);
}

/** One PRD of about `size` bytes made of consecutive chunks from `first`; returns text and next chunk. */
export function makeDensePrd(index, first, size) {
  const parts = [`---\nid: 90.${index}\ntitle: Dense ${index}\nowner: team-${index % 13}\n---\n\n`];
  let bytes = parts[0].length;
  let n = first;
  while (bytes < size) {
    const chunk = denseChunk(n++);
    parts.push(chunk);
    bytes += chunk.length;
  }
  return { text: parts.join(''), next: n };
}

/** A folder of dense PRDs totalling about `totalBytes`, each about `perFile`; reused when already there. */
export function ensureDenseCorpus(dir, totalBytes, perFile) {
  if (existsSync(dir) && readdirSync(dir).length > 0) return files(dir);
  mkdirSync(dir, { recursive: true });
  let total = 0;
  let n = 0;
  for (let i = 0; total < totalBytes; i++) {
    const prd = makeDensePrd(i, n, perFile);
    n = prd.next;
    writeFileSync(path.join(dir, `dense-${String(i).padStart(5, '0')}.md`), prd.text);
    total += prd.text.length;
  }
  return files(dir);
}
