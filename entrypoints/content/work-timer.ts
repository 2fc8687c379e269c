import { ATTR } from '@/core/clean/hide-css';

/**
 * Adds up the milliseconds the content script spends working on the page and
 * writes the total to <html data-ayeyar-ms>, where tests and the benchmark
 * read it. Only our own synchronous work is counted, not waiting. Nothing is
 * written on pages Ayeyar leaves alone.
 */
let totalMs = 0;
let published = false;

export function timed<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    totalMs += performance.now() - start;
    if (published) write();
  }
}

/** From now on the total is shown on <html>: this page is one Ayeyar works on. */
export function publishWorkTime(): void {
  published = true;
  write();
}

function write(): void {
  document.documentElement.setAttribute(ATTR.ms, totalMs.toFixed(2));
}

/** The page turned out not to be ours: leave no trace. */
export function retractWorkTime(): void {
  published = false;
  document.documentElement.removeAttribute(ATTR.ms);
}
