/** One request's worth of units. */
export interface Batch<T> {
  items: T[];
  tokens: number;
}

/**
 * Pack items into batches in order, each within a token budget; an item larger than the budget
 * gets a batch of its own. Order in, order out, so the same input always gives the same requests.
 * @param items what to pack
 * @param tokensOf the tokens one item costs
 * @param budget the most tokens per batch
 */
export function packBatches<T>(items: readonly T[], tokensOf: (item: T) => number, budget: number): Batch<T>[] {
  const batches: Batch<T>[] = [];
  let current: Batch<T> | undefined;
  for (const item of items) {
    const tokens = tokensOf(item);
    if (!current || (current.items.length > 0 && current.tokens + tokens > budget)) {
      current = { items: [], tokens: 0 };
      batches.push(current);
    }
    current.items.push(item);
    current.tokens += tokens;
  }
  return batches;
}
