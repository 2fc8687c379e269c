import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from '@/node/browsers';
import { isArticlePage } from '@/core/detect/article';
import { findArticleParts } from '@/core/detect/body';
import { siteForUrl } from '@/core/sites';
import { loadFixture } from '@/node/fixtures';
import { Corpus, MARK } from '@/node/fuzz/corpus';
import { fuzzPage, replayCommand } from '@/node/fuzz/generate';
import { disposePage, serialize } from '@/node/fuzz/parse';
import { Router } from '@/node/router';

/**
 * A sample of the fuzzed pages (node/fuzz/) in the real browsers, with the
 * built extension: what the Node fuzz test proves of the pure modules, proved
 * of the content scripts. Each page is compared with itself on the control
 * host (no Ayeyar): no error and no dialog that the page does not cause on
 * its own, no body paragraph or title hidden that the page shows, clean mode
 * exactly where the pure detector finds an article, and a page derived from a
 * non-article page left alone.
 */

/** Every SEED_STRIDE-th seed of the 1,000 the Node test runs. */
const SAMPLE = 50;
const SEED_STRIDE = 20;

interface SampledPage {
  seed: number;
  source: string;
  isArticle: boolean;
  /** Whether the pure modules take the page for an article with a body to clean around (the browser must agree). */
  claimed: boolean;
  /** Served at the address of the fixture it comes from (address mutations are the Node test's). */
  url: string;
  html: string;
  mutations: string[];
}

function samplePages(): SampledPage[] {
  const corpus = new Corpus();
  return Array.from({ length: SAMPLE }, (_, i) => {
    const page = fuzzPage(i * SEED_STRIDE, corpus);
    const url = loadFixture(page.source).expected.url;
    const html = serialize(page.doc);
    const claimed = isArticlePage(url, page.doc) && !!findArticleParts(page.doc, siteForUrl(url));
    disposePage(page.doc);
    return { seed: page.seed, source: page.source, isArticle: page.sourceIsArticle, claimed, url, html, mutations: page.mutations };
  });
}

interface PageView {
  /** Indexes (in document order) of the marked paragraphs and title a reader can see. */
  visible: number[];
  clean: boolean;
}

/** Runs in the page: which of the article's marked parts are visible. */
function viewOf(selector: string): PageView {
  const isVisible = (el: Element) =>
    ((el as HTMLElement).checkVisibility?.({ visibilityProperty: true } as never) ?? true) && el.getClientRects().length > 0;
  const marked = [...document.querySelectorAll(selector)];
  return { visible: marked.flatMap((el, i) => (isVisible(el) ? [i] : [])), clean: document.documentElement.getAttribute('data-ayeyar') === 'clean' };
}

/** Until Ayeyar is done with the page: its panel is up, or it has left the page alone (or given up on it) for a moment. */
async function settled(page: E2EPage): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => (document.readyState === 'complete' ? resolve(null) : addEventListener('load', resolve))));
  await page
    .waitForFunction(() => !!document.querySelector('ayeyar-panel') || !document.documentElement.hasAttribute('data-ayeyar'), undefined, 3_000)
    .catch(() => {});
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
}

const describeFailure = (p: SampledPage) => `seed ${p.seed} from ${p.source} (${p.mutations.join('; ').slice(0, 300)}); replay: ${replayCommand(p.seed)}`;
const MARKED = `[${MARK.paragraph}], [${MARK.title}]`;

describe.each(BROWSERS)('fuzzed pages in %s', (browserName) => {
  const pages = samplePages();
  let browser: E2EBrowser;
  let router: Router;
  beforeAll(async () => {
    router = new Router(false);
    browser = await launch(browserName, router);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages.map((p) => [p.seed, p] as const))('seed %i: breaks nothing, hides no paragraph, claims no non-article', async (_seed, sample) => {
    router.serve(sample.url, sample.html);
    const control = await browser.open(Router.control(sample.url));
    await settled(control);
    const before = await control.evaluate(viewOf, MARKED);
    const controlErrors = new Set(control.errors);
    const controlDialogs = control.dialogs.length;
    await control.close();

    const page = await browser.open(sample.url);
    await settled(page);
    const after = await page.evaluate(viewOf, MARKED);
    const why = describeFailure(sample);
    expect(page.errors.filter((e) => !controlErrors.has(e)), why).toEqual([]);
    expect(page.dialogs.length, why).toBe(controlDialogs);
    expect(before.visible.filter((i) => !after.visible.includes(i)), `${why}: article parts hidden`).toEqual([]);
    expect(after.clean, `${why}: clean mode as the pure modules decide`).toBe(sample.claimed);
    if (!sample.isArticle) expect(await page.evaluate(() => document.documentElement.outerHTML.includes('data-ayeyar')), why).toBe(false);
    await page.close();
  });
});
