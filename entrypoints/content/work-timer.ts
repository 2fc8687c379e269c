import { ATTR } from '@/core/clean/hide-css';

/**
 * Adds up the milliseconds the content script spends working on the page and
 * writes the total to <html data-ayeyar-ms>, where tests and the benchmark
 * read it. Only our own synchronous work is counted, not waiting.
 */
let totalMs = 0;

export function timed<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    totalMs += performance.now() - start;
    document.documentElement.setAttribute(ATTR.ms, totalMs.toFixed(2));
  }
}
