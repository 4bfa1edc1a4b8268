/**
 * A map that holds at most `limit` entries and drops the least recently used first: the one shape
 * of every memo a session keeps (files, sections, trees, outputs, known writes). Insertion order
 * doubles as recency order, so a hit moves its entry to the end.
 */
export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();

  /** @param limit the most entries kept; must be at least 1 */
  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`BoundedMap limit must be a whole number of at least 1; got ${limit}`);
  }

  /** The entry's value, marked as just used; undefined when there is none. */
  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Store a value as the most recent entry, dropping the oldest beyond the limit. */
  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.limit) this.#entries.delete(this.#entries.keys().next().value as K);
    return this;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * A constant built on first use (a parser, a table read from a package): the one shape of a
 * module-level value that is not session state. It never changes once built.
 * @param build makes the value; called at most once
 * @returns a function that returns the value
 */
export function lazy<T>(build: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}

/**
 * `map.get(key)`, else what `previous` (the same memo of the run before) holds for it, else
 * `f(key)`; remembered in `map`. A memo carried from run to run this way keeps exactly what the
 * last run used, with no bookkeeping of recency.
 * @param keep the key a new entry is read and remembered by (a copy of a piece of a document, in a
 *   memo that outlives the document); by default `key` itself
 */
export function carried<K, V>(map: Map<K, V>, previous: ReadonlyMap<K, V> | undefined, key: K, f: (key: K) => V, keep?: (key: K) => K): V {
  let value = map.get(key);
  if (value === undefined) {
    value = previous?.get(key);
    if (value === undefined && keep) key = keep(key);
    value ??= f(key);
    map.set(key, value);
  }
  return value;
}
