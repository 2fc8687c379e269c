import fs from 'node:fs';
import path from 'node:path';
import { checkPage } from './check';
import { Corpus, withoutMarks } from './corpus';
import { fuzzPage, replayCommand } from './generate';
import { serialize } from './parse';

/**
 * npx tsx node/fuzz/replay.ts <seed> [<seed> …]: rebuilds each fuzzed page,
 * writes it to test-output/fuzz/seed-<seed>.html (with .json: address and
 * mutations; the .clean.html has the fuzzer's marks removed, ready to become
 * a regression fixture), runs the modules on it and prints what went wrong.
 * Exits 1 if any page has a problem.
 */

const OUT = path.resolve(import.meta.dirname, '../../test-output/fuzz');
const seeds = process.argv.slice(2).map(Number);
if (!seeds.length || seeds.some((s) => !Number.isInteger(s))) {
  console.error('usage: npx tsx node/fuzz/replay.ts <seed> [<seed> …]');
  process.exit(2);
}

fs.mkdirSync(OUT, { recursive: true });
const corpus = new Corpus();
let failed = 0;
for (const seed of seeds) {
  const page = fuzzPage(seed, corpus);
  const html = serialize(page.doc);
  const file = path.join(OUT, `seed-${seed}.html`);
  fs.writeFileSync(file, html);
  fs.writeFileSync(path.join(OUT, `seed-${seed}.clean.html`), withoutMarks(html));
  fs.writeFileSync(path.join(OUT, `seed-${seed}.json`), JSON.stringify({ seed, source: page.source, url: page.url, mutations: page.mutations }, null, 2));
  const report = checkPage(page);
  console.log(`seed ${seed}: ${page.source} → ${path.relative(process.cwd(), file)} (${Math.round(html.length / 1024)} KB)`);
  console.log(`  url ${page.url}`);
  for (const m of page.mutations) console.log(`  ${m.length > 300 ? m.slice(0, 300) + '…' : m}`);
  console.log(`  ${report.isArticle ? 'article' : 'not an article'}: ${report.paragraphs} paragraphs, ${report.people} people, ${report.figures} figures, ${report.ms.toFixed(0)} ms`);
  for (const p of report.problems) console.log(`  PROBLEM ${p}`);
  if (report.problems.length) {
    failed++;
    console.log(`  replay: ${replayCommand(seed)}`);
  }
}
process.exit(failed ? 1 : 0);
