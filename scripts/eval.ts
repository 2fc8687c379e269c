/**
 * npm run eval: scores the extractor on real Irrawaddy text in ../shared
 * (fixtures/irrawaddy/<name>/page.html through extractFacts, dev/gold/NN.json
 * body paragraphs through extractFromParagraphs), as the facts spec's last
 * section says. Prints each article's precision, recall and F1 for people and
 * figures with every miss and false hit, then the totals. Then the generic
 * engine on Readability's 130 test pages (node/readability-pages.ts): body
 * found, recall and precision against Readability's extract, article text
 * hidden, time against Readability.parse. Real text is only read here, at
 * run time; without ../shared it says so and exits 0. A page that cannot be
 * read is reported, never a stack trace.
 *   --repo    also score this repository's fixtures (tests/fixtures/*) that have gold facts
 *   --summary totals and per-article scores only, no item lists
 *   --labels  also list every label of a matched item that differs (name, title, aliases, role, text, kind, unit)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle, extractFromParagraphs } from '../core/extract';
import { parseHtml } from '../node/parse-html';
import { LOW_RECALL, loadReadabilityPage, MAY_HIDE, measurePage, MIN_PROSE, MIN_RECALL, readabilityPageNames, type PageMeasure } from '../node/readability-pages';
import { SHARED_DIR as SHARED } from '../node/shared-dir';
import { median } from './lib/median';
import { classCounts, describeDifference, forScoring, rates, scoreArticle, total, type ArticleScore, type ExtractedForScoring, type Gold, type Tally } from './lib/score';

const ROOT = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));

interface Case {
  group: string;
  name: string;
  gold: Gold;
  run: () => ExtractedForScoring;
}

function pageCases(group: string, dir: string): Case[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'page.html')) && existsSync(join(dir, name, 'expected.json')))
    .sort()
    .flatMap((name) => {
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
      if (!expected.isArticle || !Array.isArray(expected.people) || !expected.figures) return [];
      return [{
        group,
        name,
        gold: expected as Gold,
        run: () => {
          const { facts, body } = extractArticle(parseHtml(readFileSync(join(dir, name, 'page.html'), 'utf8'), expected.url), expected.url);
          return forScoring(facts, body?.paragraphs.map((p) => p.text) ?? []);
        },
      }];
    });
}

function devCases(dir: string): Case[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d+\.json$/.test(f))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      return { group: 'dev', name: f.replace('.json', ''), gold, run: () => forScoring(extractFromParagraphs(gold.page.body), gold.page.body) };
    });
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
function line(label: string, people: Tally, figures: Tally): string {
  const p = rates(people);
  const f = rates(figures);
  return `${label.padEnd(44)} people P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)}   figures P ${pct(f.precision)} R ${pct(f.recall)} F1 ${pct(f.f1)}`;
}

function main(): void {
  if (!existsSync(SHARED)) {
    console.log(`eval: ${SHARED} is not here, so there is no real text to score on; nothing to do.`);
    return;
  }
  const cases = [
    ...pageCases('seed', join(SHARED, 'fixtures/irrawaddy')),
    ...devCases(join(SHARED, 'dev/gold')),
    ...(args.has('--repo') ? pageCases('repo', join(ROOT, 'tests/fixtures')) : []),
  ];
  const scores: { c: Case; s: ArticleScore }[] = cases.flatMap((c) => {
    try {
      return [{ c, s: scoreArticle(c.gold, c.run()) }];
    } catch (e) {
      console.log(`${c.group} ${c.name}: not scored (${(e as Error).message})`);
      return [];
    }
  });
  for (const { c, s } of scores) {
    console.log(line(`${c.group} ${c.name}`, s.people, s.figures));
    if (args.has('--summary')) continue;
    for (const m of s.people.misses) console.log(`    missed person   ${m}`);
    for (const m of s.people.falseHits) console.log(`    false person    ${m}`);
    for (const m of s.figures.misses) console.log(`    missed figure   ${m}`);
    for (const m of s.figures.falseHits) console.log(`    false figure    ${m}`);
    if (args.has('--labels')) for (const d of s.labels) console.log(`    label           ${describeDifference(d)}`);
  }
  console.log('');
  const groups = [...new Set(scores.map((x) => x.c.group))];
  for (const g of [...groups, 'all']) {
    const in_ = scores.filter((x) => g === 'all' || x.c.group === g);
    const traps = in_.reduce((n, x) => n + x.s.trapHits.length, 0);
    console.log(`${line(`TOTAL ${g} (${in_.length} articles)`, total(in_.map((x) => x.s.people)), total(in_.map((x) => x.s.figures)))}   traps ${traps}`);
  }
  console.log('');
  console.log('Errors by class (labels: only those the gold files state; the dev gold has no roles or units):');
  for (const g of [...groups, 'all']) {
    const counts = classCounts(scores.filter((x) => g === 'all' || x.c.group === g).map((x) => x.s));
    console.log(`  ${g.padEnd(5)} ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  readabilityPages();
}

/** Runs per page for the time against Readability.parse (the median is taken). */
const TIME_RUNS = 3;

