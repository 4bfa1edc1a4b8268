/**
 * A run that is never in flight twice: while one runs, further requests collapse into a
 * single queued run that starts when the current one ends. This is what keeps `vite dev`
 * from having two writers on `outDir` when saves arrive faster than generation finishes.
 */
export interface CoalescingRunner {
  /**
   * Ask for a run. Resolves when a run that started after this call has finished, so a caller
   * always sees the effect of the state it asked for.
   */
  schedule(): Promise<void>;
  /** Resolves when nothing is running and nothing is queued. */
  idle(): Promise<void>;
}

/**
 * Wrap `task` so at most one call is in flight and at most one is queued.
 * @param task the work; a rejection is passed to `onError` and does not stop later runs
 * @param onError receives what `task` threw
 * @returns the runner
 */
export function createCoalescingRunner(task: () => Promise<void>, onError: (error: unknown) => void): CoalescingRunner {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  const runOnce = async (): Promise<void> => {
    try {
      await task();
    } catch (error) {
      onError(error);
    }
  };

  const start = (): Promise<void> => {
    running = runOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  const schedule = (): Promise<void> => {
    if (!running) return start();
    // The queued run has not started yet, so it will see this request's state too: share it.
    queued ??= running.then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };

  const idle = async (): Promise<void> => {
    while (running || queued) await (queued ?? running);
  };

  return { schedule, idle };
}
