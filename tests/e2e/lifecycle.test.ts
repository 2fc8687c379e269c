import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type E2EBrowser, type E2EPage } from '@/node/browsers';
import { loadFixture } from '@/node/fixtures';
import { Router } from '@/node/router';

/**
 * Ayeyar's life in a tab: the extension reloaded or updated under an open
 * article, and a site that moves between addresses with its own scripts.
 */

const seed = loadFixture('irrawaddy--russia-visit-2017');
const ARTICLE = seed.expected.url;

const panels = (page: E2EPage) => page.evaluate(() => document.querySelectorAll('ayeyar-panel').length);
const withPanel = (page: E2EPage) =>
  page.waitForFunction(() => !!document.querySelector('ayeyar-panel')?.shadowRoot?.querySelector('[data-fact]'), undefined, 15_000);
const settle = (page: E2EPage, ms: number) => page.evaluate((wait: number) => new Promise((resolve) => setTimeout(resolve, wait)), ms);

describe.each(BROWSERS)('lifecycle in %s', (browserName) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(browserName, new Router());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("follows the site's own history changes: leaves a listing address untouched and takes up an article again", async () => {
    const page = await browser.open(ARTICLE);
    await withPanel(page);
    // The site's script moves to a tag page (main world, as the site's own code would).
    await page.evaluate(() => history.pushState({}, '', '/tag/russia'));
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-ayeyar') && !document.querySelector('ayeyar-panel'), undefined, 5_000);
    expect(await page.evaluate(() => document.querySelectorAll('[data-ayeyar-keep], [data-ayeyar-clutter]').length)).toBe(0);
    // A jump to an anchor is no new page.
    await page.evaluate((path: string) => history.pushState({}, '', path), new URL(ARTICLE).pathname);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ayeyar') === 'clean', undefined, 5_000);
    await withPanel(page);
    await page.evaluate(() => {
      location.hash = 'comments';
    });
    await settle(page, 1500);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-ayeyar'))).toBe('clean');
    expect(await panels(page)).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('an extension reload under an open article keeps the reader\'s page working, with never two panels', async () => {
    const page = await browser.open(ARTICLE);
    await withPanel(page);
    const extensionPage = await browser.openExtensionPage('popup.html');
    await extensionPage
      .evaluate(() => {
        const scope = globalThis as unknown as { browser?: { runtime: { reload(): void } }; chrome: { runtime: { reload(): void } } };
        (scope.browser ?? scope.chrome).runtime.reload();
      })
      .catch(() => {}); // the extension page goes away with the old extension
    await settle(page, 2500);
    // Firefox puts the new content script into open tabs (which clears what the old one left); Chromium leaves
    // the old one in the page, cut off from the extension. Either way the reader keeps a clean page and one
    // working panel: a fact still highlights, and saving the side (which needs the extension) fails quietly.
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-ayeyar'))).toBe('clean');
    await withPanel(page);
    expect(await panels(page)).toBe(1);
    await page.click('ayeyar-panel [data-fact="figure"][data-index="0"] .fact-main');
    await page.waitForFunction(() => !!(CSS as unknown as { highlights: Map<string, unknown> }).highlights.get('ayeyar-focus'));
    await page.click('ayeyar-panel .move');
    await page.click('ayeyar-panel .move');
    await settle(page, 500);
    expect(page.errors, `${browserName} console`).toEqual([]);
    if (browserName === 'firefox') {
      // The reloaded extension is back: a fresh page gets exactly one panel. (Chromium started with
      // --load-extension does not bring an unpacked extension back after runtime.reload().)
      await page.reload();
      await withPanel(page);
      expect(await panels(page)).toBe(1);
      expect(page.errors).toEqual([]);
    }
    await page.close();
  });
});
