import { describe, expect, it } from 'vitest';
import { createCoalescingRunner } from './vite-runner.js';

/** A promise the test resolves by hand, to hold a run in flight. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('createCoalescingRunner', () => {
  it('never runs twice at once and collapses requests made during a run into one', async () => {
    let active = 0;
    let maxActive = 0;
    let calls = 0;
    const gates = [gate(), gate()];
    const runner = createCoalescingRunner(async () => {
      const g = gates[calls++];
      active++;
      maxActive = Math.max(maxActive, active);
      await g?.promise;
      active--;
    }, () => {});

    const first = runner.schedule();
    const queued = [runner.schedule(), runner.schedule(), runner.schedule()];
    expect(calls).toBe(1);
    gates[0]!.open();
    await first;
    // The queued run starts once the first ends, and all three requests share it.
    await Promise.resolve();
    expect(calls).toBe(2);
    gates[1]!.open();
    await Promise.all(queued);
    await runner.idle();
    expect(calls).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('resolves a request only after a run that started after it', async () => {
    const seen: number[] = [];
    let state = 0;
    const g = gate();
    const runner = createCoalescingRunner(async () => {
      const observed = state;
      await g.promise;
      seen.push(observed);
    }, () => {});
    void runner.schedule();
    state = 1;
    const later = runner.schedule();
    g.open();
    await later;
    // The request made at state 1 must have been served by a run that read state 1.
    expect(seen).toEqual([0, 1]);
  });

  it('reports a failed run and keeps serving later requests', async () => {
    const errors: unknown[] = [];
    let n = 0;
    const runner = createCoalescingRunner(async () => {
      n++;
      if (n === 1) throw new Error('boom');
    }, (e) => errors.push(e));
    await runner.schedule();
    await runner.schedule();
    expect(n).toBe(2);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('boom');
  });
});
