import { checkPage } from './check';
import { Corpus } from './corpus';
import { fuzzPage, replayCommand } from './generate';
import { disposePage } from './parse';

/**
 * npx tsx node/fuzz/run.ts [from] [count]: a longer fuzz campaign than the
 * unit test runs (default seeds 0–9,999). Prints each failing seed with its
 * replay command, then the slowest pages (generation excluded).
 */

const from = Number(process.argv[2] ?? 0);
const count = Number(process.argv[3] ?? 10_000);
const corpus = new Corpus();
const times: { seed: number; ms: number; what: string }[] = [];
let failed = 0;
const started = performance.now();
for (let seed = from; seed < from + count; seed++) {
  const page = fuzzPage(seed, corpus);
  const report = checkPage(page);
  disposePage(page.doc);
  // jsdom Ranges are held by WeakRefs, which keep their targets until the current job ends: let it end now and then.
  if (seed % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
  times.push({ seed, ms: report.ms, what: `${page.source}: ${page.mutations.map((m) => m.split(':')[0]).join(', ')}` });
  if (report.problems.length) {
    failed++;
    console.log(`FAIL seed ${seed} (${page.source}; ${page.mutations.map((m) => m.slice(0, 120)).join(' | ')})`);
    for (const p of report.problems.slice(0, 3)) console.log(`  ${p}`);
    console.log(`  replay: ${replayCommand(seed)}`);
  }
}
const total = (performance.now() - started) / 1000;
console.log(`\n${count} pages, ${failed} failing, ${total.toFixed(1)} s (${((total * 1000) / count).toFixed(1)} ms a page, generation included)`);
console.log('slowest pages (modules only):');
for (const t of times.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  seed ${t.seed}: ${t.ms.toFixed(0)} ms  ${t.what}`);
process.exit(failed ? 1 : 0);
