/**
 * npm run bench: how fast extraction is, next to Readability.parse on the same
 * pages (the work every reader-mode extension already does), and whether it
 * stays linear in text length. Each section is an entry of SECTIONS; another
 * (browser timings, bundle size) is added the same way.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractFacts, extractFromParagraphs } from '../core/extract';
import { splitSentences } from '../core/extract/sentences';
import { parseHtml } from '../node/parse-html';
import { loadFixture, loadFixtures } from '../node/fixtures';
import { SYNTHETIC_URL, syntheticPage } from './lib/synthetic-article';
import { chromiumTimings, type Arrival } from './lib/browser-bench';
import { median } from './lib/median';
import { CONTENT_SCRIPT_BUDGET_BYTES, contentScriptSizes } from '../node/bundle-size';

const ROOT = resolve(import.meta.dirname, '..');
/** Runs per measurement; the median is reported. */
const RUNS = 7;

interface Section {
  title: string;
  run(): string[][] | Promise<string[][]>;
  header: string[];
}

/** Median milliseconds of `work`, each run given a fresh input from `prepare` (not timed). */
function time<T>(prepare: () => T, work: (input: T) => unknown, runs = RUNS): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = prepare();
    const start = performance.now();
    work(input);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function compare(name: string, html: string, url: string): string[] {
  const doc = parseHtml(html, url);
  const words = (doc.body.textContent ?? '').split(/\s+/).length;
  const extract = time(() => doc, (d) => extractFacts(d, url));
  // Readability changes the document it reads: each run gets a fresh copy.
  const readability = time(() => doc.cloneNode(true) as Document, (d) => new Readability(d).parse());
  return [name, String(words), extract.toFixed(2), readability.toFixed(2), (extract / readability).toFixed(2)];
}

const fixturePages: Section = {
  title: 'Fixture articles (tests/fixtures/*/page.html): extraction vs Readability.parse, median ms',
  header: ['page', 'words', 'extract', 'readability', 'ratio'],
  run: () => loadFixtures((f) => f.expected.isArticle).map((f) => compare(f.name, f.html, f.expected.url)),
};

const syntheticArticle: Section = {
  title: 'Synthetic 100,000-word article: extraction vs Readability.parse, median ms',
  header: ['page', 'words', 'extract', 'readability', 'ratio'],
  run: () => [compare('synthetic-100k', syntheticPage(100_000), SYNTHETIC_URL)],
};

const linearity: Section = {
  title: 'Linearity: extraction time per 10k words',
  header: ['words', 'extract ms', 'ms per 10k words'],
  run() {
    return [10_000, 50_000, 100_000].map((words) => {
      const doc = parseHtml(syntheticPage(words), SYNTHETIC_URL);
      const ms = time(() => doc, (d) => extractFacts(d, SYNTHETIC_URL), 5);
      return [String(words), ms.toFixed(1), ((ms * 10_000) / words).toFixed(2)];
    });
  },
};

/** Invented text: a sentence thick with abbreviations, and a paragraph with a titled name, counts, money and a date. */
const ABBREVIATED_SENTENCE = 'Gen. Aung met Dr. Mya. ';
const FACTS_PARAGRAPH = 'Lt-Gen Kyaw Swar Htet said 1,200 soldiers and 40 trucks moved, costing US$3.5 million, on June 5. ';

/** Ten times the input should take about ten times as long; much more would mean a pass that is not linear. */
const longText: Section = {
  title: 'Long text: one paragraph split into sentences, and many paragraphs through extractFromParagraphs, median ms',
  header: ['work', 'input', 'ms', 'time ratio to 1/10 the input'],
  run() {
    const rows: string[][] = [];
    function scale<T>(label: string, unit: string, sizes: [number, number], prepare: (n: number) => T, work: (input: T) => unknown): void {
      work(prepare(sizes[0])); // warm up
      const [small, large] = sizes.map((n) => time(() => prepare(n), work, 5));
      rows.push([label, `${sizes[0].toLocaleString('en')} ${unit}`, small.toFixed(1), '']);
      rows.push([label, `${sizes[1].toLocaleString('en')} ${unit}`, large.toFixed(1), (large / Math.max(small, 0.01)).toFixed(1)]);
    }
    scale('splitSentences', 'sentences', [4_000, 40_000], (n) => ABBREVIATED_SENTENCE.repeat(n), splitSentences);
    scale('extractFromParagraphs', 'paragraphs', [500, 5_000], (n) => Array.from({ length: n }, () => FACTS_PARAGRAPH), extractFromParagraphs);
    return rows;
  },
};

