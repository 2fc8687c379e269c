/**
 * Ayeyar's work after first paint runs when the page is idle, in slices, so
 * no task of ours holds the page for long: the reader scrolls and clicks
 * while it runs.
 */

/** Longest slice of our work in one task (a frame at 60 Hz is 16.7 ms). */
export const SLICE_MS = 8;
/** Past this the work runs even if the page never idles. */
const IDLE_TIMEOUT_MS = 1000;

type IdleCallback = (deadline: { timeRemaining(): number; didTimeout: boolean }) => void;
const requestIdle: (callback: IdleCallback, options: { timeout: number }) => number =
  globalThis.requestIdleCallback?.bind(globalThis) ?? ((callback) => setTimeout(() => callback({ timeRemaining: () => SLICE_MS, didTimeout: true }), 1));
const cancelIdle: (handle: number) => void = globalThis.cancelIdleCallback?.bind(globalThis) ?? clearTimeout;

/**
 * Runs `step` in idle time until it says it is done. Each call gets
 * `shouldYield`, true once the slice has used its time; the step then returns
 * and is called again at the next idle moment. Nothing runs after `signal`
 * aborts.
 */
export function runInSlices(signal: AbortSignal, step: (shouldYield: () => boolean) => boolean): void {
  let handle = 0;
  const next = () => {
    handle = requestIdle(
      (deadline) => {
        if (signal.aborted) return;
        const start = performance.now();
        const budget = Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 1));
        if (!step(() => performance.now() - start >= budget)) next();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
  };
  signal.addEventListener('abort', () => cancelIdle(handle), { once: true });
  next();
}

/** Runs `work` once, at the next idle moment, unless `signal` aborts first. */
export function whenIdle(signal: AbortSignal, work: () => void): void {
  runInSlices(signal, () => {
    work();
    return true;
  });
}
