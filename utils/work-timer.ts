import { ATTR } from '@/core/clean/hide-css';

/**
 * Adds up the milliseconds Ayeyar's content scripts spend working on the page
 * and writes the total to <html data-ayeyar-ms>, where tests and the
 * benchmark read it. Only our own synchronous work is counted, not waiting.
 * Nothing is written on pages Ayeyar leaves alone.
 *
 * Both content scripts (clean mode at document_start, the facts later) run in
 * the extension's one isolated world per page, so they share this total
 * through a property of that world's global object.
 */

interface WorkTotal {
  ms: number;
  published: boolean;
}
const total: WorkTotal = ((globalThis as { __ayeyarWork?: WorkTotal }).__ayeyarWork ??= { ms: 0, published: false });

export function timed<T>(work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    total.ms += performance.now() - start;
    if (total.published) write();
  }
}

/** From now on the total is shown on <html>: this page is one Ayeyar works on. */
export function publishWorkTime(): void {
  total.published = true;
  write();
}

/** The page turned out not to be ours: leave no trace. */
export function retractWorkTime(): void {
  total.published = false;
  document.documentElement.removeAttribute(ATTR.ms);
}

function write(): void {
  document.documentElement.setAttribute(ATTR.ms, total.ms.toFixed(2));
}
