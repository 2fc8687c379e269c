import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from '@/node/fixtures';
import { checkPage } from '@/node/fuzz/check';
import { Corpus } from '@/node/fuzz/corpus';
import { fuzzPage, replayCommand } from '@/node/fuzz/generate';
import { disposePage, parsePage } from '@/node/fuzz/parse';
import type { ShardLine } from '@/node/fuzz/shard';

/**
 * "Never break a page, never lose the article": every pure module on pages
 * derived from the fixture corpus by seeded mutations (node/fuzz/), and on
 * the pages earlier runs caught (tests/fixtures/fuzz--*). On each page: no
 * exception, no body paragraph or title hidden, no non-article page taken
 * for an article, well-formed facts and formats (node/fuzz/check.ts).
 * A failure names its seed and the command that rebuilds the page.
 */

/** Seeds 0 to PAGES - 1. A longer run: npx tsx node/fuzz/run.ts 0 20000. */
const PAGES = 1000;
/** Seeds from here on are checked by a second process (node/fuzz/shard.ts), so that both cores work. */
const SHARD_FROM = PAGES / 2;
/** A hang guard, not a speed target (that is the benchmark's): the 1 MB and deeply nested pages take a few seconds in jsdom. */
const PAGE_TIMEOUT = 30_000;
const ROOT = path.resolve(import.meta.dirname, '../../..');

function failure(page: Omit<ShardLine, 'problems'>, problems: string[]): string {
  return [
    `seed ${page.seed}, derived from ${page.source} (${page.url}):`,
    ...page.mutations.map((m) => `  ${m.length > 240 ? m.slice(0, 240) + '…' : m}`),
    ...problems.map((p) => `  PROBLEM ${p}`),
    `replay: ${replayCommand(page.seed)}`,
  ].join('\n');
}

/** jsdom's Ranges are held by WeakRefs, which keep their pages alive until the current job ends: end it now and then. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('pages the fuzzer caught (tests/fixtures/fuzz--*)', () => {
  const caught = loadFixtures((f) => f.name.startsWith('fuzz--'));
  it.each(caught.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const doc = parsePage(fixture.html);
    const page = { seed: -1, source: fixture.name, sourceIsArticle: fixture.expected.isArticle, url: fixture.expected.url, mutations: [], doc };
    const report = checkPage(page, fixture.expected);
    disposePage(doc);
    expect(report.isArticle).toBe(fixture.expected.isArticle);
    expect(report.problems).toEqual([]);
  }, PAGE_TIMEOUT);
});

/** The second process's results, by seed, as they come; a shard that stops or falls silent fails the seeds it still owes. */
class Shard {
  private readonly lines = new Map<number, ShardLine>();
  private readonly waiting = new Map<number, (line: ShardLine) => void>();
  private child: ChildProcess | null = null;
  private stopped: string | null = null;
  private lastHeard = Date.now();
  private watchdog: NodeJS.Timeout | null = null;

  start(from: number, count: number): void {
    this.child = spawn(process.execPath, ['--import', 'tsx', 'node/fuzz/shard.ts', String(from), String(count)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    this.child.stderr!.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    createInterface({ input: this.child.stdout! }).on('line', (text) => {
      this.lastHeard = Date.now();
      const line = JSON.parse(text) as ShardLine;
      this.lines.set(line.seed, line);
      this.waiting.get(line.seed)?.(line);
    });
    this.child.on('exit', (code) => this.stop(`the shard process exited (code ${code}) before this seed: ${stderr.trim()}`));
    this.watchdog = setInterval(() => {
      if (Date.now() - this.lastHeard > PAGE_TIMEOUT) this.stop(`the shard process spent over ${PAGE_TIMEOUT / 1000} s on one page (the first seed it did not report)`);
    }, 1000);
  }

  stop(reason: string): void {
    this.stopped ??= reason;
    this.child?.kill();
    if (this.watchdog) clearInterval(this.watchdog);
    for (const [seed, resolve] of this.waiting) if (!this.lines.has(seed)) resolve({ seed, source: '?', url: '?', mutations: [], problems: [reason] });
  }

  result(seed: number): Promise<ShardLine> {
    const line = this.lines.get(seed);
    if (line) return Promise.resolve(line);
    if (this.stopped) return Promise.resolve({ seed, source: '?', url: '?', mutations: [], problems: [this.stopped] });
    return new Promise((resolve) => this.waiting.set(seed, resolve));
  }
}

describe(`${PAGES} fuzzed pages`, () => {
  const corpus = new Corpus();
  const shard = new Shard();
  beforeAll(() => shard.start(SHARD_FROM, PAGES - SHARD_FROM));
  afterAll(() => shard.stop('the test run ended'));

  it.each(Array.from({ length: PAGES }, (_, seed) => seed))(
    'seed %i',
    async (seed) => {
      if (seed >= SHARD_FROM) {
        const line = await shard.result(seed);
        if (line.problems.length) expect.fail(failure(line, line.problems));
        return;
      }
      const page = fuzzPage(seed, corpus);
      const { problems } = checkPage(page);
      disposePage(page.doc);
      if (seed % 10 === 0) await settle();
      if (problems.length) expect.fail(failure(page, problems));
    },
    PAGE_TIMEOUT,
  );
});
