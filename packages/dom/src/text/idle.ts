/**
 * Runs `work` in idle slices until it says it is done: each call gets `timeLeft()` (ms left in this idle
 * period) and returns true when finished. requestIdleCallback where the browser has it (with a 2 s timeout,
 * so a busy page still gets there), else 8 ms timer slices (Safari before 18). Returns the cancel function.
 */
export function idleSlices(view: Window, work: (timeLeft: () => number) => boolean): () => void {
  let cancel = () => {};
  const next = () => {
    if (typeof view.requestIdleCallback === 'function') {
      const id = view.requestIdleCallback((deadline) => run(() => deadline.timeRemaining()), { timeout: 2000 });
      cancel = () => view.cancelIdleCallback(id);
    } else {
      const id = view.setTimeout(() => {
        const end = view.performance.now() + 8;
        run(() => end - view.performance.now());
      }, 50);
      cancel = () => view.clearTimeout(id);
    }
  };
  const run = (timeLeft: () => number) => {
    cancel = () => {};
    if (!work(timeLeft)) next();
  };
  next();
  return () => cancel();
}