/** The seed page: the content script's usual first and only call, in a process of its own each time. */
const COLD_PAGE = 'irrawaddy--russia-visit-2017';
const COLD_RUNS = 5;

const coldStart: Section = {
  title: `Cold start on ${COLD_PAGE}: a fresh process per run (median of ${COLD_RUNS}), extractFromParagraphs, ms`,
  header: ['call', 'ms'],
  run() {
    const { dir, expected } = loadFixture(COLD_PAGE);
    const { url } = expected;
    const samples = Array.from({ length: COLD_RUNS }, () => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/lib/cold-start.ts'), join(dir, 'page.html'), url], { cwd: ROOT, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(child.stderr);
      return JSON.parse(child.stdout) as Record<'first' | 'second', number>;
    });
    const row = (label: string, key: 'first' | 'second') => [label, median(samples.map((s) => s[key])).toFixed(2)];
    return [row('first call', 'first'), row('second call', 'second')];
  },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const bundleSize: Section = {
  title: `What an article page loads, gzip (budget ${kb(CONTENT_SCRIPT_BUDGET_BYTES)} for the scripts; run npm run build && npm run build:firefox first)`,
  header: ['build', 'file', 'raw', 'gzip', 'budget'],
  run() {
    return contentScriptSizes().map((s) => [s.build, s.file, kb(s.bytes), kb(s.gzipBytes), s.file.endsWith('.js') ? (s.gzipBytes <= CONTENT_SCRIPT_BUDGET_BYTES ? 'ok' : 'OVER') : '']);
  },
};

/** The content script against Readability.parse in Chromium, the reader arriving one way (browser-bench.ts). */
function browserWork(arrival: Arrival, how: string): Section {
  return {
    title: `Chromium, ${how}: the content script's whole work on each fixture article (data-ayeyar-ms), its longest task, vs Readability.parse on the same page, same run, ms`,
    header: ['page', 'ayeyar', 'longest task', 'readability', 'ratio'],
    async run() {
      const timings = await chromiumTimings(arrival);
      const rows = timings.map((t) => [t.page, t.ayeyarMs.toFixed(1), t.longestTaskMs.toFixed(1), t.readabilityMs.toFixed(1), (t.ayeyarMs / t.readabilityMs).toFixed(2)]);
      const ratio = median(timings.map((t) => t.ayeyarMs / t.readabilityMs));
      const worst = Math.max(...timings.map((t) => t.longestTaskMs));
      rows.push(['median', median(timings.map((t) => t.ayeyarMs)).toFixed(1), median(timings.map((t) => t.longestTaskMs)).toFixed(1), median(timings.map((t) => t.readabilityMs)).toFixed(1), ratio.toFixed(2)]);
      rows.push(['worst task', '', worst.toFixed(1), '', '']);
      return rows;
    },
  };
}

export const SECTIONS: Section[] = [
  fixturePages,
  syntheticArticle,
  linearity,
  longText,
  coldStart,
  bundleSize,
  browserWork('same-tab', 'each article opened from the site\'s home page in the same tab'),
  browserWork('from-home', 'each article opened in a new tab beside the site\'s home page'),
  browserWork('cold', 'each article the only tab (a renderer process starting with it)'),
];

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

for (const section of SECTIONS) {
  console.log(`\n${section.title}\n`);
  console.log(table(section.header, await section.run()));
}
