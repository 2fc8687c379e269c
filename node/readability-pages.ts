import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { findArticleParts } from '../core/detect/body';
import { findBody, NO_BODY_REASONS } from '../core/detect/body-score';
import { createClutterScanner, type ClutterMark } from '../core/detect/clutter';
import { median } from '../scripts/lib/median';
import { parseHtml } from './parse-html';
import { SHARED_DIR } from './shared-dir';

/**
 * mozilla/readability's 130 test pages (../shared/external/readability-test-pages)
 * as a measure of the generic engine: the body finder and the clutter
 * detector run with no site rules, and what Readability extracted
 * (expected.html) is looked for in the page, text node by text node. Used by
 * tests/unit/detect/readability-pages.test.ts and `npm run eval`. The pages'
 * text is read here at run time only; nothing of it is kept.
 */

export const READABILITY_PAGES_DIR = join(SHARED_DIR, 'external/readability-test-pages');
/** The address Readability's own tests give every page; a page that names its own address is read at that one (as the content script would see it, so its own site's links are told from others'). */
const TEST_URL = 'http://fakehost/test/page.html';

function pageUrl(html: string): string {
  const tag = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>|<meta\b[^>]*\bproperty=["']og:url["'][^>]*>/i.exec(html)?.[0] ?? '';
  const href = /\b(?:href|content)=["'](https?:\/\/[^"']+)["']/i.exec(tag)?.[1];
  return href ?? TEST_URL;
}
/** A body holding less than this share of the article misses part of it. */
export const MIN_RECALL = 0.8;
/** Less than this much article text: a page with no body to find. */
export const MIN_PROSE = 140;

/**
 * Boxes Readability keeps that clean mode may hide: they are not the
 * article. By page: the hiding box, as `describe` below names it.
 */
export const MAY_HIDE: Record<string, { box: RegExp; why: string }> = {
  'bug-1255978': { box: /^div\.vjs-share-control/, why: "a video player's Share button" },
  'ehow-1': { box: /^section#FeaturedTombstone/, why: 'a "Featured" box of links to other articles' },
  'firefox-nightly-blog': { box: /^header\.comments-head/, why: "the heading of the readers' comments" },
  hukumusume: { box: /^t[rd] /, why: "the side columns of the page's layout table: links to the day's other stories and trivia" },
  'iab-1': { box: /^aside#post-author/, why: 'the "About the author" box, an <aside> after the body' },
  mercurial: { box: /^div\.topnav/, why: 'the links to the previous and next pages of the manual' },
  'nytimes-2': { box: /^div#FlexAd/, why: 'the "Advertisement" label of an ad slot' },
  qq: { box: /^div\.mbArticleSharePic/, why: 'a "share on Weibo" button over the picture' },
};

/** Pages where the body found holds less than MIN_RECALL of what Readability extracts, and why that is right. */
export const LOW_RECALL: Record<string, string> = {
  hukumusume: "Readability takes the whole row of a layout table, side columns of links included; the story is in the middle cell, the body found",
};

export interface ReadabilityPage {
  name: string;
  source: string;
  expected: string;
}

/** The pages, by name; null when ../shared is not here. */
export function readabilityPageNames(): string[] | null {
  if (!existsSync(READABILITY_PAGES_DIR)) return null;
  return readdirSync(READABILITY_PAGES_DIR)
    .filter((name) => existsSync(join(READABILITY_PAGES_DIR, name, 'source.html')))
    .sort();
}

export function loadReadabilityPage(name: string): ReadabilityPage {
  const dir = join(READABILITY_PAGES_DIR, name);
  return { name, source: readFileSync(join(dir, 'source.html'), 'utf8'), expected: readFileSync(join(dir, 'expected.html'), 'utf8') };
}

export interface PageMeasure {
  name: string;
  /** Characters of article text (expected.html) found in the page. */
  articleChars: number;
  /** Why no body was found, or null when one was. */
  noBody: string | null;
  /** Share of the article's text inside the body found (0 without a body). */
  recall: number;
  /** Share of the body's text that is article text. */
  precision: number;
  /** Article paragraphs with text inside a clutter mark: the mark's description and the paragraph's length. */
  hidden: { mark: string; chars: number }[];
  hiddenChars: number;
  /** Milliseconds of findArticleParts + the clutter scan, and of Readability.parse (when timed). */
  ms: number | null;
  readabilityMs: number | null;
  /** An exception out of our modules (the page is otherwise unmeasured). */
  error: string | null;
}

/** Block elements of expected.html that make one paragraph each. */
const PARAGRAPH_BLOCKS = 'p, li, pre, blockquote, h1, h2, h3, h4, h5, h6, td, th, dd, dt, figcaption, div, section, article';
/** Text never shown: not article text, not body text. */
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE']);

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text nodes with something to read, in document order. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (UNSHOWN.has(node.parentElement?.tagName.toUpperCase() ?? '')) continue;
    if (normalize(node.nodeValue ?? '')) out.push(node as Text);
  }
  return out;
}

/**
 * Each text node of the article paired with the same text in the page: in
 * order where it can be (a short word repeated on the page goes to the copy
 * after the previous match), else the first copy not taken.
 */
function alignText(article: Text[], page: Text[]): Map<Text, Text> {
  const byText = new Map<string, number[]>();
  page.forEach((node, i) => {
    const key = normalize(node.nodeValue ?? '');
    byText.set(key, [...(byText.get(key) ?? []), i]);
  });
  const taken = new Set<number>();
  const pairs = new Map<Text, Text>();
  let last = -1;
  for (const node of article) {
    const candidates = byText.get(normalize(node.nodeValue ?? '')) ?? [];
    const next = candidates.find((i) => i > last && !taken.has(i)) ?? candidates.find((i) => !taken.has(i));
    if (next === undefined) continue;
    taken.add(next);
    pairs.set(node, page[next]);
    last = next;
  }
  return pairs;
}

function describe(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 2).join('.');
  return `${el.localName}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}`;
}

function timeOf(work: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export interface MeasureOptions {
  /** Time ours and Readability.parse on the page, the median of this many runs each (0: no timing). */
  timeRuns?: number;
}

export function measurePage(page: ReadabilityPage, options: MeasureOptions = {}): PageMeasure {
  const doc = parseHtml(page.source, pageUrl(page.source));
  const expected = parseHtml(page.expected, TEST_URL);
  const result: PageMeasure = { name: page.name, articleChars: 0, noBody: null, recall: 0, precision: 0, hidden: [], hiddenChars: 0, ms: null, readabilityMs: null, error: null };
  const pairs = alignText(textNodes(expected.body), textNodes(doc.body ?? doc.documentElement));
  const length = (node: Text) => normalize(node.nodeValue ?? '').length;
  for (const node of pairs.keys()) result.articleChars += length(node);

  let marks: ClutterMark[];
  let body: Element | null;
  try {
    const parts = findArticleParts(doc, null);
    body = parts?.body ?? null;
    if (!parts) {
      const found = findBody(doc);
      result.noBody = found.body ? 'a body was scored, yet no article parts came of it' : `${NO_BODY_REASONS[found.why]} (${found.prose})`;
    }
    marks = parts ? createClutterScanner(doc, parts).marks : [];
  } catch (error) {
    result.error = (error as Error).stack ?? String(error);
    return result;
  }

  const marked = new Map(marks.map((m) => [m.element, m] as const));
  const markOf = (node: Node): ClutterMark | null => {
    for (let el = node.parentElement; el; el = el.parentElement) {
      const mark = marked.get(el);
      if (mark) return mark;
    }
    return null;
  };
  let inBody = 0;
  const hiddenByParagraph = new Map<Element, { mark: ClutterMark; chars: number }>();
  for (const [articleNode, pageNode] of pairs) {
    const chars = length(articleNode);
    if (body?.contains(pageNode)) inBody += chars;
    const mark = markOf(pageNode);
    if (!mark) continue;
    result.hiddenChars += chars;
    const paragraph = articleNode.parentElement?.closest(PARAGRAPH_BLOCKS) ?? expected.body;
    const known = hiddenByParagraph.get(paragraph);
    if (known) known.chars += chars;
    else hiddenByParagraph.set(paragraph, { mark, chars });
  }
  result.hidden = [...hiddenByParagraph.values()].map(({ mark, chars }) => ({ mark: `${describe(mark.element)} (${mark.reason})`, chars }));
  result.recall = result.articleChars ? inBody / result.articleChars : 0;
  const bodyChars = body ? textNodes(body).reduce((n, node) => n + length(node), 0) : 0;
  result.precision = bodyChars ? inBody / bodyChars : 0;

  if (options.timeRuns) {
    const runs = options.timeRuns;
    result.ms = timeOf(() => {
      const parts = findArticleParts(doc, null);
      if (parts) void createClutterScanner(doc, parts).marks;
    }, runs);
    // Readability changes the document it reads: each run gets a fresh copy (the copying is not timed).
    const copies = Array.from({ length: runs }, () => doc.cloneNode(true) as Document);
    result.readabilityMs = timeOf(() => new Readability(copies.pop()!).parse(), runs);
  }
  return result;
}
