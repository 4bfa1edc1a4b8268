/**
 * Where a code block writes its keys, for many keys at once: one pass over the block's lines
 * instead of one search of them per key.
 */

/**
 * The index of the first line that contains each needle: what `lines.findIndex((l) => l.includes(needle))`
 * gives, for every needle in one pass over the lines (Aho–Corasick: a trie of the needles with, at
 * each node, where to go on when the next character does not follow). A needle no line contains has
 * no entry.
 */
export function firstLinesContaining(lines: readonly string[], needles: Iterable<string>): Map<string, number> {
  const first = new Map<string, number>();
  // The trie: node 0 is the root; `word[n]` is the needle that ends at node n, if one does.
  const next: Array<Map<string, number>> = [new Map()];
  const word: Array<string | undefined> = [undefined];
  for (const needle of needles) {
    // Every line contains the empty string.
    if (needle === '') {
      if (lines.length > 0) first.set(needle, 0);
      continue;
    }
    let n = 0;
    for (let i = 0; i < needle.length; i++) {
      const c = needle[i]!;
      let child = next[n]!.get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        word.push(undefined);
        next[n]!.set(c, child);
      }
      n = child;
    }
    word[n] = needle;
  }
  // Breadth first: `fail[n]` is the node of the longest proper suffix of n's text that is in the
  // trie; `found[n]` the nearest node down that chain where a needle ends (-1: none).
  const fail = new Array<number>(next.length).fill(0);
  const found = new Array<number>(next.length).fill(-1);
  const queue = [...next[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    for (const [c, child] of next[n]!) {
      let f = fail[n]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const suffix = next[f]!.get(c) ?? 0;
      fail[child] = suffix;
      found[child] = word[suffix] !== undefined ? suffix : found[suffix]!;
      queue.push(child);
    }
  }
  lines.forEach((line, index) => {
    let n = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      while (n !== 0 && !next[n]!.has(c)) n = fail[n]!;
      n = next[n]!.get(c) ?? 0;
      // The needles that end here: n's own and those down its chain. The walk stops at a needle
      // found before: the walk that found it went on down the same chain, so the rest are found too.
      for (let m = word[n] !== undefined ? n : found[n]!; m !== -1 && !first.has(word[m]!); m = found[m]!) first.set(word[m]!, index);
    }
  });
  return first;
}

/** A line that starts with a mapping key (`Order:`, `  "Order" :`): the key in group 1. */
const KEY_LINE = /^\s*"?([A-Za-z0-9_]+)"?\s*:/;

/**
 * The index of the first line that starts with each name as a mapping key, for names of letters,
 * digits and `_` (a letter first): what `lines.findIndex((l) => new RegExp(`^\\s*"?${name}"?\\s*:`).test(l))`
 * gives, for every name in one pass. Such a name is the whole run of word characters where the
 * key starts (a `"`, a space or a `:` must follow it), so each line starts with one key at most.
 */
export function firstKeyLines(lines: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  lines.forEach((line, index) => {
    const key = KEY_LINE.exec(line)?.[1];
    if (key !== undefined && !first.has(key)) first.set(key, index);
  });
  return first;
}

const NAME_ENTRY_LINE = /^\s*(?:-\s*)?"?name"?\s*:\s*["']?([A-Za-z0-9_]+)["']?\s*,?\s*$/;

/**
 * The index of the first line that names each name in a list entry (`- name: orders`, `"name": "orders",`),
 * for names of letters, digits and `_`, in one pass: each line names one at most.
 */
export function firstNameEntryLines(lines: readonly string[]): Map<string, number> {
  const first = new Map<string, number>();
  lines.forEach((line, index) => {
    const name = NAME_ENTRY_LINE.exec(line)?.[1];
    if (name !== undefined && !first.has(name)) first.set(name, index);
  });
  return first;
}
