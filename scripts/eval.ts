/**
 * npm run eval: scores the extractor on real Irrawaddy text in ../shared
 * (fixtures/irrawaddy/<name>/page.html through extractFacts, dev/gold/NN.json
 * body paragraphs through extractFromParagraphs), as the facts spec's last
 * section says. Prints each article's precision, recall and F1 for people and
 * figures with every miss and false hit, then the totals. Real text is only
 * read here, at run time; without ../shared it says so and exits 0.
 *   --repo    also score this repository's fixtures (tests/fixtures/*) that have gold facts
 *   --summary totals and per-article scores only, no item lists
 *   --labels  also list every label of a matched item that differs (name, title, aliases, role, text, kind, unit)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle, extractFromParagraphs } from '../core/extract';
import { parseHtml } from '../node/parse-html';
import { classCounts, describeDifference, forScoring, rates, scoreArticle, total, type ArticleScore, type ExtractedForScoring, type Gold, type Tally } from './lib/score';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
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
  const scores: { c: Case; s: ArticleScore }[] = cases.map((c) => ({ c, s: scoreArticle(c.gold, c.run()) }));
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
}

main();