function readabilityPages(): void {
  const names = readabilityPageNames();
  if (!names) return;
  console.log(`\nGeneric engine on Readability's ${names.length} test pages (no site rules): the body found and the clutter hidden, against Readability's extract\n`);
  const measures: PageMeasure[] = [];
  for (const name of names) {
    let m: PageMeasure;
    try {
      m = measurePage(loadReadabilityPage(name), { timeRuns: TIME_RUNS });
    } catch (e) {
      console.log(`${name.padEnd(44)} not measured: ${(e as Error).message}`);
      continue;
    }
    measures.push(m);
    if (args.has('--summary') && !m.error && !m.hidden.length && (m.recall >= MIN_RECALL || m.articleChars < MIN_PROSE)) continue;
    const ratio = m.ms !== null && m.readabilityMs ? (m.ms / m.readabilityMs).toFixed(2) : '-';
    const body = m.error ? `threw ${m.error.split('\n')[0]}` : m.noBody ? `no body: ${m.noBody}` : `recall ${pct(m.recall)} precision ${pct(m.precision)}`;
    console.log(`${name.padEnd(44)} ${body}   hidden ${String(m.hidden.length).padStart(3)}   time ×${ratio}`);
    for (const h of m.hidden) console.log(`    hidden ${String(h.chars).padStart(5)} characters by ${h.mark}`);
  }
  const prosePages = measures.filter((m) => m.articleChars >= MIN_PROSE && !m.error);
  const found = prosePages.filter((m) => !m.noBody);
  const low = found.filter((m) => m.recall < MIN_RECALL);
  const wrong = found.filter((m) => m.recall < 0.5 && m.precision < 0.5);
  const hiddenPages = measures.filter((m) => m.hidden.length);
  const articleChars = measures.reduce((n, m) => n + m.articleChars, 0);
  const hiddenChars = measures.reduce((n, m) => n + m.hiddenChars, 0);
  const timed = measures.filter((m) => m.ms !== null && m.readabilityMs);
  const ratios = timed.map((m) => ({ name: m.name, ratio: m.ms! / m.readabilityMs! })).sort((a, b) => a.ratio - b.ratio);
  const errors = measures.filter((m) => m.error);
  console.log('');
  console.log(`TOTAL body found on ${found.length} of ${prosePages.length} pages with ${MIN_PROSE}+ characters of article text (${measures.length} pages measured, ${names.length - measures.length} unreadable, ${errors.length} threw)`);
  console.log(`      recall under ${MIN_RECALL}: ${low.length}${low.map((m) => `\n        ${m.name} ${pct(m.recall)}: ${LOW_RECALL[m.name] ?? 'not explained'}`).join('')}`);
  console.log(`      wrong region (recall and precision under 50%): ${wrong.length}${wrong.map((m) => ` ${m.name}`).join('')}`);
  console.log(`      hidden: ${hiddenPages.reduce((n, m) => n + m.hidden.length, 0)} paragraphs on ${hiddenPages.length} pages, ${((100 * hiddenChars) / (articleChars || 1)).toFixed(2)}% of the article text${hiddenPages.map((m) => `\n        ${m.name}: ${MAY_HIDE[m.name]?.box.test(m.hidden[0].mark) ? MAY_HIDE[m.name].why : 'not explained'}`).join('')}`);
  if (ratios.length) console.log(`      time against Readability.parse: median ×${median(ratios.map((r) => r.ratio)).toFixed(2)}, worst ×${ratios.at(-1)!.ratio.toFixed(2)} (${ratios.at(-1)!.name})`);
}

try {
  main();
} catch (e) {
  console.error(`eval: ${(e as Error).message}`);
  process.exitCode = 1;
}
