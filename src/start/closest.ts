/** Edit distance (insert, delete, substitute) between two short strings. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The known ids nearest to an unknown one, for "did you mean" messages.
 * @param id the id that was not found
 * @param known ids that exist
 * @param limit how many to return @default 3
 * @returns up to `limit` distinct ids, nearest first (ties: longer shared prefix, then sorted)
 */
export function closestIds(id: string, known: Iterable<string>, limit = 3): string[] {
  return [...new Set(known)]
    .map((k) => ({ k, d: distance(id, k), p: sharedPrefix(id, k) }))
    .sort((x, y) => x.d - y.d || y.p - x.p || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0))
    .slice(0, limit)
    .map((x) => x.k);
}
