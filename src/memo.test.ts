import { describe, expect, it } from 'vitest';
import { BoundedMap, carried, lazy } from './memo.js';

describe('BoundedMap', () => {
  it('keeps the most recently used entries up to its limit', () => {
    const m = new BoundedMap<string, number>(2);
    m.set('a', 1).set('b', 2);
    expect(m.get('a')).toBe(1); // a is now the most recent
    m.set('c', 3);
    expect([m.get('b'), m.get('a'), m.get('c'), m.size]).toEqual([undefined, 1, 3, 2]);
    m.set('a', 4);
    expect(m.get('a')).toBe(4);
    expect(m.delete('c')).toBe(true);
    expect(m.size).toBe(1);
  });
  it('refuses a limit below 1', () => {
    expect(() => new BoundedMap(0)).toThrow(/at least 1/);
  });
});

describe('lazy', () => {
  it('builds its value on the first call only, and returns that same value after', () => {
    let builds = 0;
    const value = lazy(() => ({ n: ++builds }));
    expect(builds).toBe(0);
    const first = value();
    expect(value()).toBe(first);
    expect([builds, first.n]).toEqual([1, 1]);
  });
});

describe('carried', () => {
  it('reads a key once, takes what the previous memo holds, and reads and keeps a new key as `keep` gives it', () => {
    const calls: string[] = [];
    const f = (k: string) => (calls.push(k), k.length);
    const previous = new Map([['old', 99]]);
    const map = new Map<string, number>();
    expect(carried(map, previous, 'old', f, (k) => k.toUpperCase())).toBe(99);
    expect(carried(map, previous, 'new', f, (k) => k.toUpperCase())).toBe(3);
    expect(carried(map, previous, 'NEW', f)).toBe(3);
    expect(calls).toEqual(['NEW']);
    expect([...map.keys()]).toEqual(['old', 'NEW']);
  });
});
